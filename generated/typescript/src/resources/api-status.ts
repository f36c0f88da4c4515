// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { apiStatusGetOperation } from '../descriptors.js';
import type { APIInfo } from '../models.js';

/**
 * Check that the API is reachable and which version it runs.
 */
export class ApiStatus extends APIResource {
  /**
   * API Status and Version
   *
   * `GET /`
   */
  get(options?: RequestOptions): APIPromise<APIInfo> {
    return this._client._request<APIInfo>(apiStatusGetOperation, {}, {}, options);
  }
}
