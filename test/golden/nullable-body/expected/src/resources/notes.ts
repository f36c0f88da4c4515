// Generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Note } from '../models.js';

const notesCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/notes',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: false },
  response: { kind: 'none' },
  security: [],
};
const notesReplaceOperation: OperationSpec = {
  method: 'PUT',
  path: '/notes/{id}',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: false },
  response: { kind: 'none' },
  security: [],
};
const notesUpdateOperation: OperationSpec = {
  method: 'PATCH',
  path: '/notes/{id}',
  query: [{ name: 'dryRun' }],
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: false },
  response: { kind: 'none' },
  security: [],
};

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

/** Parameters of `client.notes.create`. */
export type NotesCreateParams = NonNullable<{
  text?: string;
} | null>;

/** Parameters of `client.notes.replace`. */
export type NotesReplaceParams = NonNullable<Note>;

/** Parameters of `client.notes.update`. */
export type NotesUpdateParams = {
  dryRun?: boolean;
} & Note;
