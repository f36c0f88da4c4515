// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { CreateFineTuneRequest, FineTune, Voice } from '../models.js';

const fineTunesListOperation: OperationSpec = {
  method: 'GET',
  path: '/fine-tunes/',
  query: [{ name: 'limit' }, { name: 'starting_after' }, { name: 'ending_before' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const fineTunesCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/fine-tunes/',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const fineTunesGetOperation: OperationSpec = {
  method: 'GET',
  path: '/fine-tunes/{id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const fineTunesDeleteOperation: OperationSpec = {
  method: 'DELETE',
  path: '/fine-tunes/{id}',
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const fineTunesListVoicesOperation: OperationSpec = {
  method: 'GET',
  path: '/fine-tunes/{id}/voices',
  query: [{ name: 'limit' }, { name: 'starting_after' }, { name: 'ending_before' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};

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

/** Parameters of `client.fineTunes.list`. */
export type FineTunesListParams = {
  /**
   * Page size: how many fine-tunes to return, from 1 to 100.
   */
  limit?: number | null;
  /**
   * Pagination cursor: a fine-tune ID to continue after. If a page of 20 ends with `fine_tune_abc123`, pass `starting_after=fine_tune_abc123` to get the following page.
   */
  starting_after?: string | null;
  /**
   * Pagination cursor: a fine-tune ID to stop before. If a page of 20 begins with `fine_tune_abc123`, pass `ending_before=fine_tune_abc123` to get the preceding page.
   */
  ending_before?: string | null;
};

/** Parameters of `client.fineTunes.create`. */
export type FineTunesCreateParams = CreateFineTuneRequest;

/** Parameters of `client.fineTunes.listVoices`. */
export type FineTunesListVoicesParams = {
  /**
   * Page size: how many voices to return, from 1 to 100.
   */
  limit?: number | null;
  /**
   * Pagination cursor: a voice ID to continue after. If a page of 20 ends with `voice_abc123`, pass `starting_after=voice_abc123` to get the following page.
   */
  starting_after?: string | null;
  /**
   * Pagination cursor: a voice ID to stop before. If a page of 20 begins with `voice_abc123`, pass `ending_before=voice_abc123` to get the preceding page.
   */
  ending_before?: string | null;
};
