// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { DecodeBase64, EventStream } from '../core/streaming.js';
import type { RequestOptions } from '../core/types.js';
import { voiceChangerBytesOperation, voiceChangerSseOperation } from '../descriptors.js';
import type { VoiceChangerBytesParams, VoiceChangerSSEEvent, VoiceChangerSseParams } from '../models.js';

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
