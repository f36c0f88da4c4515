// Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';

const formsSubmitOperation: OperationSpec = {
  method: 'POST',
  path: '/forms',
  body: {
    encoding: 'form',
    contentType: 'application/x-www-form-urlencoded',
    merged: true,
    required: false,
    fields: { address: { style: 'form', explode: true } },
  },
  response: { kind: 'none' },
  security: [],
};

export class Forms extends APIResource {
  /**
   * `POST /forms`
   */
  submit(params: FormsSubmitParams = {}, options?: RequestOptions): APIPromise<void> {
    return this._client._request<void>(formsSubmitOperation, {}, params, options);
  }
}

/** Parameters of `client.forms.submit`. */
export type FormsSubmitParams = {
  name?: string;
  age?: number;
  address?: {
    city?: string;
    zip?: string;
  };
};
