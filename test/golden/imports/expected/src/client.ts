// Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Albums } from './resources/albums.js';
import { Tracks } from './resources/tracks.js';
import type { APIPromise } from './core/api-promise.js';
import type { RequestOptions } from './core/types.js';
import { statusOperation } from './descriptors.js';
import type { Status } from './models.js';

/** Options of `new ImportsAPI(...)`. */
export interface ClientOptions extends BaseClientOptions {}

const config: ClientConfig = {
  clientName: 'ImportsAPI',
  packageName: 'imports-api',
  packageVersion: '1.0.0',
  baseURL: 'https://imports.example.com',
  websocketBaseURL: 'wss://imports.example.com',
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
    hasMoreField: 'more',
    itemCursorField: 'id',
  },
};

/**
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `ImportsAPI`.
 */
export class ImportsAPICore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }

  /**
   * `GET /`
   */
  status(options?: RequestOptions): APIPromise<WithRequired<Status, 'ok'>> {
    return this._client._request<WithRequired<Status, 'ok'>>(statusOperation, {}, {}, options);
  }
}

/**
 * Client of the Imports API.
 */
export class ImportsAPI extends ImportsAPICore {
  readonly albums: Albums = new Albums(this);

  readonly tracks: Tracks = new Tracks(this);
}

type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};
