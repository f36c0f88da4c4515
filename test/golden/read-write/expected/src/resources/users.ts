// Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { usersCreateOperation, usersListOperation } from '../descriptors.js';
import type { User, UsersCreateParams } from '../models.js';

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
