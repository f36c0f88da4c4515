// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type {
  CreatePronunciationDictRequest,
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
 * Manage pronunciation dictionaries that map text to custom pronunciations during speech generation.
 */
export class PronunciationDicts extends APIResource {
  /**
   * Lists the authenticated user's pronunciation dictionaries, a page at a time.
   *
   * `GET /pronunciation-dicts/`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: PronunciationDictsListParams = {}, options?: RequestOptions): PagePromise<PronunciationDict> {
    return this._client._requestPage<PronunciationDict>(pronunciationDictsListOperation, {}, params, options);
  }

  /**
   * Creates a pronunciation dictionary.
   *
   * `POST /pronunciation-dicts/`
   */
  create(params: PronunciationDictsCreateParams, options?: RequestOptions): APIPromise<PronunciationDict> {
    return this._client._request<PronunciationDict>(pronunciationDictsCreateOperation, {}, params, options);
  }

  /**
   * Fetches one pronunciation dictionary by ID.
   *
   * `GET /pronunciation-dicts/{id}`
   */
  get(id: string, options?: RequestOptions): APIPromise<PronunciationDict> {
    return this._client._request<PronunciationDict>(pronunciationDictsGetOperation, { id }, {}, options);
  }

  /**
   * Deletes a pronunciation dictionary.
   *
   * `DELETE /pronunciation-dicts/{id}`
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(pronunciationDictsDeleteOperation, { id }, {}, options);
  }

  /**
   * Modifies the name or entries of a pronunciation dictionary.
   *
   * `PATCH /pronunciation-dicts/{id}`
   */
  update(
    id: string,
    params: PronunciationDictsUpdateParams = {},
    options?: RequestOptions,
  ): APIPromise<PronunciationDict> {
    return this._client._request<PronunciationDict>(
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
   * Page size: how many dictionaries to return, from 1 to 100.
   */
  limit?: number | null;
  /**
   * Pagination cursor: a dictionary ID to continue after. If a page of 20 ends with `dict_abc123`, pass `starting_after=dict_abc123` to get the following page.
   */
  starting_after?: string | null;
  /**
   * Pagination cursor: a dictionary ID to stop before. If a page of 20 begins with `dict_abc123`, pass `ending_before=dict_abc123` to get the preceding page.
   */
  ending_before?: string | null;
};

/** Parameters of `client.pronunciationDicts.create`. */
export type PronunciationDictsCreateParams = CreatePronunciationDictRequest;

/** Parameters of `client.pronunciationDicts.update`. */
export type PronunciationDictsUpdateParams = UpdatePronunciationDictRequest;
