// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { tostringToStringOperation } from '../descriptors.js';
import type { TostringToStringParams } from '../models.js';

export class Tostring extends APIResource {
  /**
   * `GET /tostring`
   */
  toString_(
    params: TostringToStringParams = {} as TostringToStringParams,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this._client._request<void>(tostringToStringOperation, {}, params, options);
  }
}
