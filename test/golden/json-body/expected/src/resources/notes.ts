// Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import {
  notesCreateOperation,
  notesSearchOperation,
  notesSetLabelsOperation,
  notesUpdateOperation,
} from '../descriptors.js';
import type {
  Note,
  NotesCreateParams,
  NotesSearchParams,
  NotesSetLabelsParams,
  NotesUpdateParams,
} from '../models.js';

export class Notes extends APIResource {
  /**
   * Create a note.
   *
   * `POST /notes`
   */
  create(params: NotesCreateParams, options?: RequestOptions): APIPromise<Note> {
    return this._client._request<Note>(notesCreateOperation, {}, params, options);
  }

  /**
   * `PATCH /notes/{id}`
   */
  update(id: string, params: NotesUpdateParams = {}, options?: RequestOptions): APIPromise<Note> {
    return this._client._request<Note>(notesUpdateOperation, { id }, params, options);
  }

  /**
   * The body is an array, so it is passed as `body`.
   *
   * `PUT /notes/{id}/labels`
   */
  setLabels(id: string, params: NotesSetLabelsParams, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(notesSetLabelsOperation, { id }, params, options);
  }

  /**
   * A body field shares its name with a query parameter, so the body is passed as `body`.
   *
   * `POST /notes/search`
   */
  search(params: NotesSearchParams, options?: RequestOptions): APIPromise<Note[]> {
    return this._client._request<Note[]>(notesSearchOperation, {}, params, options);
  }
}
