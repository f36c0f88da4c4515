// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type {
  CreateDatasetRequest,
  Dataset,
  DatasetFile,
  PaginatedDatasetFiles,
  PaginatedDatasets,
  UpdateDatasetRequest,
} from '../models.js';

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
 * REWRITE
 */
export class Datasets extends APIResource {
  readonly files: DatasetsFiles = new DatasetsFiles(this._client);

  /**
   * REWRITE: Paginated list of datasets
   *
   * `GET /datasets/`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: DatasetsListParams = {}, options?: RequestOptions): PagePromise<Dataset> {
    return this._client.requestPage<Dataset>(datasetsListOperation, {}, params, options);
  }

  /**
   * REWRITE: Create a new dataset
   *
   * `POST /datasets/`
   */
  create(params: DatasetsCreateParams, options?: RequestOptions): APIPromise<Dataset> {
    return this._client.request<Dataset>(datasetsCreateOperation, {}, params, options);
  }

  /**
   * REWRITE: Retrieve a specific dataset by ID
   *
   * `GET /datasets/{id}`
   */
  get(id: string, options?: RequestOptions): APIPromise<Dataset> {
    return this._client.request<Dataset>(datasetsGetOperation, { id }, {}, options);
  }

  /**
   * REWRITE: Delete a dataset
   *
   * `DELETE /datasets/{id}`
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(datasetsDeleteOperation, { id }, {}, options);
  }

  /**
   * REWRITE: Update an existing dataset
   *
   * `PATCH /datasets/{id}`
   */
  update(id: string, params: DatasetsUpdateParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(datasetsUpdateOperation, { id }, params, options);
  }
}

export class DatasetsFiles extends APIResource {
  /**
   * REWRITE: Paginated list of files in a dataset
   *
   * `GET /datasets/{id}/files`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(id: string, params: DatasetsFilesListParams = {}, options?: RequestOptions): PagePromise<DatasetFile> {
    return this._client.requestPage<DatasetFile>(datasetsFilesListOperation, { id }, params, options);
  }

  /**
   * REWRITE: Upload a new file to a dataset
   *
   * `POST /datasets/{id}/files`
   */
  upload(id: string, params: DatasetsFilesUploadParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(datasetsFilesUploadOperation, { id }, params, options);
  }

  /**
   * REWRITE: Remove a file from a dataset
   *
   * `DELETE /datasets/{id}/files/{fileID}`
   */
  delete(id: string, fileID: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(datasetsFilesDeleteOperation, { id, fileID }, {}, options);
  }
}

/** Parameters of `client.datasets.list`. */
export type DatasetsListParams = {
  /**
   * REWRITE: The number of Datasets to return per page, ranging between 1 and 100.
   */
  limit?: number | null;
  /**
   * REWRITE: A cursor to use in pagination. `starting_after` is a Dataset ID that defines your place in the list. For example, if you make a /datasets request and receive 20 objects, ending with `dataset_abc123`, your subsequent call can include `starting_after=dataset_abc123` to fetch the next page of the list.
   */
  starting_after?: string | null;
  /**
   * REWRITE: A cursor to use in pagination. `ending_before` is a Dataset ID that defines your place in the list. For example, if you make a /datasets request and receive 20 objects, starting with `dataset_abc123`, your subsequent call can include `ending_before=dataset_abc123` to fetch the previous page of the list.
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
   * REWRITE: The number of files to return per page, ranging between 1 and 100.
   */
  limit?: number | null;
  /**
   * REWRITE: A cursor to use in pagination. `starting_after` is a file ID that defines your place in the list. For example, if you make a dataset files request and receive 20 objects, ending with `file_abc123`, your subsequent call can include `starting_after=file_abc123` to fetch the next page of the list.
   */
  starting_after?: string | null;
  /**
   * REWRITE: A cursor to use in pagination. `ending_before` is a file ID that defines your place in the list. For example, if you make a dataset files request and receive 20 objects, starting with `file_abc123`, your subsequent call can include `ending_before=file_abc123` to fetch the previous page of the list.
   */
  ending_before?: string | null;
};

/** Parameters of `client.datasets.files.upload`. */
export type DatasetsFilesUploadParams = {
  /** Format: binary */
  file?: Uploadable;
  /** @description REWRITE: Purpose of the file (e.g., fine_tune) */
  purpose?: string;
};
