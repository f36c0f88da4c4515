// Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Pets } from './resources/pets.js';
import { Shapes } from './resources/shapes.js';
import { Tree } from './resources/tree.js';

/** Options of `new SchemaFeatures(...)`. */
export interface ClientOptions extends BaseClientOptions {}

const config: ClientConfig = {
  clientName: 'SchemaFeatures',
  packageName: 'schema-features',
  packageVersion: '1.0.0',
  baseURL: 'https://schemas.example.com',
  websocketBaseURL: 'wss://schemas.example.com',
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
 * that a bundler leaves the others out. Same options, conventions and behaviour as `SchemaFeatures`.
 */
export class SchemaFeaturesCore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Schema Features.
 */
export class SchemaFeatures extends SchemaFeaturesCore {
  readonly pets: Pets = new Pets(this);

  readonly shapes: Shapes = new Shapes(this);

  readonly tree: Tree = new Tree(this);
}
