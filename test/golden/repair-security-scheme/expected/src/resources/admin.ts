// Generated from spec.yaml (Security Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { adminResetOperation } from '../descriptors.js';

export class Admin extends APIResource {
  /**
   * `POST /admin`
   */
  reset(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(adminResetOperation, {}, {}, options);
  }
}
