// Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { DecodeBase64, EventStream } from '../core/streaming.js';
import type { RequestOptions } from '../core/types.js';
import { speechStreamOperation, speechSynthesizeOperation } from '../descriptors.js';
import type { SpeechEvent, SpeechStreamParams, SpeechSynthesizeParams } from '../models.js';

export class Speech extends APIResource {
  /**
   * Synthesize speech as MP3.
   *
   * `POST /speech`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  synthesize(params: SpeechSynthesizeParams, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client._request<BinaryResponse>(speechSynthesizeOperation, {}, params, options);
  }

  /**
   * `POST /speech/stream`
   */
  stream(
    params: SpeechStreamParams,
    options?: RequestOptions,
  ): APIPromise<EventStream<DecodeBase64<SpeechEvent, 'data'>>> {
    return this._client._request<EventStream<DecodeBase64<SpeechEvent, 'data'>>>(
      speechStreamOperation,
      {},
      params,
      options,
    );
  }
}
