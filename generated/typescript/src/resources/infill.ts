// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type { InfillModel, OutputFormat } from '../models.js';

const infillBytesOperation: OperationSpec = {
  method: 'POST',
  path: '/infill/bytes',
  body: {
    encoding: 'multipart',
    contentType: 'multipart/form-data',
    merged: true,
    required: true,
    fields: { output_format: { style: 'deepObject', explode: true } },
  },
  response: { kind: 'binary', accept: 'audio/wav' },
  security: [['APIKeyAuth']],
};

/**
 * Generate speech that bridges two existing audio segments.
 */
export class Infill extends APIResource {
  /**
   * Infill (Bytes)
   *
   * Generates speech that bridges two existing audio segments, so new words can be slotted in between recorded speech with natural-sounding transitions. Supply `left_audio`, `right_audio` or both; at least one is required. **Cost: 1 credit per character of the infill transcript, plus a flat 300 credits.** Output varies from run to run. For the best results, give a longer infill transcript (the model then has room to blend in), cut the segments at natural pauses (so word-level timestamps need not be exact), and trim right up to the point to be filled while leaving as much silence as possible in the left and right segments (this makes transitions smoother).
   *
   * `POST /infill/bytes`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  bytes(params: InfillBytesParams = {}, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client._request<BinaryResponse>(infillBytesOperation, {}, params, options);
  }
}

/** Parameters of `client.infill.bytes`. */
export type InfillBytesParams = {
  /** Format: binary */
  left_audio?: Uploadable;
  /** Format: binary */
  right_audio?: Uploadable;
  model_id?: InfillModel;
  /** @description Language of the transcript. */
  language?: string;
  /** @description Text to speak in the generated infill. */
  transcript?: string;
  /** @description Identifier of the voice that speaks the generated audio. */
  voice_id?: string;
  output_format?: OutputFormat;
};
