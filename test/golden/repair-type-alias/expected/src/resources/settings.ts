// Generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { settingsGetOperation } from '../descriptors.js';
import type { Settings, SettingsGetParams } from '../models.js';

export class Settings2 extends APIResource {
  /**
   * `GET /settings`
   */
  get(params: SettingsGetParams = {}, options?: RequestOptions): APIPromise<Settings> {
    return this._client._request<Settings>(settingsGetOperation, {}, params, options);
  }
}
