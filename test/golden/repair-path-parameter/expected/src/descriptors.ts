// Generated from spec.yaml (Path Parameter Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const thingsGetOperation: OperationSpec = {
    method: "GET",
    path: "/things/{thingId}",
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const thingsGetPartOperation: OperationSpec = {
    method: "GET",
    path: "/things/{thingId}/parts/{partId}",
    response: { kind: "json", accept: "application/json" },
    security: []
};
