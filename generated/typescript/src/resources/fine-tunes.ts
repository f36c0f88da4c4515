// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/types.js';
import {
  fineTunesCreateOperation,
  fineTunesDeleteOperation,
  fineTunesGetOperation,
  fineTunesListOperation,
  fineTunesListVoicesOperation,
} from '../descriptors.js';
import type {
  FineTune,
  FineTunesCreateParams,
  FineTunesListParams,
  FineTunesListVoicesParams,
  Voice,
} from '../models.js';

/**
 * Create and manage fine-tunes and list the voices produced from them.
 */
export class FineTunes extends APIResource {
  /**
   * Lists the authenticated user's fine-tunes, a page at a time.
   *
   * `GET /fine-tunes/`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: FineTunesListParams = {}, options?: RequestOptions): PagePromise<FineTune> {
    return this._client._requestPage<FineTune>(fineTunesListOperation, {}, params, options);
  }

  /**
   * Creates a fine-tune.
   *
   * `POST /fine-tunes/`
   */
  create(params: FineTunesCreateParams, options?: RequestOptions): APIPromise<FineTune> {
    return this._client._request<FineTune>(fineTunesCreateOperation, {}, params, options);
  }

  /**
   * Fetches one fine-tune by ID.
   *
   * `GET /fine-tunes/{id}`
   */
  get(id: string, options?: RequestOptions): APIPromise<FineTune> {
    return this._client._request<FineTune>(fineTunesGetOperation, { id }, {}, options);
  }

  /**
   * Deletes a fine-tune.
   *
   * `DELETE /fine-tunes/{id}`
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(fineTunesDeleteOperation, { id }, {}, options);
  }

  /**
   * Lists the voices produced by a fine-tune.
   *
   * `GET /fine-tunes/{id}/voices`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  listVoices(
    id: string,
    params: FineTunesListVoicesParams = {},
    options?: RequestOptions,
  ): PagePromise<Voice> {
    return this._client._requestPage<Voice>(fineTunesListVoicesOperation, { id }, params, options);
  }
}
