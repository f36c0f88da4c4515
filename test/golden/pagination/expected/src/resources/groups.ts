// Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { groupsListOperation } from '../descriptors.js';

export class Groups extends APIResource {
  /**
   * Not paginated (no cursor parameter), so it returns the plain body.
   *
   * `GET /groups`
   */
  list(options?: RequestOptions): APIPromise<{
    items?: string[];
  }> {
    return this._client._request<{
      items?: string[];
    }>(groupsListOperation, {}, {}, options);
  }
}
