// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import { SocketSession } from '../core/channel-session.js';
import type { APIPromise } from '../core/api-promise.js';
import type { ChannelSpec } from '../core/channel-session.js';
import type { ChannelOptions, OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type {
  STTAutoFinalizeCloseCommand,
  STTAutoFinalizeConfigCommand,
  STTAutoFinalizeModel,
  STTAutoFinalizeWebSocketResponse,
  STTBatchModel,
  STTEncoding,
  STTManualFinalizeModel,
  STTManualFinalizeWebSocketResponse,
  TimestampGranularity,
  TranscriptionResponse,
} from '../models.js';

const sttTranscribeOperation: OperationSpec = {
  method: 'POST',
  path: '/stt',
  query: [{ name: 'encoding' }, { name: 'sample_rate' }],
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['TokenAuth'], ['APIKeyAuth']],
};
const sttWebsocketChannel: ChannelSpec = {
  path: '/stt/websocket',
  query: [
    { name: 'model' },
    { name: 'encoding' },
    { name: 'sample_rate' },
    { name: 'language' },
    { name: 'min_volume' },
    { name: 'max_silence_duration_secs' },
    { name: 'keyterm' },
  ],
  security: [['TokenAuth'], ['APIKeyAuth']],
};
const sttTurnsWebsocketChannel: ChannelSpec = {
  path: '/stt/turns/websocket',
  query: [{ name: 'model' }, { name: 'encoding' }, { name: 'sample_rate' }, { name: 'keyterm' }],
  security: [['TokenAuth'], ['APIKeyAuth']],
};

/**
 * Speech-to-text: transcribe recorded audio files into text.
 */
export class Stt extends APIResource {
  readonly turns: SttTurns = new SttTurns(this._client);

  /**
   * Speech-to-Text (Batch)
   *
   * Transcribes an uploaded audio file to text. Accepted formats: flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav and webm. More in [the STT reference](https://docs.cartesia.ai/api-reference/stt/transcribe).
   *
   * `POST /stt`
   */
  transcribe(params: SttTranscribeParams, options?: RequestOptions): APIPromise<TranscriptionResponse> {
    return this._client.request<TranscriptionResponse>(sttTranscribeOperation, {}, params, options);
  }

  /**
   * Streaming speech-to-text with manual finalization.
   *
   * Send audio as binary frames and receive transcript deltas as they are recognized. Send `finalize` when the speaker pauses to get the final text of what is buffered, and `end` to flush everything and close.
   *
   * WebSocket `/stt/websocket`
   *
   * Resolves once the socket is open; close it with `close()`.
   */
  websocket(params: SttWebsocketParams, options: ChannelOptions = {}): Promise<SttWebsocketSession> {
    return this._client.openChannel(
      sttWebsocketChannel,
      params,
      options,
      (socket, spec, runtime) => new SttWebsocketSession(socket, spec, runtime),
    );
  }
}

export class SttTurns extends APIResource {
  /**
   * Streaming speech-to-text with turn detection, for voice agents.
   *
   * Send audio as binary frames; the server detects when the user starts and stops speaking and sends `turn.start`, cumulative `turn.update`s, a preview `turn.eager_end`, `turn.resume` and the final `turn.end`.
   *
   * WebSocket `/stt/turns/websocket`
   *
   * Resolves once the socket is open; close it with `close()`.
   */
  websocket(
    params: SttTurnsWebsocketParams,
    options: ChannelOptions = {},
  ): Promise<SttTurnsWebsocketSession> {
    return this._client.openChannel(
      sttTurnsWebsocketChannel,
      params,
      options,
      (socket, spec, runtime) => new SttTurnsWebsocketSession(socket, spec, runtime),
    );
  }
}

/** Parameters of `client.stt.transcribe`. */
export type SttTranscribeParams = {
  encoding?: STTEncoding | null;
  /**
   * Audio sample rate in hertz.
   */
  sample_rate?: number | null;
} & {
  /** Format: binary */
  file: Uploadable;
  model: STTBatchModel;
  /**
   * @description ISO-639-1 code of the language spoken in the audio; `en` if omitted.
   * @enum {string}
   */
  language?:
    | 'en'
    | 'zh'
    | 'de'
    | 'es'
    | 'ru'
    | 'ko'
    | 'fr'
    | 'ja'
    | 'pt'
    | 'tr'
    | 'pl'
    | 'ca'
    | 'nl'
    | 'ar'
    | 'sv'
    | 'it'
    | 'id'
    | 'hi'
    | 'fi'
    | 'vi'
    | 'he'
    | 'uk'
    | 'el'
    | 'ms'
    | 'cs'
    | 'ro'
    | 'da'
    | 'hu'
    | 'ta'
    | 'no'
    | 'th'
    | 'ur'
    | 'hr'
    | 'bg'
    | 'lt'
    | 'la'
    | 'mi'
    | 'ml'
    | 'cy'
    | 'sk'
    | 'te'
    | 'fa'
    | 'lv'
    | 'bn'
    | 'sr'
    | 'az'
    | 'sl'
    | 'kn'
    | 'et'
    | 'mk'
    | 'br'
    | 'eu'
    | 'is'
    | 'hy'
    | 'ne'
    | 'mn'
    | 'bs'
    | 'kk'
    | 'sq'
    | 'sw'
    | 'gl'
    | 'mr'
    | 'pa'
    | 'si'
    | 'km'
    | 'sn'
    | 'yo'
    | 'so'
    | 'af'
    | 'oc'
    | 'ka'
    | 'be'
    | 'tg'
    | 'sd'
    | 'gu'
    | 'am'
    | 'yi'
    | 'lo'
    | 'uz'
    | 'fo'
    | 'ht'
    | 'ps'
    | 'tk'
    | 'nn'
    | 'mt'
    | 'sa'
    | 'lb'
    | 'my'
    | 'bo'
    | 'tl'
    | 'mg'
    | 'as'
    | 'tt'
    | 'haw'
    | 'ln'
    | 'ha'
    | 'ba'
    | 'jw'
    | 'su'
    | 'yue';
  /** @description Which timestamp granularities to include in the result; only `word` is available for now. */
  'timestamp_granularities[]'?: TimestampGranularity[];
};

/** Messages the server sends on `client.stt.websocket()`. */
export type SttWebsocketEvent = STTManualFinalizeWebSocketResponse;

/** Handshake parameters of `client.stt.websocket()`. */
export type SttWebsocketParams = {
  model: STTManualFinalizeModel;
  encoding: STTEncoding;
  /**
   * Audio sample rate in hertz.
   */
  sample_rate: number;
  /**
   * ISO-639-1 code of the spoken language; `en` if omitted. Current language support is listed in [the docs](https://docs.cartesia.ai/build-with-cartesia/stt-models/latest).
   */
  language?: 'en';
  /**
   * `ink-whisper` models only. Threshold for what counts as silence when transcripts are finalized automatically: lower values catch quiet speech, higher values reject noise more aggressively.
   */
  min_volume?: number;
  /**
   * `ink-whisper` models only. How many seconds of silence trigger automatic finalization of the transcript: smaller values finalize sooner, larger ones tolerate longer pauses mid-utterance.
   */
  max_silence_duration_secs?: number;
  /**
   * `ink-2` models only. Words and phrases whose recognition should be boosted, sent as repeated `keyterm` query parameters. At most 100 terms and 1200 characters in total; put a multi-word phrase in one value to boost it as a whole. See [Keyterm prompting](https://docs.cartesia.ai/use-the-api/stt/keyterms).
   */
  keyterm?: string[];
};

/** A session of `client.stt.websocket()`: iterate it for events; send audio with `sendAudio` or `streamAudio`. */
export class SttWebsocketSession extends SocketSession<SttWebsocketEvent> {
  /**
   * Transcribes the audio buffered so far; the server answers with the final text and `flush_done`.
   */
  finalize(): Promise<void> {
    return this.sendText('finalize');
  }

  /**
   * Transcribes everything buffered, then ends the session (the server sends `done` and closes).
   */
  end(): Promise<void> {
    return this.sendText('close');
  }
}

/** Messages the server sends on `client.stt.turns.websocket()`. */
export type SttTurnsWebsocketEvent = STTAutoFinalizeWebSocketResponse;

/** Handshake parameters of `client.stt.turns.websocket()`. */
export type SttTurnsWebsocketParams = {
  model: STTAutoFinalizeModel;
  encoding: STTEncoding;
  /**
   * Audio sample rate in hertz.
   */
  sample_rate: number;
  /**
   * Words and phrases whose recognition should be boosted, sent as repeated `keyterm` query parameters. At most 100 terms and 1200 characters in total; put a multi-word phrase in one value to boost it as a whole. See [Keyterm prompting](https://docs.cartesia.ai/use-the-api/stt/keyterms).
   */
  keyterm?: string[];
};

/** A session of `client.stt.turns.websocket()`: iterate it for events; send audio with `sendAudio` or `streamAudio`. */
export class SttTurnsWebsocketSession extends SocketSession<SttTurnsWebsocketEvent> {
  /**
   * Tunes turn detection while the session runs.
   */
  configure(fields: Omit<STTAutoFinalizeConfigCommand, 'type'> = {}): Promise<void> {
    return this.sendJson({ ...fields, type: 'config' });
  }

  /**
   * Processes all buffered audio into events, then closes the session.
   */
  end(fields: Omit<STTAutoFinalizeCloseCommand, 'type'> = {}): Promise<void> {
    return this.sendJson({ ...fields, type: 'close' });
  }
}
