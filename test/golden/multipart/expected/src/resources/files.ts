// Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type { Metadata, StoredFile } from '../models.js';

const filesUploadOperation: OperationSpec = {
  method: 'POST',
  path: '/files',
  query: [{ name: 'overwrite' }],
  body: {
    encoding: 'multipart',
    contentType: 'multipart/form-data',
    merged: true,
    required: true,
    fields: {
      metadata: { style: 'deepObject', explode: true },
      options: { style: 'json', explode: true },
      tags: { style: 'pipeDelimited', explode: false },
    },
  },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};
const filesUploadRawOperation: OperationSpec = {
  method: 'POST',
  path: '/files/raw',
  body: { encoding: 'binary', contentType: 'application/octet-stream', merged: false, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

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

/** Parameters of `client.files.upload`. */
export type FilesUploadParams = {
  overwrite?: boolean;
} & {
  /**
   * Format: binary
   * @description The file contents.
   */
  file: Uploadable;
  /** @enum {string} */
  purpose: 'fine_tune' | 'assistants';
  'labels[]'?: string[];
  attachments?: Uploadable[];
  metadata?: Metadata;
  options?: {
    dedupe?: boolean;
  };
  tags?: string[];
};

/** Parameters of `client.files.uploadRaw`. */
export type FilesUploadRawParams = {
  body: Uploadable;
};
