// Generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Probe } from './resources/probe.js';

/** Options of `new AuthZoo(...)`. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Secret key for servers.
   *
   * Defaults to the `ZOO_API_KEY` environment variable (server runtimes only).
   *
   * Sent as `Authorization: Bearer <value>`.
   *
   * Refused in browsers unless `dangerouslyAllowBrowser` is set.
   */
  apiKey?: string | null;
  /**
   * Sent as `Authorization: Bearer <value>`.
   */
  accessToken?: string | null;
  /**
   * Sent in the header `X-Api-Key`.
   */
  headerKey?: string | null;
  /**
   * Sent in the query `key`.
   */
  queryKey?: string | null;
  /**
   * Sent in the cookie `sid`.
   */
  cookieKey?: string | null;
  /**
   * Given as `user:password`; sent as `Authorization: Basic ...`.
   */
  basic?: string | null;
  /**
   * Sent as `Authorization: Bearer <value>`.
   */
  oAuth?: string | null;
  /**
   * Sent as `Authorization: Bearer <value>`.
   */
  oidc?: string | null;
}

const config: ClientConfig = {
  clientName: 'AuthZoo',
  packageName: 'auth-zoo',
  packageVersion: '1.0.0',
  baseURL: 'https://auth.example.com',
  websocketBaseURL: 'wss://auth.example.com',
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
      scheme: 'ServerKey',
      option: 'apiKey',
      transport: 'bearer',
      env: 'ZOO_API_KEY',
      browser: 'opt-in',
      websocketQueryParameter: 'api_key',
    },
    { scheme: 'ClientToken', option: 'accessToken', transport: 'bearer', browser: 'allowed' },
    {
      scheme: 'HeaderKey',
      option: 'headerKey',
      transport: 'apiKey',
      in: 'header',
      parameterName: 'X-Api-Key',
      browser: 'allowed',
    },
    {
      scheme: 'QueryKey',
      option: 'queryKey',
      transport: 'apiKey',
      in: 'query',
      parameterName: 'key',
      browser: 'allowed',
    },
    {
      scheme: 'CookieKey',
      option: 'cookieKey',
      transport: 'apiKey',
      in: 'cookie',
      parameterName: 'sid',
      browser: 'allowed',
    },
    { scheme: 'Basic', option: 'basic', transport: 'basic', browser: 'allowed' },
    { scheme: 'OAuth', option: 'oAuth', transport: 'bearer', browser: 'allowed' },
    { scheme: 'Oidc', option: 'oidc', transport: 'bearer', browser: 'allowed' },
  ],
};

/**
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `AuthZoo`.
 */
export class AuthZooCore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Auth Zoo.
 */
export class AuthZoo extends AuthZooCore {
  readonly probe: Probe = new Probe(this);
}
