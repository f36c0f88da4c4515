// Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { formsSubmitOperation } from '../descriptors.js';
import type { FormsSubmitParams } from '../models.js';

export class Forms extends APIResource {
  /**
   * `POST /forms`
   */
  submit(params: FormsSubmitParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(formsSubmitOperation, {}, params, options);
  }
}
