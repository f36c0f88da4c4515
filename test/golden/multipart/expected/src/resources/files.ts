// Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { filesUploadOperation, filesUploadRawOperation } from '../descriptors.js';
import type { FilesUploadParams, FilesUploadRawParams, StoredFile } from '../models.js';

export class Files extends APIResource {
  /**
   * Upload a file with metadata.
   *
   * `POST /files`
   */
  upload(params: FilesUploadParams, options?: RequestOptions): APIPromise<StoredFile> {
    return this._client._request<StoredFile>(filesUploadOperation, {}, params, options);
  }

  /**
   * `POST /files/raw`
   */
  uploadRaw(params: FilesUploadRawParams, options?: RequestOptions): APIPromise<StoredFile> {
    return this._client._request<StoredFile>(filesUploadRawOperation, {}, params, options);
  }
}
