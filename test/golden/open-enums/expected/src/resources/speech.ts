// Generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { speechCreateOperation } from '../descriptors.js';
import type { Speech, SpeechCreateParams } from '../models.js';

export class Speech2 extends APIResource {
  /**
   * `POST /speak`
   */
  create(params: SpeechCreateParams, options?: RequestOptions): APIPromise<Speech> {
    return this._client._request<Speech>(speechCreateOperation, {}, params, options);
  }
}
