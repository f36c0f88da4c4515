// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type { InfillModel, OutputFormat } from '../models.js';

const infillBytesOperation: OperationSpec = {
  method: 'POST',
  path: '/infill/bytes',
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'binary', accept: 'audio/wav' },
  security: [['APIKeyAuth']],
};

/**
 * REWRITE
 */
export class Infill extends APIResource {
  /**
   * Infill (Bytes)
   *
   * REWRITE: Infill (Bytes). Generate audio that smoothly connects two existing audio segments. This is useful for inserting new speech between existing speech segments while maintaining natural transitions. **The cost is 1 credit per character of the infill text plus a fixed cost of 300 credits.** At least one of `left_audio` or `right_audio` must be provided. As with all generative models, there's some inherent variability, but here's some tips we recommend to get the best results from infill: - Use longer infill transcripts - This gives the model more flexibility to adapt to the rest of the audio - Target natural pauses in the audio when deciding where to clip - This means you don't need word-level timestamps to be as precise - Clip right up to the start and end of the audio segment you want infilled, keeping as much silence in the left/right audio segments as possible - This helps the model generate more natural transitions
   *
   * `POST /infill/bytes`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  bytes(params: InfillBytesParams = {}, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client.request<BinaryResponse>(infillBytesOperation, {}, params, options);
  }
}

/** Parameters of `client.infill.bytes`. */
export type InfillBytesParams = {
  /** Format: binary */
  left_audio?: Uploadable;
  /** Format: binary */
  right_audio?: Uploadable;
  model_id?: InfillModel;
  /** @description REWRITE: The language of the transcript */
  language?: string;
  /** @description REWRITE: The infill text to generate */
  transcript?: string;
  /** @description REWRITE: The ID of the voice to use for generating audio */
  voice_id?: string;
  output_format?: OutputFormat;
};
