// Generated from spec.yaml (Operation Id Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { otherListThingsOperation } from '../descriptors.js';

export class Other extends APIResource {
  /**
   * `GET /other/things`
   */
  listThings(options?: RequestOptions): APIPromise<string[]> {
    return this._client._request<string[]>(otherListThingsOperation, {}, {}, options);
  }
}
