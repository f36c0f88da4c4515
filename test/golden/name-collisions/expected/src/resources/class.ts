// Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/types.js';
import {
  classGetClassDefaultDefaultOperation,
  classListOperation2,
  classListOperation3,
} from '../descriptors.js';
import type { ErrorModel, PageModel } from '../models.js';

export class Class extends APIResource {
  /**
   * Path params that are reserved words and differ only in case.
   *
   * `GET /class/{default}/{Default}`
   */
  getClassDefaultDefault(
    default_: string,
    default_2: string,
    options?: RequestOptions,
  ): APIPromise<ErrorModel> {
    return this._client._request<ErrorModel>(
      classGetClassDefaultDefaultOperation,
      { default: default_, Default: default_2 },
      {},
      options,
    );
  }

  /**
   * `GET /class`
   */
  list(options?: RequestOptions): APIPromise<PageModel> {
    return this._client._request<PageModel>(classListOperation2, {}, {}, options);
  }

  /**
   * Same method name as the GET after the tag prefix is dropped.
   *
   * `POST /class`
   */
  list2(options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(classListOperation3, {}, {}, options);
  }
}
