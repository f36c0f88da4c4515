// Generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Note } from '../models.js';

const notesCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/notes',
  body: { encoding: 'json', contentType: 'application/json', merged: false, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Notes extends APIResource {
  /**
   * `POST /notes`
   */
  create(params: NotesCreateParams, options?: RequestOptions): APIPromise<Note> {
    return this._client._request<Note>(notesCreateOperation, {}, params, options);
  }
}

/** Parameters of `client.notes.create`. */
export type NotesCreateParams = {
  body: Note;
};
