// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type {
  CreatePronunciationDictRequest,
  PaginatedPronunciationDicts,
  PronunciationDict,
  UpdatePronunciationDictRequest,
} from '../models.js';

const pronunciationDictsListOperation: OperationSpec = {
  method: 'GET',
  path: '/pronunciation-dicts/',
  query: [{ name: 'limit' }, { name: 'starting_after' }, { name: 'ending_before' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const pronunciationDictsCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/pronunciation-dicts/',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const pronunciationDictsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/pronunciation-dicts/{id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const pronunciationDictsDeleteOperation: OperationSpec = {
  method: 'DELETE',
  path: '/pronunciation-dicts/{id}',
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const pronunciationDictsUpdateOperation: OperationSpec = {
  method: 'PATCH',
  path: '/pronunciation-dicts/{id}',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};

/**
 * REWRITE
 */
export class PronunciationDicts extends APIResource {
  /**
   * REWRITE: List all pronunciation dictionaries for the authenticated user
   *
   * `GET /pronunciation-dicts/`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: PronunciationDictsListParams = {}, options?: RequestOptions): PagePromise<PronunciationDict> {
    return this._client.requestPage<PronunciationDict>(pronunciationDictsListOperation, {}, params, options);
  }

  /**
   * REWRITE: Create a new pronunciation dictionary
   *
   * `POST /pronunciation-dicts/`
   */
  create(params: PronunciationDictsCreateParams, options?: RequestOptions): APIPromise<PronunciationDict> {
    return this._client.request<PronunciationDict>(pronunciationDictsCreateOperation, {}, params, options);
  }

  /**
   * REWRITE: Retrieve a specific pronunciation dictionary by ID
   *
   * `GET /pronunciation-dicts/{id}`
   */
  get(id: string, options?: RequestOptions): APIPromise<PronunciationDict> {
    return this._client.request<PronunciationDict>(pronunciationDictsGetOperation, { id }, {}, options);
  }

  /**
   * REWRITE: Delete a pronunciation dictionary
   *
   * `DELETE /pronunciation-dicts/{id}`
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(pronunciationDictsDeleteOperation, { id }, {}, options);
  }

  /**
   * REWRITE: Update a pronunciation dictionary
   *
   * `PATCH /pronunciation-dicts/{id}`
   */
  update(
    id: string,
    params: PronunciationDictsUpdateParams = {},
    options?: RequestOptions,
  ): APIPromise<PronunciationDict> {
    return this._client.request<PronunciationDict>(
      pronunciationDictsUpdateOperation,
      { id },
      params,
      options,
    );
  }
}

/** Parameters of `client.pronunciationDicts.list`. */
export type PronunciationDictsListParams = {
  /**
   * REWRITE: The number of dictionaries to return per page, ranging between 1 and 100.
   */
  limit?: number | null;
  /**
   * REWRITE: A cursor to use in pagination. `starting_after` is a dictionary ID that defines your place in the list. For example, if you make a request and receive 20 objects, ending with `dict_abc123`, your subsequent call can include `starting_after=dict_abc123` to fetch the next page of the list.
   */
  starting_after?: string | null;
  /**
   * REWRITE: A cursor to use in pagination. `ending_before` is a dictionary ID that defines your place in the list. For example, if you make a request and receive 20 objects, starting with `dict_abc123`, your subsequent call can include `ending_before=dict_abc123` to fetch the previous page of the list.
   */
  ending_before?: string | null;
};

/** Parameters of `client.pronunciationDicts.create`. */
export type PronunciationDictsCreateParams = CreatePronunciationDictRequest;

/** Parameters of `client.pronunciationDicts.update`. */
export type PronunciationDictsUpdateParams = UpdatePronunciationDictRequest;
