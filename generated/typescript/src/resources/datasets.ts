// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/types.js';
import {
  datasetsCreateOperation,
  datasetsDeleteOperation,
  datasetsFilesDeleteOperation,
  datasetsFilesListOperation,
  datasetsFilesUploadOperation,
  datasetsGetOperation,
  datasetsListOperation,
  datasetsUpdateOperation,
} from '../descriptors.js';
import type {
  Dataset,
  DatasetFile,
  DatasetsCreateParams,
  DatasetsFilesListParams,
  DatasetsFilesUploadParams,
  DatasetsListParams,
  DatasetsUpdateParams,
} from '../models.js';

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
