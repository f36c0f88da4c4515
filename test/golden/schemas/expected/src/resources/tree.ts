// Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import { treeGetOperation } from '../descriptors.js';
import type { TreeNode } from '../models.js';

export class Tree extends APIResource {
  /**
   * `GET /tree`
   */
  get(options?: RequestOptions): APIPromise<TreeNode> {
    return this._client._request<TreeNode>(treeGetOperation, {}, {}, options);
  }
}
