// Generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { itemsGetOperation, itemsSearchOperation } from '../descriptors.js';
import type { Item, ItemsGetParams, ItemsSearchParams } from '../models.js';

export class Items extends APIResource {
  /**
   * Get one item of a store.
   *
   * `GET /stores/{storeId}/items/{itemId}`
   */
  get(
    storeId: string,
    itemId: number,
    params: ItemsGetParams = {},
    options?: RequestOptions,
  ): APIPromise<Item> {
    return this._client._request<Item>(itemsGetOperation, { storeId, itemId }, params, options);
  }

  /**
   * Search items.
   *
   * `GET /items`
   */
  search(params: ItemsSearchParams, options?: RequestOptions): APIPromise<Item[]> {
    return this._client._request<Item[]>(itemsSearchOperation, {}, params, options);
  }
}
