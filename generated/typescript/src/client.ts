// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { BaseClientOptions, ClientConfig } from './core/types.js';
import { errorClasses } from './errors.js';
import { Agents } from './resources/agents.js';
import { ApiStatus } from './resources/api-status.js';
import { AccessToken } from './resources/access-token.js';
import { Datasets } from './resources/datasets.js';
import { FineTunes } from './resources/fine-tunes.js';
import { Infill } from './resources/infill.js';
import { PronunciationDicts } from './resources/pronunciation-dicts.js';
import { Stt } from './resources/stt.js';
import { Tts } from './resources/tts.js';
import { VoiceChanger } from './resources/voice-changer.js';
import { Voices } from './resources/voices.js';

/** Options of `new Cartesia(...)`. */
export interface ClientOptions extends BaseClientOptions {
  /**
   * REWRITE (API key, for servers)
   *
   * Defaults to the `CARTESIA_API_KEY` environment variable (server runtimes only).
   *
   * Sent as `Authorization: Bearer <value>`.
   *
   * Refused in browsers unless `dangerouslyAllowBrowser` is set.
   */
  apiKey?: string | null;
  /**
   * REWRITE (short-lived access token, for client apps)
   *
   * Sent as `Authorization: Bearer <value>`.
   */
  accessToken?: string | null;
}

const config: ClientConfig = {
  clientName: 'Cartesia',
  packageName: '@cartesia-gen/client',
  packageVersion: '0.1.0',
  baseURL: 'https://api.cartesia.ai',
  timeoutMs: 60000,
  apiVersion: {
    header: 'Cartesia-Version',
    default: '2025-11-04',
    pattern: new RegExp('^\\d{4}-\\d{2}-\\d{2}$'),
    websocketQueryParameter: 'cartesia_version',
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
    messageFields: ['message', 'title', 'error'],
    requestIdHeaders: ['x-request-id', 'request-id'],
    requestIdField: 'request_id',
    statusField: 'status_code',
    classes: errorClasses,
  },
  credentials: [
    {
      scheme: 'APIKeyAuth',
      option: 'apiKey',
      transport: 'bearer',
      env: 'CARTESIA_API_KEY',
      browser: 'opt-in',
      websocketQueryParameter: 'api_key',
    },
    {
      scheme: 'TokenAuth',
      option: 'accessToken',
      transport: 'bearer',
      browser: 'allowed',
      websocketQueryParameter: 'access_token',
    },
  ],
  pagination: {
    afterParameter: 'starting_after',
    itemsField: 'data',
    limitParameter: 'limit',
    beforeParameter: 'ending_before',
    hasMoreField: 'has_more',
    nextCursorField: 'next_page',
    itemCursorField: 'id',
  },
};

/**
 * Client of the Cartesia API.
 *
 * REWRITE: hand-written description of the Cartesia API as a whole. `info.version` is the version of this document and of the client package generated from it; the API version the client pins is in `x-api-version`.
 */
export class Cartesia extends BaseClient {
  /**
   * REWRITE
   */
  readonly agents: Agents = new Agents(this);
  /**
   * REWRITE
   */
  readonly apiStatus: ApiStatus = new ApiStatus(this);
  /**
   * REWRITE
   */
  readonly accessToken: AccessToken = new AccessToken(this);
  /**
   * REWRITE
   */
  readonly datasets: Datasets = new Datasets(this);
  /**
   * REWRITE
   */
  readonly fineTunes: FineTunes = new FineTunes(this);
  /**
   * REWRITE
   */
  readonly infill: Infill = new Infill(this);
  /**
   * REWRITE
   */
  readonly pronunciationDicts: PronunciationDicts = new PronunciationDicts(this);
  /**
   * REWRITE
   */
  readonly stt: Stt = new Stt(this);
  /**
   * REWRITE
   */
  readonly tts: Tts = new Tts(this);
  /**
   * REWRITE
   */
  readonly voiceChanger: VoiceChanger = new VoiceChanger(this);
  /**
   * REWRITE
   */
  readonly voices: Voices = new Voices(this);

  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}
