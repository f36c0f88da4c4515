// Generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';

const uploadsCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/uploads',
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'none' },
  security: [],
};

export class Uploads extends APIResource {
  /**
   * `POST /uploads`
   */
  create(params: UploadsCreateParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(uploadsCreateOperation, {}, params, options);
  }
}

/** Parameters of `client.uploads.create`. */
export type UploadsCreateParams = {
  /** Format: binary */
  file?: Uploadable;
  title?: string;
  settings?: {
    mode?: string;
  };
  tags?: string[];
};
