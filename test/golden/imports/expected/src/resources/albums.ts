// Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { RequestOptions } from '../core/types.js';
import { albumsCoverOperation, albumsCreateOperation, albumsNotesOperation } from '../descriptors.js';
import type { Album, AlbumId, AlbumsCreateParams } from '../models.js';

export class Albums extends APIResource {
  /**
   * `POST /albums`
   */
  create(params: AlbumsCreateParams, options?: RequestOptions): APIPromise<WithRequired<Album, 'id'>> {
    return this._client._request<WithRequired<Album, 'id'>>(albumsCreateOperation, {}, params, options);
  }

  /**
   * `GET /albums/{albumId}/cover`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  cover(albumId: AlbumId, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client._request<BinaryResponse>(albumsCoverOperation, { albumId }, {}, options);
  }

  /**
   * `GET /albums/{albumId}/notes`
   */
  notes(albumId: AlbumId, options?: RequestOptions): APIPromise<string> {
    return this._client._request<string>(albumsNotesOperation, { albumId }, {}, options);
  }
}

type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};
