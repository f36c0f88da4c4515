// Generated from spec.yaml (Shadowing API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const countsGetOperation: OperationSpec = {
    method: "GET",
    path: "/counts",
    query: [{ name: "cast" }, { name: "str" }, { name: "list" }],
    headers: [{ name: "int" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};
