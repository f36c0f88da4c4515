// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { RequestOptions } from '../core/types.js';
import { infillBytesOperation } from '../descriptors.js';
import type { InfillBytesParams } from '../models.js';

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
