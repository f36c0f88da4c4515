// Generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { SpeakRequest, Speech } from '../models.js';

const speechCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/speak',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Speech2 extends APIResource {
  /**
   * `POST /speak`
   */
  create(params: SpeechCreateParams, options?: RequestOptions): APIPromise<Speech> {
    return this._client._request<Speech>(speechCreateOperation, {}, params, options);
  }
}

/** Parameters of `client.speech.create`. */
export type SpeechCreateParams = SpeakRequest;
