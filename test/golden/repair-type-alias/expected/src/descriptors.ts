// Generated from spec.yaml (Type Alias Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const settingsGetOperation: OperationSpec = {
    method: "GET",
    path: "/settings",
    query: [{ name: "verbose" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};
