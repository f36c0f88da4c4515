// Generated from spec.yaml (Unused Path Parameter Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';

const thingsListOperation: OperationSpec = {
  method: 'GET',
  path: '/things',
  query: [{ name: 'limit' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Things extends APIResource {
  /**
   * `GET /things`
   */
  list(params: ThingsListParams = {}, options?: RequestOptions): APIPromise<string[]> {
    return this._client._request<string[]>(thingsListOperation, {}, params, options);
  }
}

/** Parameters of `client.things.list`. */
export type ThingsListParams = {
  limit?: number;
};
