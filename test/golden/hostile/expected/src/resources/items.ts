// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { itemsConstructorOperation } from '../descriptors.js';
import type { Class, ItemsConstructorParams } from '../models.js';

export class Items extends APIResource {
  /**
   * Get *\/ globalThis.pwned = 3; /* an item
   *
   * Backticks ` and ${interpolation} and </script><script>alert(1)</script> and \ backslashes \u0041.
   *
   * `GET /items/{id}`
   */
  constructor_(id: string, params: ItemsConstructorParams = {}, options?: RequestOptions): APIPromise<Class> {
    return this._client._request<Class>(itemsConstructorOperation, { id }, params, options);
  }
}
