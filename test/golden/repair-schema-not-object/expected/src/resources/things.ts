// Generated from spec.yaml (Schema Not Object Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { thingsCreateOperation, thingsListOperation } from '../descriptors.js';
import type { Thing, ThingsCreateParams } from '../models.js';

export class Things extends APIResource {
  /**
   * `GET /things`
   */
  list(options?: RequestOptions): APIPromise<Thing> {
    return this._client._request<Thing>(thingsListOperation, {}, {}, options);
  }

  /**
   * `POST /things`
   */
  create(params: ThingsCreateParams, options?: RequestOptions): APIPromise<unknown> {
    return this._client._request<unknown>(thingsCreateOperation, {}, params, options);
  }
}
