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
   * Long-lived API key, sent as a bearer token. Meant for server-side code only; never ship it in browser or mobile apps.
   *
   * Defaults to the `CARTESIA_API_KEY` environment variable (server runtimes only).
   *
   * Sent as `Authorization: Bearer <value>`.
   *
   * Refused in browsers unless `dangerouslyAllowBrowser` is set.
   */
  apiKey?: string | null;
  /**
   * Short-lived access token (JWT), sent as a bearer token, for browser and mobile client apps. Your server mints it with `POST /access-token`.
   *
   * Sent as `Authorization: Bearer <value>`.
   */
  accessToken?: string | null;
}

const config: ClientConfig = {
  clientName: 'Cartesia',
  packageName: '@cartesia-gen/client',
  packageVersion: '1.0.3',
  baseURL: 'https://api.cartesia.ai',
  websocketBaseURL: 'wss://api.cartesia.ai',
  timeoutMs: 60000,
  environment: {
    logLevel: 'CARTESIA_LOG',
    baseURL: 'CARTESIA_BASE_URL',
  },
  apiVersion: {
    header: 'Cartesia-Version',
    default: '2026-08-14',
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
    inStream: { field: 'type', value: 'error' },
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
 * The client without its resources: give it to the resource classes a program uses (`new Tts(core)`), so
 * that a bundler leaves the others out. Same options, conventions and behaviour as `Cartesia`.
 */
export class CartesiaCore extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(config, options as BaseClientOptions & Record<string, unknown>);
  }
}

/**
 * Client of the Cartesia API.
 *
 * Cartesia's REST API for real-time voice AI: text-to-speech (audio bytes or server-sent events), batch speech-to-text, voice management (listing, cloning, localizing), the voice changer and infill, plus datasets, fine-tunes and pronunciation dictionaries for customizing output. It also manages voice agents (calls, metrics, deployments, phone numbers) and mints short-lived access tokens for client apps. `info.version` versions this document and the client package generated from it; the API version the client pins is given in `x-api-version`.
 */
export class Cartesia extends CartesiaCore {
  /**
   * Manage voice agents along with their calls, recordings, LLM-as-a-Judge metrics, deployments and phone numbers.
   */
  readonly agents: Agents = new Agents(this);
  /**
   * Check that the API is reachable and which version it runs.
   */
  readonly apiStatus: ApiStatus = new ApiStatus(this);
  /**
   * Mint short-lived access tokens that let client apps call the API without holding an API key.
   */
  readonly accessToken: AccessToken = new AccessToken(this);
  /**
   * Manage datasets, the collections of files used to train fine-tunes.
   */
  readonly datasets: Datasets = new Datasets(this);
  /**
   * Create and manage fine-tunes and list the voices produced from them.
   */
  readonly fineTunes: FineTunes = new FineTunes(this);
  /**
   * Generate speech that bridges two existing audio segments.
   */
  readonly infill: Infill = new Infill(this);
  /**
   * Manage pronunciation dictionaries that map text to custom pronunciations during speech generation.
   */
  readonly pronunciationDicts: PronunciationDicts = new PronunciationDicts(this);
  /**
   * Speech-to-text: transcribe recorded audio files into text.
   */
  readonly stt: Stt = new Stt(this);
  /**
   * Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events.
   */
  readonly tts: Tts = new Tts(this);
  /**
   * Re-voice recorded speech with a different voice while keeping its delivery.
   */
  readonly voiceChanger: VoiceChanger = new VoiceChanger(this);
  /**
   * Browse, clone, localize, update and delete the voices used for generation.
   */
  readonly voices: Voices = new Voices(this);
}
