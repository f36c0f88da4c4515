// Generated from spec.yaml (Form Ref API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type { UploadRequest } from '../models.js';

const documentsUploadOperation: OperationSpec = {
  method: 'POST',
  path: '/documents',
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Documents extends APIResource {
  /**
   * `POST /documents`
   */
  upload(params: DocumentsUploadParams, options?: RequestOptions): APIPromise<UploadRequest> {
    return this._client._request<UploadRequest>(documentsUploadOperation, {}, params, options);
  }
}

/** Parameters of `client.documents.upload`. */
export type DocumentsUploadParams = {
  filename?: string;
  /** Format: binary */
  file: Uploadable;
};
