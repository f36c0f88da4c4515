// Generated from spec.yaml (Query String Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { thingsRangeOperation, thingsSearchOperation } from '../descriptors.js';
import type { ThingsRangeParams, ThingsSearchParams } from '../models.js';

export class Things extends APIResource {
  /**
   * Things between two keys.
   *
   * `GET /things/`
   */
  range(params: ThingsRangeParams, options?: RequestOptions): APIPromise<string[]> {
    return this._client._request<string[]>(thingsRangeOperation, {}, params, options);
  }

  /**
   * Search every kind of thing; `q` is declared, `kind` is fixed by the path key.
   *
   * `GET /search`
   */
  search(params: ThingsSearchParams = {}, options?: RequestOptions): APIPromise<string[]> {
    return this._client._request<string[]>(thingsSearchOperation, {}, params, options);
  }
}
