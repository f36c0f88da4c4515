// Generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Things } from './resources/things.js';

/** Options of `new ErrorsAPI(...)`. */
export interface ClientOptions extends BaseClientOptions {}

const config: ClientConfig = {
  clientName: 'ErrorsAPI',
  packageName: 'errors-api',
  packageVersion: '1.0.0',
  baseURL: 'https://errors.example.com',
  websocketBaseURL: 'wss://errors.example.com',
  timeoutMs: 60000,
  environment: {},
  transport: { tls: 'required', loopbackException: true },
  retry: {
    maxRetries: 5,
    initialDelayMs: 100,
    maxDelayMs: 2000,
    statuses: [429, 503],
    statusRanges: [],
    onConnectionError: true,
    retryAfterHeaders: ['retry-after'],
  },
  errors: {
    messageFields: ['detail', 'title'],
    requestIdHeaders: ['x-correlation-id'],
    requestIdField: 'trace',
    classes: errorClasses,
  },
  credentials: [],
};

/**
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `ErrorsAPI`.
 */
export class ErrorsAPICore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Errors API.
 */
export class ErrorsAPI extends ErrorsAPICore {
  readonly things: Things = new Things(this);
}
