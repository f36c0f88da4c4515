// Generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Settings } from '../models.js';

const settingsGetOperation: OperationSpec = {
  method: 'GET',
  path: '/settings',
  query: [{ name: 'verbose' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Settings2 extends APIResource {
  /**
   * `GET /settings`
   */
  get(params: SettingsGetParams = {}, options?: RequestOptions): APIPromise<Settings> {
    return this._client._request<Settings>(settingsGetOperation, {}, params, options);
  }
}

/** Parameters of `client.settings.get`. */
export type SettingsGetParams = {
  verbose?: boolean;
};
