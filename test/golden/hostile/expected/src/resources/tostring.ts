// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';

const tostringToStringOperation: OperationSpec = {
  method: 'GET',
  path: '/tostring',
  query: [{ name: 'constructor' }, { name: 'toString' }, { name: '__proto__' }],
  headers: [{ name: 'hasOwnProperty' }],
  response: { kind: 'none' },
  security: [],
};

export class Tostring extends APIResource {
  /**
   * `GET /tostring`
   */
  toString_(
    params: TostringToStringParams = {} as TostringToStringParams,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this._client._request<void>(tostringToStringOperation, {}, params, options);
  }
}

/** Parameters of `client.tostring.toString_`. */
export type TostringToStringParams = {
  constructor?: string;
  toString?: string;
  __proto__?: string;
  hasOwnProperty?: string;
};
