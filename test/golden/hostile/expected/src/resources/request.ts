// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { requestRequestOperation } from '../descriptors.js';

export class RequestModel extends APIResource {
  /**
   * A root-level method named like the client's own machinery.
   *
   * `GET /request`
   */
  request_(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(requestRequestOperation, {}, {}, options);
  }
}
