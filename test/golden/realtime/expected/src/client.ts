// Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Speech } from './resources/speech.js';

/** Options of `new EchoVoiceAPI(...)`. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * Defaults to the `ECHO_SECRET` environment variable (server runtimes only).
   *
   * Sent in the header `X-Secret`.
   *
   * Refused in browsers unless `dangerouslyAllowBrowser` is set.
   */
  secret?: string | null;
}

const config: ClientConfig = {
  clientName: 'EchoVoiceAPI',
  packageName: 'echo-voice-api',
  packageVersion: '1.0.0',
  baseURL: 'https://voice.example.com/v1',
  websocketBaseURL: 'wss://voice.example.com/v1',
  timeoutMs: 60000,
  environment: {},
  apiVersion: {
    header: 'Echo-Version',
    default: '2024-02-02',
    websocketQueryParameter: 'echo_version',
  },
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
    messageFields: ['reason'],
    requestIdHeaders: ['x-request-id', 'request-id'],
    inStream: { field: 'kind', value: 'failure' },
    classes: errorClasses,
  },
  credentials: [
    {
      scheme: 'Secret',
      option: 'secret',
      transport: 'apiKey',
      in: 'header',
      parameterName: 'X-Secret',
      env: 'ECHO_SECRET',
      browser: 'opt-in',
      websocketQueryParameter: 'secret',
    },
  ],
};

/**
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `EchoVoiceAPI`.
 */
export class EchoVoiceAPICore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Echo Voice API.
 */
export class EchoVoiceAPI extends EchoVoiceAPICore {
  readonly speech: Speech = new Speech(this);
}
