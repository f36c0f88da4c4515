// Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { shapesListOperation } from '../descriptors.js';
import type { Shape } from '../models.js';

export class Shapes extends APIResource {
  /**
   * `GET /shapes`
   */
  list(options?: RequestOptions): APIPromise<Shape[]> {
    return this._client._request<Shape[]>(shapesListOperation, {}, {}, options);
  }
}
