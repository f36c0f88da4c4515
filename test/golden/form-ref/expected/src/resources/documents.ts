// Generated from spec.yaml (Form Ref API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { documentsUploadOperation } from '../descriptors.js';
import type { DocumentsUploadParams, UploadRequest } from '../models.js';

export class Documents extends APIResource {
  /**
   * `POST /documents`
   */
  upload(params: DocumentsUploadParams, options?: RequestOptions): APIPromise<UploadRequest> {
    return this._client._request<UploadRequest>(documentsUploadOperation, {}, params, options);
  }
}
