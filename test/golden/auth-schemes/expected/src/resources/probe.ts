// Generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';

const probeHeaderKeyOperation: OperationSpec = {
  method: 'GET',
  path: '/header-key',
  response: { kind: 'none' },
  security: [['HeaderKey']],
};
const probeQueryKeyOperation: OperationSpec = {
  method: 'GET',
  path: '/query-key',
  response: { kind: 'none' },
  security: [['QueryKey']],
};
const probeCookieKeyOperation: OperationSpec = {
  method: 'GET',
  path: '/cookie-key',
  response: { kind: 'none' },
  security: [['CookieKey']],
};
const probeBasicOperation: OperationSpec = {
  method: 'GET',
  path: '/basic',
  response: { kind: 'none' },
  security: [['Basic']],
};
const probeOauthOperation: OperationSpec = {
  method: 'GET',
  path: '/oauth',
  response: { kind: 'none' },
  security: [['OAuth'], ['Oidc']],
};
const probeBothOperation: OperationSpec = {
  method: 'GET',
  path: '/both',
  response: { kind: 'none' },
  security: [['HeaderKey', 'Basic']],
};
const probePublicOperation: OperationSpec = {
  method: 'GET',
  path: '/public',
  response: { kind: 'none' },
  security: [],
};
const probeOptionalOperation: OperationSpec = {
  method: 'GET',
  path: '/optional',
  response: { kind: 'none' },
  security: [[], ['ClientToken']],
};
const probeInheritedOperation: OperationSpec = {
  method: 'GET',
  path: '/default',
  response: { kind: 'none' },
  security: [['ServerKey']],
};

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
