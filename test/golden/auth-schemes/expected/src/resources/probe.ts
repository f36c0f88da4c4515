// Generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import {
  probeBasicOperation,
  probeBothOperation,
  probeCookieKeyOperation,
  probeHeaderKeyOperation,
  probeInheritedOperation,
  probeOauthOperation,
  probeOptionalOperation,
  probePublicOperation,
  probeQueryKeyOperation,
} from '../descriptors.js';

export class Probe extends APIResource {
  /**
   * `GET /header-key`
   */
  headerKey(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probeHeaderKeyOperation, {}, {}, options);
  }

  /**
   * `GET /query-key`
   */
  queryKey(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probeQueryKeyOperation, {}, {}, options);
  }

  /**
   * `GET /cookie-key`
   */
  cookieKey(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probeCookieKeyOperation, {}, {}, options);
  }

  /**
   * `GET /basic`
   */
  basic(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probeBasicOperation, {}, {}, options);
  }

  /**
   * `GET /oauth`
   */
  oauth(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probeOauthOperation, {}, {}, options);
  }

  /**
   * `GET /both`
   */
  both(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probeBothOperation, {}, {}, options);
  }

  /**
   * `GET /public`
   */
  public(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probePublicOperation, {}, {}, options);
  }

  /**
   * `GET /optional`
   */
  optional(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probeOptionalOperation, {}, {}, options);
  }

  /**
   * `GET /default`
   */
  inherited(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(probeInheritedOperation, {}, {}, options);
  }
}
