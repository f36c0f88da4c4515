// Generated from spec.yaml (Schema Keyword Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { notesCreateOperation } from '../descriptors.js';
import type { Note, NotesCreateParams } from '../models.js';

export class Notes extends APIResource {
  /**
   * `POST /notes`
   */
  create(params: NotesCreateParams, options?: RequestOptions): APIPromise<Note> {
    return this._client._request<Note>(notesCreateOperation, {}, params, options);
  }
}
