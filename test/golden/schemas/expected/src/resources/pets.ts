// Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { petsCreateOperation } from '../descriptors.js';
import type { Pet, PetsCreateParams } from '../models.js';

export class Pets extends APIResource {
  /**
   * `POST /pets`
   */
  create(params: PetsCreateParams, options?: RequestOptions): APIPromise<Pet> {
    return this._client._request<Pet>(petsCreateOperation, {}, params, options);
  }
}
