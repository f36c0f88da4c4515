// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { DecodeBase64, EventStream } from '../core/streaming.js';
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
  response: { kind: 'event-stream', accept: 'text/event-stream', base64Fields: ['data'] },
  security: [['APIKeyAuth']],
};

/**
 * Re-voice recorded speech with a different voice while keeping its delivery.
 */
export class VoiceChanger extends APIResource {
  /**
   * Voice Changer (Bytes)
   *
   * Re-speaks an uploaded speech clip in another voice while keeping its intonation, and returns the result as an audio file. Billed at 15 characters per second of input audio.
   *
   * `POST /voice-changer/bytes`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  bytes(params: VoiceChangerBytesParams = {}, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client._request<BinaryResponse>(voiceChangerBytesOperation, {}, params, options);
  }

  /**
   * Voice Changer (SSE)
   *
   * `POST /voice-changer/sse`
   */
  sse(
    params: VoiceChangerSseParams = {},
    options?: RequestOptions,
  ): APIPromise<EventStream<DecodeBase64<VoiceChangerSSEEvent, 'data'>>> {
    return this._client._request<EventStream<DecodeBase64<VoiceChangerSSEEvent, 'data'>>>(
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
  /** @description Needed when the container is `raw` or `wav`. */
  'output_format[encoding]'?: RawEncoding | null;
  /** @description Needed when the container is `mp3`. */
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
  /** @description Needed when the container is `raw` or `wav`. */
  'output_format[encoding]'?: RawEncoding | null;
  /** @description Needed when the container is `mp3`. */
  'output_format[bit_rate]'?: number | null;
};
