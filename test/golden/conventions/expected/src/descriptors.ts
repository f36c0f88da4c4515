// Generated from spec.yaml (Conventions API 3.0.0-beta.1) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const pingPingOperation: OperationSpec = {
    method: "GET",
    path: "/ping",
    response: { kind: "json", accept: "application/json" },
    security: [["Key"]]
};
