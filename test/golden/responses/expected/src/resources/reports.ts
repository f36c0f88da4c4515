// Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { reportsDeleteOperation, reportsExportOperation, reportsGetOperation } from '../descriptors.js';

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
