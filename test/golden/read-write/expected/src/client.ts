// Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Users } from './resources/users.js';
import { Teams } from './resources/teams.js';

/** Options of `new ReadWriteAPI(...)`. */
export interface ClientOptions extends BaseClientOptions {}

const config: ClientConfig = {
  clientName: 'ReadWriteAPI',
  packageName: 'read-write-api',
  packageVersion: '1.0.0',
  baseURL: 'https://rw.example.com',
  websocketBaseURL: 'wss://rw.example.com',
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
 * that a bundler leaves the others out. Same options, conventions and behaviour as `ReadWriteAPI`.
 */
export class ReadWriteAPICore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Read Write API.
 */
export class ReadWriteAPI extends ReadWriteAPICore {
  readonly users: Users = new Users(this);

  readonly teams: Teams = new Teams(this);
}
