// Generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { uploadsCreateOperation } from '../descriptors.js';
import type { UploadsCreateParams } from '../models.js';

export class Uploads extends APIResource {
  /**
   * `POST /uploads`
   */
  create(params: UploadsCreateParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(uploadsCreateOperation, {}, params, options);
  }
}
