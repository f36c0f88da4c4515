// Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { teamsCreateOperation } from '../descriptors.js';
import type { Team, TeamsCreateParams } from '../models.js';

export class Teams extends APIResource {
  /**
   * `POST /teams`
   */
  create(params: TeamsCreateParams, options?: RequestOptions): APIPromise<Team> {
    return this._client._request<Team>(teamsCreateOperation, {}, params, options);
  }
}
