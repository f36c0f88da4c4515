// Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Ping } from './resources/ping.js';

/** Options of `new ConvClient(...)`. */
export interface ClientOptions extends BaseClientOptions {
  /** Values for the variables of the server URL `https://{region}.conv.example.com/{base}`. */
  serverVariables?: {
    /**
     * @default "eu"
     */
    region?: 'eu' | 'us';
    /**
     * @default "v2"
     */
    base?: string;
  };
  /**
   * Defaults to the `CONV_TOKEN` environment variable (server runtimes only).
   *
   * Sent as `Authorization: Bearer <value>`.
   */
  token?: string | null;
}

const config: ClientConfig = {
  clientName: 'ConvClient',
  packageName: '@example/conv',
  packageVersion: '3.0.0-beta.1',
  baseURL: 'https://eu.conv.example.com/v2',
  websocketBaseURL: 'wss://eu.conv.example.com/v2',
  server: {
    url: 'https://{region}.conv.example.com/{base}',
    variables: { region: 'eu', base: 'v2' },
    enums: { region: ['eu', 'us'] },
  },
  timeoutMs: 15000,
  environment: {
    logLevel: 'CONV_LOG',
    baseURL: 'CONV_BASE_URL',
  },
  apiVersion: {
    header: 'Conv-Version',
    default: '2023-05-01',
    pattern: new RegExp('^\\d{4}-\\d{2}-\\d{2}$'),
    websocketQueryParameter: 'conv_version',
  },
  transport: { tls: 'optional', loopbackException: false },
  retry: {
    maxRetries: 1,
    initialDelayMs: 500,
    maxDelayMs: 8000,
    statuses: [503],
    statusRanges: [],
    onConnectionError: false,
    retryAfterHeaders: ['retry-after-ms', 'retry-after'],
  },
  errors: {
    messageFields: ['message', 'error', 'detail', 'title'],
    requestIdHeaders: ['x-request-id', 'request-id'],
    classes: errorClasses,
  },
  credentials: [
    { scheme: 'Key', option: 'token', transport: 'bearer', env: 'CONV_TOKEN', browser: 'allowed' },
  ],
};

/**
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `ConvClient`.
 */
export class ConvClientCore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Conventions API.
 */
export class ConvClient extends ConvClientCore {
  readonly ping: Ping = new Ping(this);
}
