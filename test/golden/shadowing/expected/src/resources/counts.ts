// Generated from spec.yaml (Shadowing API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { countsGetOperation } from '../descriptors.js';
import type { CountsGetParams } from '../models.js';

export class Counts extends APIResource {
  /**
   * `GET /counts`
   */
  get(
    params: CountsGetParams = {},
    options?: RequestOptions,
  ): APIPromise<{
    [key: string]: number[];
  }> {
    return this._client._request<{
      [key: string]: number[];
    }>(countsGetOperation, {}, params, options);
  }
}
