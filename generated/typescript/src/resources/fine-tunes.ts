// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type {
  CreateFineTuneRequest,
  FineTune,
  PaginatedFineTunes,
  PaginatedVoices,
  Voice,
} from '../models.js';

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
 * REWRITE
 */
export class FineTunes extends APIResource {
  /**
   * REWRITE: Paginated list of all fine-tunes for the authenticated user
   *
   * `GET /fine-tunes/`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: FineTunesListParams = {}, options?: RequestOptions): PagePromise<FineTune> {
    return this._client.requestPage<FineTune>(fineTunesListOperation, {}, params, options);
  }

  /**
   * REWRITE: Create a new fine-tune
   *
   * `POST /fine-tunes/`
   */
  create(params: FineTunesCreateParams, options?: RequestOptions): APIPromise<FineTune> {
    return this._client.request<FineTune>(fineTunesCreateOperation, {}, params, options);
  }

  /**
   * REWRITE: Retrieve a specific fine-tune by ID
   *
   * `GET /fine-tunes/{id}`
   */
  get(id: string, options?: RequestOptions): APIPromise<FineTune> {
    return this._client.request<FineTune>(fineTunesGetOperation, { id }, {}, options);
  }

  /**
   * REWRITE: Delete a fine-tune
   *
   * `DELETE /fine-tunes/{id}`
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(fineTunesDeleteOperation, { id }, {}, options);
  }

  /**
   * REWRITE: List all voices created from a fine-tune
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
    return this._client.requestPage<Voice>(fineTunesListVoicesOperation, { id }, params, options);
  }
}

/** Parameters of `client.fineTunes.list`. */
export type FineTunesListParams = {
  /**
   * REWRITE: The number of fine-tunes to return per page, ranging between 1 and 100.
   */
  limit?: number | null;
  /**
   * REWRITE: A cursor to use in pagination. `starting_after` is a fine-tune ID that defines your place in the list. For example, if you make a /fine-tunes request and receive 20 objects, ending with `fine_tune_abc123`, your subsequent call can include `starting_after=fine_tune_abc123` to fetch the next page of the list.
   */
  starting_after?: string | null;
  /**
   * REWRITE: A cursor to use in pagination. `ending_before` is a fine-tune ID that defines your place in the list. For example, if you make a /fine-tunes request and receive 20 objects, starting with `fine_tune_abc123`, your subsequent call can include `ending_before=fine_tune_abc123` to fetch the previous page of the list.
   */
  ending_before?: string | null;
};

/** Parameters of `client.fineTunes.create`. */
export type FineTunesCreateParams = CreateFineTuneRequest;

/** Parameters of `client.fineTunes.listVoices`. */
export type FineTunesListVoicesParams = {
  /**
   * REWRITE: The number of voices to return per page, ranging between 1 and 100.
   */
  limit?: number | null;
  /**
   * REWRITE: A cursor to use in pagination. `starting_after` is a voice ID that defines your place in the list. For example, if you make a fine-tune voices request and receive 20 objects, ending with `voice_abc123`, your subsequent call can include `starting_after=voice_abc123` to fetch the next page of the list.
   */
  starting_after?: string | null;
  /**
   * REWRITE: A cursor to use in pagination. `ending_before` is a voice ID that defines your place in the list. For example, if you make a fine-tune voices request and receive 20 objects, starting with `voice_abc123`, your subsequent call can include `ending_before=voice_abc123` to fetch the previous page of the list.
   */
  ending_before?: string | null;
};
