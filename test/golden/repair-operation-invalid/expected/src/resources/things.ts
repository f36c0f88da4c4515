// Generated from spec.yaml (Operation Invalid Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { thingsListOperation } from '../descriptors.js';

export class Things extends APIResource {
  /**
   * `GET /things`
   */
  list(options?: RequestOptions): APIPromise<string[]> {
    return this._client._request<string[]>(thingsListOperation, {}, {}, options);
  }
}
