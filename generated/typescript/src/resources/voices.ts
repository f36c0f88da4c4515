// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/types.js';
import {
  voicesAddAccentsOperation,
  voicesCloneOperation,
  voicesDeleteAccentOperation,
  voicesDeleteOperation,
  voicesGetOperation,
  voicesListAccentsOperation,
  voicesListOperation,
  voicesLocalizeOperation,
  voicesUpdateOperation,
} from '../descriptors.js';
import type {
  ListAccentsResponse,
  Voice,
  VoiceId,
  VoiceMetadata,
  VoicesAddAccentsParams,
  VoicesCloneParams,
  VoicesGetParams,
  VoicesListParams,
  VoicesLocalizeParams,
  VoicesUpdateParams,
} from '../models.js';

/**
 * Browse, clone, localize, update and delete the voices used for generation.
 */
export class Voices extends APIResource {
  /**
   * List Accents
   *
   * Returns the catalog of supported accents. An entry's `id` is the value to use for a voice's `accent` and for the `accent` of `POST /voices/localize`; `is_localizable` says whether localize can target it.
   *
   * `GET /accents`
   */
  listAccents(options?: RequestOptions): APIPromise<ListAccentsResponse> {
    return this._client._request<ListAccentsResponse>(voicesListAccentsOperation, {}, {}, options);
  }

  /**
   * List Voices
   *
   * `GET /voices`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: VoicesListParams = {}, options?: RequestOptions): PagePromise<Voice> {
    return this._client._requestPage<Voice>(voicesListOperation, {}, params, options);
  }

  /**
   * Clone Voice
   *
   * Creates a high-similarity clone of the voice in an audio clip. Such clones track the source closely and can also pick up its background noise; a clip of roughly 5 seconds works best.
   *
   * `POST /voices/clone`
   */
  clone(params: VoicesCloneParams, options?: RequestOptions): APIPromise<VoiceMetadata> {
    return this._client._request<VoiceMetadata>(voicesCloneOperation, {}, params, options);
  }

  /**
   * Get Voice
   *
   * `GET /voices/{id}`
   */
  get(id: VoiceId, params: VoicesGetParams = {}, options?: RequestOptions): APIPromise<Voice> {
    return this._client._request<Voice>(voicesGetOperation, { id }, params, options);
  }

  /**
   * Delete Voice
   *
   * `DELETE /voices/{id}`
   */
  delete(id: VoiceId, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(voicesDeleteOperation, { id }, {}, options);
  }

  /**
   * Update Voice
   *
   * Changes the name, description, gender and accent of a voice. Omit `gender` or `accent` to leave it as is, or send `null` to reset it to the default.
   *
   * `PATCH /voices/{id}`
   */
  update(id: VoiceId, params: VoicesUpdateParams = {}, options?: RequestOptions): APIPromise<Voice> {
    return this._client._request<Voice>(voicesUpdateOperation, { id }, params, options);
  }

  /**
   * Add Voice Accents
   *
   * Adds accents to an instant voice clone you own, so that one voice ID speaks several accents natively. A voice speaks at most 10 accents, its native one included.
   *
   * `PATCH /voices/{id}/accents`
   */
  addAccents(id: VoiceId, params: VoicesAddAccentsParams, options?: RequestOptions): APIPromise<Voice> {
    return this._client._request<Voice>(voicesAddAccentsOperation, { id }, params, options);
  }

  /**
   * Delete Voice Accent
   *
   * Removes an accent from an instant voice clone you own.
   *
   * `DELETE /voices/{id}/accents/{accent_id}`
   */
  deleteAccent(id: VoiceId, accentId: string, options?: RequestOptions): APIPromise<Voice> {
    return this._client._request<Voice>(
      voicesDeleteAccentOperation,
      { id, accent_id: accentId },
      {},
      options,
    );
  }

  /**
   * Localize Voice
   *
   * Takes an existing voice and produces a new one that speaks another language and dialect, chosen by `accent` (a catalog id from `GET /accents` whose `is_localizable` is true).
   *
   * `POST /voices/localize`
   */
  localize(params: VoicesLocalizeParams, options?: RequestOptions): APIPromise<VoiceMetadata> {
    return this._client._request<VoiceMetadata>(voicesLocalizeOperation, {}, params, options);
  }
}
