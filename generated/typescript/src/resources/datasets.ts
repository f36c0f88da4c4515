// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type { CreateDatasetRequest, Dataset, DatasetFile, UpdateDatasetRequest } from '../models.js';

const datasetsListOperation: OperationSpec = {
  method: 'GET',
  path: '/datasets/',
  query: [{ name: 'limit' }, { name: 'starting_after' }, { name: 'ending_before' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const datasetsCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/datasets/',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const datasetsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/datasets/{id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const datasetsDeleteOperation: OperationSpec = {
  method: 'DELETE',
  path: '/datasets/{id}',
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const datasetsUpdateOperation: OperationSpec = {
  method: 'PATCH',
  path: '/datasets/{id}',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const datasetsFilesListOperation: OperationSpec = {
  method: 'GET',
  path: '/datasets/{id}/files',
  query: [{ name: 'limit' }, { name: 'starting_after' }, { name: 'ending_before' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const datasetsFilesUploadOperation: OperationSpec = {
  method: 'POST',
  path: '/datasets/{id}/files',
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const datasetsFilesDeleteOperation: OperationSpec = {
  method: 'DELETE',
  path: '/datasets/{id}/files/{fileID}',
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};

/**
 * Manage datasets, the collections of files used to train fine-tunes.
 */
export class Datasets extends APIResource {
  readonly files: DatasetsFiles = new DatasetsFiles(this._client);

  /**
   * Lists your datasets, a page at a time.
   *
   * `GET /datasets/`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: DatasetsListParams = {}, options?: RequestOptions): PagePromise<Dataset> {
    return this._client._requestPage<Dataset>(datasetsListOperation, {}, params, options);
  }

  /**
   * Creates a dataset.
   *
   * `POST /datasets/`
   */
  create(params: DatasetsCreateParams, options?: RequestOptions): APIPromise<Dataset> {
    return this._client._request<Dataset>(datasetsCreateOperation, {}, params, options);
  }

  /**
   * Fetches one dataset by ID.
   *
   * `GET /datasets/{id}`
   */
  get(id: string, options?: RequestOptions): APIPromise<Dataset> {
    return this._client._request<Dataset>(datasetsGetOperation, { id }, {}, options);
  }

  /**
   * Deletes a dataset.
   *
   * `DELETE /datasets/{id}`
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(datasetsDeleteOperation, { id }, {}, options);
  }

  /**
   * Changes the name or description of a dataset.
   *
   * `PATCH /datasets/{id}`
   */
  update(id: string, params: DatasetsUpdateParams, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(datasetsUpdateOperation, { id }, params, options);
  }
}

export class DatasetsFiles extends APIResource {
  /**
   * Lists the files in a dataset, a page at a time.
   *
   * `GET /datasets/{id}/files`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(id: string, params: DatasetsFilesListParams = {}, options?: RequestOptions): PagePromise<DatasetFile> {
    return this._client._requestPage<DatasetFile>(datasetsFilesListOperation, { id }, params, options);
  }

  /**
   * Uploads a file into a dataset.
   *
   * `POST /datasets/{id}/files`
   */
  upload(id: string, params: DatasetsFilesUploadParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(datasetsFilesUploadOperation, { id }, params, options);
  }

  /**
   * Deletes one file from a dataset.
   *
   * `DELETE /datasets/{id}/files/{fileID}`
   */
  delete(id: string, fileID: string, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(datasetsFilesDeleteOperation, { id, fileID }, {}, options);
  }
}

/** Parameters of `client.datasets.list`. */
export type DatasetsListParams = {
  /**
   * Page size: how many datasets to return, from 1 to 100.
   */
  limit?: number | null;
  /**
   * Pagination cursor: a dataset ID to continue after. If a page of 20 ends with `dataset_abc123`, pass `starting_after=dataset_abc123` to get the following page.
   */
  starting_after?: string | null;
  /**
   * Pagination cursor: a dataset ID to stop before. If a page of 20 begins with `dataset_abc123`, pass `ending_before=dataset_abc123` to get the preceding page.
   */
  ending_before?: string | null;
};

/** Parameters of `client.datasets.create`. */
export type DatasetsCreateParams = CreateDatasetRequest;

/** Parameters of `client.datasets.update`. */
export type DatasetsUpdateParams = UpdateDatasetRequest;

/** Parameters of `client.datasets.files.list`. */
export type DatasetsFilesListParams = {
  /**
   * Page size: how many files to return, from 1 to 100.
   */
  limit?: number | null;
  /**
   * Pagination cursor: a file ID to continue after. If a page of 20 ends with `file_abc123`, pass `starting_after=file_abc123` to get the following page.
   */
  starting_after?: string | null;
  /**
   * Pagination cursor: a file ID to stop before. If a page of 20 begins with `file_abc123`, pass `ending_before=file_abc123` to get the preceding page.
   */
  ending_before?: string | null;
};

/** Parameters of `client.datasets.files.upload`. */
export type DatasetsFilesUploadParams = {
  /** Format: binary */
  file?: Uploadable;
  /** @description What the file is for, such as `fine_tune`. */
  purpose?: string;
};
