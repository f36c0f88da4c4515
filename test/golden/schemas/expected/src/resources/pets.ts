// Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Pet } from '../models.js';

const petsCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/pets',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Pets extends APIResource {
  /**
   * `POST /pets`
   */
  create(params: PetsCreateParams, options?: RequestOptions): APIPromise<Pet> {
    return this._client._request<Pet>(petsCreateOperation, {}, params, options);
  }
}

/** Parameters of `client.pets.create`. */
export type PetsCreateParams = Pet;
