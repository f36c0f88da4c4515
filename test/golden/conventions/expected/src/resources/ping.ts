// Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';

const pingPingOperation: OperationSpec = {
  method: 'GET',
  path: '/ping',
  response: { kind: 'json', accept: 'application/json' },
  security: [['Key']],
};

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
