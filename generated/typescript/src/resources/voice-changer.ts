// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { EventStream } from '../core/streaming.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type { OutputFormatContainer, RawEncoding, VoiceChangerSSEEvent } from '../models.js';

const voiceChangerBytesOperation: OperationSpec = {
  method: 'POST',
  path: '/voice-changer/bytes',
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'binary', accept: 'audio/wav' },
  security: [['APIKeyAuth']],
};
const voiceChangerSseOperation: OperationSpec = {
  method: 'POST',
  path: '/voice-changer/sse',
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'event-stream', accept: 'text/event-stream' },
  security: [['APIKeyAuth']],
};

/**
 * REWRITE
 */
export class VoiceChanger extends APIResource {
  /**
   * Voice Changer (Bytes)
   *
   * REWRITE: Voice Changer (Bytes). Takes an audio file of speech, and returns an audio file of speech spoken with the same intonation, but with a different voice. This endpoint is priced at 15 characters per second of input audio.
   *
   * `POST /voice-changer/bytes`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  bytes(params: VoiceChangerBytesParams = {}, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client.request<BinaryResponse>(voiceChangerBytesOperation, {}, params, options);
  }

  /**
   * Voice Changer (SSE)
   *
   * `POST /voice-changer/sse`
   */
  sse(
    params: VoiceChangerSseParams = {},
    options?: RequestOptions,
  ): APIPromise<EventStream<VoiceChangerSSEEvent>> {
    return this._client.request<EventStream<VoiceChangerSSEEvent>>(
      voiceChangerSseOperation,
      {},
      params,
      options,
    );
  }
}

/** Parameters of `client.voiceChanger.bytes`. */
export type VoiceChangerBytesParams = {
  /** Format: binary */
  clip?: Uploadable;
  'voice[id]'?: string;
  'output_format[container]'?: OutputFormatContainer;
  /** @enum {integer} */
  'output_format[sample_rate]'?: 8000 | 16000 | 22050 | 24000 | 44100 | 48000;
  /** @description REWRITE: Required for `raw` and `wav` containers. */
  'output_format[encoding]'?: RawEncoding | null;
  /** @description REWRITE: Required for `mp3` containers. */
  'output_format[bit_rate]'?: number | null;
};

/** Parameters of `client.voiceChanger.sse`. */
export type VoiceChangerSseParams = {
  /** Format: binary */
  clip?: Uploadable;
  'voice[id]'?: string;
  'output_format[container]'?: OutputFormatContainer;
  /** @enum {integer} */
  'output_format[sample_rate]'?: 8000 | 16000 | 22050 | 24000 | 44100 | 48000;
  /** @description REWRITE: Required for `raw` and `wav` containers. */
  'output_format[encoding]'?: RawEncoding | null;
  /** @description REWRITE: Required for `mp3` containers. */
  'output_format[bit_rate]'?: number | null;
};
