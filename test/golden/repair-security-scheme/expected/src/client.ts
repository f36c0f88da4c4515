// Generated from spec.yaml (Security Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Things } from './resources/things.js';
import { Admin } from './resources/admin.js';

/** Options of `new SecurityRepairAPI(...)`. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Sent in the header `X-Api-Key`.
   */
  apiKey?: string | null;
}

const config: ClientConfig = {
  clientName: 'SecurityRepairAPI',
  packageName: 'security-repair-api',
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
  credentials: [
    {
      scheme: 'ApiKey',
      option: 'apiKey',
      transport: 'apiKey',
      in: 'header',
      parameterName: 'X-Api-Key',
      browser: 'allowed',
    },
  ],
};

/**
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `SecurityRepairAPI`.
 */
export class SecurityRepairAPICore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Security Repair API.
 */
export class SecurityRepairAPI extends SecurityRepairAPICore {
  readonly things: Things = new Things(this);

  readonly admin: Admin = new Admin(this);
}
