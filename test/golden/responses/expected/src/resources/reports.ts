// Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';

const reportsExportOperation: OperationSpec = {
  method: 'GET',
  path: '/reports/export',
  response: { kind: 'text', accept: 'text/csv' },
  security: [],
};
const reportsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/reports/{id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};
const reportsDeleteOperation: OperationSpec = {
  method: 'DELETE',
  path: '/reports/{id}',
  response: { kind: 'none' },
  security: [],
};

export class Reports extends APIResource {
  /**
   * `GET /reports/export`
   */
  export(options?: RequestOptions): APIPromise<string> {
    return this._client._request<string>(reportsExportOperation, {}, {}, options);
  }

  /**
   * `GET /reports/{id}`
   */
  get(
    id: string,
    options?: RequestOptions,
  ): APIPromise<{
    id?: string;
  }> {
    return this._client._request<{
      id?: string;
    }>(reportsGetOperation, { id }, {}, options);
  }

  /**
   * `DELETE /reports/{id}`
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(reportsDeleteOperation, { id }, {}, options);
  }
}
