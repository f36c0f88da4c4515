// Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { User } from '../models.js';

const usersListOperation: OperationSpec = {
  method: 'GET',
  path: '/users',
  query: [{ name: 'limit' }, { name: 'after' }, { name: 'before' }, { name: 'role' }],
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};

export class Users extends APIResource {
  /**
   * `GET /users`
   *
   * Await it for one page, or iterate it with `for await` for every item across pages.
   */
  list(params: UsersListParams = {}, options?: RequestOptions): PagePromise<User> {
    return this._client._requestPage<User>(usersListOperation, {}, params, options);
  }
}

/** Parameters of `client.users.list`. */
export type UsersListParams = {
  limit?: number;
  after?: string;
  before?: string;
  role?: string;
};
