// Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { NewNote, Note } from '../models.js';

const notesCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/notes',
  body: { encoding: 'json', contentType: 'application/json', merged: false, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};
const notesUpdateOperation: OperationSpec = {
  method: 'PATCH',
  path: '/notes/{id}',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: false },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};
const notesSetLabelsOperation: OperationSpec = {
  method: 'PUT',
  path: '/notes/{id}/labels',
  body: { encoding: 'json', contentType: 'application/json', merged: false, required: true },
  response: { kind: 'none' },
  security: [],
};
const notesSearchOperation: OperationSpec = {
  method: 'POST',
  path: '/notes/search',
  query: [{ name: 'query' }],
  body: { encoding: 'json', contentType: 'application/json', merged: false, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

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

/** Parameters of `client.notes.create`. */
export type NotesCreateParams = {
  body: NewNote;
};

/** Parameters of `client.notes.update`. */
export type NotesUpdateParams = {
  title?: string;
  /** @default false */
  pinned?: boolean;
};

/** Parameters of `client.notes.setLabels`. */
export type NotesSetLabelsParams = {
  body: string[];
};

/** Parameters of `client.notes.search`. */
export type NotesSearchParams = {
  query?: string;
  body: {
    query: string;
  };
};
