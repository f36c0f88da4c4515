// Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Class } from './resources/class.js';
import { N2fa } from './resources/n2fa.js';

/** Options of `new N2NamesCollideCo(...)`. */
export interface ClientOptions extends BaseClientOptions {}

const config: ClientConfig = {
  clientName: 'N2NamesCollideCo',
  packageName: '2-names-collide-co',
  packageVersion: '1.0.0',
  baseURL: 'https://names.example.com',
  websocketBaseURL: 'wss://names.example.com',
  timeoutMs: 60000,
  environment: {},
  transport: { tls: 'required', loopbackException: true },
  retry: {
    maxRetries: 2,
    initialDelayMs: 500,
    maxDelayMs: 8000,
    statuses: [408, 409, 429],
    statusRanges: [5],
    onConnectionError: true,
    retryAfterHeaders: ['retry-after-ms', 'retry-after'],
  },
  errors: {
    messageFields: ['message', 'error', 'detail', 'title'],
    requestIdHeaders: ['x-request-id', 'request-id'],
    classes: errorClasses,
  },
  credentials: [],
};

/**
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `N2NamesCollideCo`.
 */
export class N2NamesCollideCoCore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the 2 Names: Collide & Co.
 */
export class N2NamesCollideCo extends N2NamesCollideCoCore {
  readonly class: Class = new Class(this);

  readonly n2fa: N2fa = new N2fa(this);
}
