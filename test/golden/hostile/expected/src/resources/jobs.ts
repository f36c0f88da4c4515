// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { jobsThenOperation } from '../descriptors.js';

export class Jobs extends APIResource {
  /**
   * So would a resource method named `then`.
   *
   * `POST /jobs/then`
   */
  then2(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(jobsThenOperation, {}, {}, options);
  }
}
