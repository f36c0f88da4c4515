// Generated from spec.yaml (Query String Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';

const thingsRangeOperation: OperationSpec = {
  method: 'GET',
  path: '/things/',
  query: [{ name: 'from' }, { name: 'to' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};
const thingsSearchOperation: OperationSpec = {
  method: 'GET',
  path: '/search',
  query: [{ name: 'q' }, { name: 'kind', fixed: 'all' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

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

/** Parameters of `client.things.range`. */
export type ThingsRangeParams = {
  from: string;
  to: string;
};

/** Parameters of `client.things.search`. */
export type ThingsSearchParams = {
  q?: number;
  kind?: 'all';
};
