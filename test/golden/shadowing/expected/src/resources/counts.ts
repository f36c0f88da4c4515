// Generated from spec.yaml (Shadowing API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';

const countsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/counts',
  query: [{ name: 'cast' }, { name: 'str' }, { name: 'list' }],
  headers: [{ name: 'int' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

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

/** Parameters of `client.counts.get`. */
export type CountsGetParams = {
  cast?: string;
  str?: string;
  /**
   * Not evaluated by the body (it writes List)
   */
  list?: string;
  int?: number;
};
