// Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/types.js';
import { usersListOperation } from '../descriptors.js';
import type { User, UsersListParams } from '../models.js';

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
