// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Items } from './resources/items.js';
import { RequestModel } from './resources/request.js';
import { Tostring } from './resources/tostring.js';
import { Then2 } from './resources/then2.js';
import { Jobs } from './resources/jobs.js';

/** Options of `new Hostile(...)`. */
export interface ClientOptions extends BaseClientOptions {}

const config: ClientConfig = {
  clientName: 'Hostile',
  packageName: 'hostile-client',
  packageVersion: '1.0.0',
  baseURL: 'https://api.example.com/v1?x=\'"`${1}`',
  websocketBaseURL: 'wss://api.example.com/v1?x=\'"`${1}`',
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
 * that a bundler leaves the others out. Same options, conventions and behaviour as `Hostile`.
 */
export class HostileCore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Hostile *\/ API `${globalThis.pwned = 1}` </script>.
 *
 * Ends comments early *\/ globalThis.pwned = 2; /* and breaks lines
 * here
 * there, with 'quotes' and "doubles".
 */
export class Hostile extends HostileCore {
  readonly items: Items = new Items(this);

  readonly request_: RequestModel = new RequestModel(this);

  readonly tostring: Tostring = new Tostring(this);

  readonly then2: Then2 = new Then2(this);

  readonly jobs: Jobs = new Jobs(this);
}
