// Generated from spec.yaml (Operation Invalid Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Things } from './resources/things.js';

/** Options of `new OperationInvalidRepairAPI(...)`. */
export interface ClientOptions extends BaseClientOptions {}

const config: ClientConfig = {
  clientName: 'OperationInvalidRepairAPI',
  packageName: 'operation-invalid-repair-api',
  packageVersion: '1.0.0',
  baseURL: 'https://api.example.com/v1',
  websocketBaseURL: 'wss://api.example.com/v1',
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
 * that a bundler leaves the others out. Same options, conventions and behaviour as `OperationInvalidRepairAPI`.
 */
export class OperationInvalidRepairAPICore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Operation Invalid Repair API.
 */
export class OperationInvalidRepairAPI extends OperationInvalidRepairAPICore {
  readonly things: Things = new Things(this);
}
