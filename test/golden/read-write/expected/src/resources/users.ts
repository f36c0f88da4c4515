// Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { User, UserInput } from '../models.js';

const usersListOperation: OperationSpec = {
  method: 'GET',
  path: '/users',
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};
const usersCreateOperation: OperationSpec = {
  method: 'POST',
  path: '/users',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Users extends APIResource {
  /**
   * `GET /users`
   */
  list(options?: RequestOptions): APIPromise<User[]> {
    return this._client._request<User[]>(usersListOperation, {}, {}, options);
  }

  /**
   * `POST /users`
   */
  create(params: UsersCreateParams, options?: RequestOptions): APIPromise<User> {
    return this._client._request<User>(usersCreateOperation, {}, params, options);
  }
}

/** Parameters of `client.users.create`. */
export type UsersCreateParams = UserInput;
