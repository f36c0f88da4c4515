// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/types.js';
import {
  pronunciationDictsCreateOperation,
  pronunciationDictsDeleteOperation,
  pronunciationDictsGetOperation,
  pronunciationDictsListOperation,
  pronunciationDictsUpdateOperation,
} from '../descriptors.js';
import type {
  PronunciationDict,
  PronunciationDictsCreateParams,
  PronunciationDictsListParams,
  PronunciationDictsUpdateParams,
} from '../models.js';

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
