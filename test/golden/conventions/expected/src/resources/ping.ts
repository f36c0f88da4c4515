// Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { pingPingOperation } from '../descriptors.js';

export class Ping extends APIResource {
  /**
   * A method on the client itself.
   *
   * `GET /ping`
   */
  ping(options?: RequestOptions): APIPromise<{
    ok?: boolean;
  }> {
    return this._client._request<{
      ok?: boolean;
    }>(pingPingOperation, {}, {}, options);
  }
}
