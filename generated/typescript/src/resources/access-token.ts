// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { accessTokenCreateOperation } from '../descriptors.js';
import type { AccessTokenCreateParams, TokenResponse } from '../models.js';

/**
 * Mint short-lived access tokens that let client apps call the API without holding an API key.
 */
export class AccessToken extends APIResource {
  /**
   * Generate a New Access Token
   *
   * Issues a new short-lived access token. Authenticated client apps use it to call the API directly.
   *
   * `POST /access-token`
   */
  create(params: AccessTokenCreateParams = {}, options?: RequestOptions): APIPromise<TokenResponse> {
    return this._client._request<TokenResponse>(accessTokenCreateOperation, {}, params, options);
  }
}
