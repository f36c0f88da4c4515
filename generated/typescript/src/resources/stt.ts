// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { ChannelSpec } from '../core/channel-session.js';
import type { ChannelOptions, OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type { STTBatchModel, STTEncoding, TimestampGranularity, TranscriptionResponse } from '../models.js';
import type { SttWebsocketSession, SttWebsocketParams } from '../realtime/stt-websocket.js';
import type { SttTurnsWebsocketSession, SttTurnsWebsocketParams } from '../realtime/stt-turns-websocket.js';

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
  query: [
    { name: 'model' },
    { name: 'encoding' },
    { name: 'sample_rate' },
    { name: 'language' },
    { name: 'turn_start_threshold' },
    { name: 'turn_eager_end_threshold' },
    { name: 'turn_end_threshold' },
    { name: 'turn_end_timeout_ms' },
    { name: 'keyterm' },
  ],
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
    return this._client._request<TranscriptionResponse>(sttTranscribeOperation, {}, params, options);
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
    // The session classes load with the first socket: programs that never open one do not carry them.
    return this._client.openChannel(sttWebsocketChannel, params, options, () =>
      import('../realtime/stt-websocket.js').then((m) => m.SttWebsocketSession),
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
    // The session classes load with the first socket: programs that never open one do not carry them.
    return this._client.openChannel(sttTurnsWebsocketChannel, params, options, () =>
      import('../realtime/stt-turns-websocket.js').then((m) => m.SttTurnsWebsocketSession),
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
