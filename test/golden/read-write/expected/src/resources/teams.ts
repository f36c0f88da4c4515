// Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { Team, TeamInput } from '../models.js';

const teamsCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/teams',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Teams extends APIResource {
  /**
   * `POST /teams`
   */
  create(params: TeamsCreateParams, options?: RequestOptions): APIPromise<Team> {
    return this._client._request<Team>(teamsCreateOperation, {}, params, options);
  }
}

/** Parameters of `client.teams.create`. */
export type TeamsCreateParams = TeamInput;
