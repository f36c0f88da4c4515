// Generated from spec.yaml (Path Parameter Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { thingsGetOperation, thingsGetPartOperation } from '../descriptors.js';
import type { PartId, Thing } from '../models.js';

export class Things extends APIResource {
  /**
   * Get a thing; `thingId` is not declared.
   *
   * `GET /things/{thingId}`
   */
  get(thingId: string, options?: RequestOptions): APIPromise<Thing> {
    return this._client._request<Thing>(thingsGetOperation, { thingId }, {}, options);
  }

  /**
   * Get a part; only `partId` is declared.
   *
   * `GET /things/{thingId}/parts/{partId}`
   */
  getPart(thingId: string, partId: PartId, options?: RequestOptions): APIPromise<Thing> {
    return this._client._request<Thing>(thingsGetPartOperation, { thingId, partId }, {}, options);
  }
}
