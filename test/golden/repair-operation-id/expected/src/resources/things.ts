// Generated from spec.yaml (Operation Id Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { thingsListThings2Operation, thingsListThingsOperation } from '../descriptors.js';

export class Things extends APIResource {
  /**
   * `GET /things`
   */
  listThings(options?: RequestOptions): APIPromise<string[]> {
    return this._client._request<string[]>(thingsListThingsOperation, {}, {}, options);
  }

  /**
   * `GET /things/archived`
   */
  listThings2(options?: RequestOptions): APIPromise<string[]> {
    return this._client._request<string[]>(thingsListThings2Operation, {}, {}, options);
  }
}
