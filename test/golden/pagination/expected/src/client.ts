// Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Users } from './resources/users.js';
import { Groups } from './resources/groups.js';

/** Options of `new PagedAPI(...)`. */
export interface ClientOptions extends BaseClientOptions {}

const config: ClientConfig = {
  clientName: 'PagedAPI',
  packageName: 'paged-api',
  packageVersion: '1.0.0',
  baseURL: 'https://paged.example.com',
  websocketBaseURL: 'wss://paged.example.com',
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
  pagination: {
    afterParameter: 'after',
    itemsField: 'items',
    limitParameter: 'limit',
    beforeParameter: 'before',
    hasMoreField: 'more',
    itemCursorField: 'id',
  },
};

/**
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `PagedAPI`.
 */
export class PagedAPICore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Paged API.
 */
export class PagedAPI extends PagedAPICore {
  readonly users: Users = new Users(this);

  readonly groups: Groups = new Groups(this);
}
