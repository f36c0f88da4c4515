// Generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { thingsGetOperation } from '../descriptors.js';

export class Things extends APIResource {
  /**
   * `GET /things/{id}`
   */
  get(
    id: string,
    options?: RequestOptions,
  ): APIPromise<{
    id?: string;
  }> {
    return this._client._request<{
      id?: string;
    }>(thingsGetOperation, { id }, {}, options);
  }
}
