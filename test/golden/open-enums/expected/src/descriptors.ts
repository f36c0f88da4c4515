// Generated from spec.yaml (Open Enums 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const speechCreateOperation: OperationSpec = {
    method: "POST",
    path: "/speak",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};
