// Generated from spec.yaml (Data Refs API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const thingsListOperation: OperationSpec = {
    method: "GET",
    path: "/things",
    response: { kind: "json", accept: "application/json" },
    security: []
};
