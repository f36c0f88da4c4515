// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Uploadable } from '../core/uploads.js';
import type {
  GenderPresentation,
  GetVoicesResponse,
  LocalizeVoiceRequest,
  SupportedLanguage,
  UpdateVoiceRequest,
  Voice,
  VoiceExpandOptions,
  VoiceId,
  VoiceMetadata,
} from '../models.js';

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
const voicesLocalizeOperation: OperationSpec = {
  method: 'POST',
  path: '/voices/localize',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [['APIKeyAuth']],
};

/**
 * REWRITE
 */
export class Voices extends APIResource {
  /**
   * List Voices
   *
   * `GET /voices`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: VoicesListParams = {}, options?: RequestOptions): PagePromise<Voice> {
    return this._client.requestPage<Voice>(voicesListOperation, {}, params, options);
  }

  /**
   * Clone Voice
   *
   * REWRITE: Clone a high similarity voice from an audio clip. Clones are more similar to the source clip, but may reproduce background noise. For these, use an audio clip about 5 seconds long.
   *
   * `POST /voices/clone`
   */
  clone(params: VoicesCloneParams, options?: RequestOptions): APIPromise<VoiceMetadata> {
    return this._client.request<VoiceMetadata>(voicesCloneOperation, {}, params, options);
  }

  /**
   * Get Voice
   *
   * `GET /voices/{id}`
   */
  get(id: VoiceId, params: VoicesGetParams = {}, options?: RequestOptions): APIPromise<Voice> {
    return this._client.request<Voice>(voicesGetOperation, { id }, params, options);
  }

  /**
   * Delete Voice
   *
   * `DELETE /voices/{id}`
   */
  delete(id: VoiceId, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(voicesDeleteOperation, { id }, {}, options);
  }

  /**
   * Update Voice
   *
   * REWRITE: Update the name, description, and gender of a voice. To set the gender back to the default, set the gender to `null`. If gender is not specified, the gender will not be updated.
   *
   * `PATCH /voices/{id}`
   */
  update(id: VoiceId, params: VoicesUpdateParams = {}, options?: RequestOptions): APIPromise<Voice> {
    return this._client.request<Voice>(voicesUpdateOperation, { id }, params, options);
  }

  /**
   * Localize Voice
   *
   * REWRITE: Create a new voice from an existing voice localized to a new language and dialect.
   *
   * `POST /voices/localize`
   */
  localize(params: VoicesLocalizeParams, options?: RequestOptions): APIPromise<VoiceMetadata> {
    return this._client.request<VoiceMetadata>(voicesLocalizeOperation, {}, params, options);
  }
}

/** Parameters of `client.voices.list`. */
export type VoicesListParams = {
  /**
   * REWRITE: The number of Voices to return per page, ranging between 1 and 100.
   */
  limit?: number | null;
  /**
   * REWRITE: A cursor to use in pagination. `starting_after` is a Voice ID that defines your place in the list. For example, if you make a /voices request and receive 100 objects, ending with `voice_abc123`, your subsequent call can include `starting_after=voice_abc123` to fetch the next page of the list.
   */
  starting_after?: string | null;
  /**
   * REWRITE: A cursor to use in pagination. `ending_before` is a Voice ID that defines your place in the list. For example, if you make a /voices request and receive 100 objects, starting with `voice_abc123`, your subsequent call can include `ending_before=voice_abc123` to fetch the previous page of the list.
   */
  ending_before?: string | null;
  /**
   * REWRITE: Query string to search for voices by name, description, or Voice ID.
   */
  q?: string | null;
  /**
   * REWRITE: Whether to only return voices owned your organization.
   */
  is_owner?: boolean | null;
  /**
   * REWRITE: The gender presentation of the voices to return.
   */
  gender?: GenderPresentation | null;
  /**
   * REWRITE: Filter voices by a language or language-locale pair such as `en` or `en-GB`. A language-locale pair returns voices for that specific locale; a language alone returns all accents for that language. Both `-` and `_` separators are accepted.
   */
  language?: string | null;
  /**
   * REWRITE: Additional fields to include in the response.
   */
  'expand[]'?: VoiceExpandOptions[] | null;
};

/** Parameters of `client.voices.clone`. */
export type VoicesCloneParams = {
  /** Format: binary */
  clip: Uploadable;
  /** @description REWRITE: The name of the voice. */
  name: string;
  /** @description REWRITE: A description for the voice. */
  description?: string | null;
  /** @description REWRITE: The language of the voice. */
  language: SupportedLanguage;
  /** @description REWRITE: Optional base voice ID that the cloned voice is derived from. */
  base_voice_id?: VoiceId | null;
};

/** Parameters of `client.voices.get`. */
export type VoicesGetParams = {
  /**
   * REWRITE: Additional fields to include in the response.
   */
  'expand[]'?: VoiceExpandOptions[] | null;
};

/** Parameters of `client.voices.update`. */
export type VoicesUpdateParams = UpdateVoiceRequest;

/** Parameters of `client.voices.localize`. */
export type VoicesLocalizeParams = LocalizeVoiceRequest;
