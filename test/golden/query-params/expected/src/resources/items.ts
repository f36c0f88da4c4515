// Generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Item } from '../models.js';

const itemsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/stores/{storeId}/items/{itemId}',
  headers: [{ name: 'X-Trace-Id' }],
  cookies: [{ name: 'session' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};
const itemsSearchOperation: OperationSpec = {
  method: 'GET',
  path: '/items',
  query: [
    { name: 'q' },
    { name: 'limit' },
    { name: 'in_stock' },
    { name: 'tags' },
    { name: 'ids', explode: false },
    { name: 'expand[]' },
    { name: 'sort' },
    { name: 'filter', style: 'deepObject', explode: true },
    { name: 'since' },
  ],
  headers: [{ name: 'Api-Version', fixed: '2024-01-01' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

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

/** Parameters of `client.items.get`. */
export type ItemsGetParams = {
  /**
   * Correlates logs.
   */
  'X-Trace-Id'?: string;
  session?: string;
};

/** Parameters of `client.items.search`. */
export type ItemsSearchParams = {
  /**
   * Free text.
   */
  q: string;
  /**
   * @default 20
   */
  limit?: number;
  in_stock?: boolean;
  /**
   * Any of these tags.
   */
  tags?: string[];
  ids?: number[];
  'expand[]'?: ('price' | 'stock')[];
  sort?: 'asc' | 'desc';
  filter?: {
    color?: string;
    size?: number;
  };
  since?: string;
  'Api-Version'?: '2024-01-01';
};
