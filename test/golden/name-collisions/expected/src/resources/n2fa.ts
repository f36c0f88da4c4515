// Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { n2faStatusOperation } from '../descriptors.js';
import type { N2FAStatus } from '../models.js';

export class N2fa extends APIResource {
  /**
   * `GET /2fa`
   */
  status(options?: RequestOptions): APIPromise<N2FAStatus> {
    return this._client._request<N2FAStatus>(n2faStatusOperation, {}, {}, options);
  }
}
