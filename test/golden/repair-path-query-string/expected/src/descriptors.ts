// Generated from spec.yaml (Query String Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const thingsRangeOperation: OperationSpec = {
    method: "GET",
    path: "/things/",
    query: [{ name: "from" }, { name: "to" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const thingsSearchOperation: OperationSpec = {
    method: "GET",
    path: "/search",
    query: [{ name: "q" }, { name: "kind", fixed: "all" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};
