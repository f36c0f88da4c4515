// Generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { notesCreateOperation, notesReplaceOperation, notesUpdateOperation } from '../descriptors.js';
import type { NotesCreateParams, NotesReplaceParams, NotesUpdateParams } from '../models.js';

export class Notes extends APIResource {
  /**
   * `POST /notes`
   */
  create(params: NotesCreateParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(notesCreateOperation, {}, params, options);
  }

  /**
   * `PUT /notes/{id}`
   */
  replace(id: string, params: NotesReplaceParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(notesReplaceOperation, { id }, params, options);
  }

  /**
   * `PATCH /notes/{id}`
   */
  update(id: string, params: NotesUpdateParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(notesUpdateOperation, { id }, params, options);
  }
}
