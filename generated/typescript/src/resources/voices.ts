// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type {
  AddVoiceAccentsRequest,
  GenderPresentation,
  ListAccentsResponse,
  LocalizeVoiceRequest,
  SupportedLanguage,
  UpdateVoiceRequest,
  Voice,
  VoiceAccent,
  VoiceExpandOptions,
  VoiceId,
  VoiceMetadata,
} from '../models.js';

const voicesListAccentsOperation: OperationSpec = {
  method: 'GET',
  path: '/accents',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const voicesListOperation: OperationSpec = {
  method: 'GET',
  path: '/voices',
  query: [
    { name: 'limit' },
    { name: 'starting_after' },
    { name: 'ending_before' },
    { name: 'q' },
    { name: 'is_owner' },
    { name: 'gender' },
    { name: 'language' },
    { name: 'expand[]' },
  ],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const voicesCloneOperation: OperationSpec = {
  method: 'POST',
  path: '/voices/clone',
  body: { encoding: 'multipart', contentType: 'multipart/form-data', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const voicesGetOperation: OperationSpec = {
  method: 'GET',
  path: '/voices/{id}',
  query: [{ name: 'expand[]' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const voicesDeleteOperation: OperationSpec = {
  method: 'DELETE',
  path: '/voices/{id}',
  response: { kind: 'none' },
  security: [['APIKeyAuth']],
};
const voicesUpdateOperation: OperationSpec = {
  method: 'PATCH',
  path: '/voices/{id}',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const voicesAddAccentsOperation: OperationSpec = {
  method: 'PATCH',
  path: '/voices/{id}/accents',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const voicesDeleteAccentOperation: OperationSpec = {
  method: 'DELETE',
  path: '/voices/{id}/accents/{accent_id}',
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};
const voicesLocalizeOperation: OperationSpec = {
  method: 'POST',
  path: '/voices/localize',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};

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

/** Parameters of `client.voices.list`. */
export type VoicesListParams = {
  /**
   * Page size: how many voices to return, from 1 to 100.
   */
  limit?: number | null;
  /**
   * Pagination cursor: a voice ID to continue after. If a page of 100 ends with `voice_abc123`, pass `starting_after=voice_abc123` to get the following page.
   */
  starting_after?: string | null;
  /**
   * Pagination cursor: a voice ID to stop before. If a page of 100 begins with `voice_abc123`, pass `ending_before=voice_abc123` to get the preceding page.
   */
  ending_before?: string | null;
  /**
   * Search text matched against voice names, descriptions and IDs.
   */
  q?: string | null;
  /**
   * Set to return only voices that belong to your organization.
   */
  is_owner?: boolean | null;
  /**
   * Only return voices with this gender presentation.
   */
  gender?: GenderPresentation | null;
  /**
   * Restricts results to a language (`en`) or a language-locale pair (`en-GB`). A pair matches that locale only, while a bare language matches every accent of it. `-` and `_` both work as separators.
   */
  language?: string | null;
  /**
   * Extra fields to add to the response.
   */
  'expand[]'?: VoiceExpandOptions[] | null;
};

/** Parameters of `client.voices.clone`. */
export type VoicesCloneParams = {
  /** Format: binary */
  clip: Uploadable;
  /** @description Name of the voice. */
  name: string;
  /** @description Description to store with the voice. */
  description?: string | null;
  /** @description Language the voice speaks. */
  language: SupportedLanguage;
  /** @description Optional ID of a base voice from which the clone is derived. */
  base_voice_id?: VoiceId | null;
  /** @description Accent the voice speaks, as a catalog id from `GET /accents`. */
  accent?: VoiceAccent | null;
};

/** Parameters of `client.voices.get`. */
export type VoicesGetParams = {
  /**
   * Extra fields to add to the response.
   */
  'expand[]'?: VoiceExpandOptions[] | null;
};

/** Parameters of `client.voices.update`. */
export type VoicesUpdateParams = UpdateVoiceRequest;

/** Parameters of `client.voices.addAccents`. */
export type VoicesAddAccentsParams = AddVoiceAccentsRequest;

/** Parameters of `client.voices.localize`. */
export type VoicesLocalizeParams = LocalizeVoiceRequest;
