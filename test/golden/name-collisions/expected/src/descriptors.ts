// Generated from spec.yaml (2 Names: Collide & Co 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const classGetClassDefaultDefaultOperation: OperationSpec = {
    method: "GET",
    path: "/class/{default}/{Default}",
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const classListOperation2: OperationSpec = {
    method: "GET",
    path: "/class",
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const classListOperation3: OperationSpec = { method: "POST", path: "/class", response: { kind: "none" }, security: [] };

export const n2faStatusOperation: OperationSpec = {
    method: "GET",
    path: "/2fa",
    response: { kind: "json", accept: "application/json" },
    security: []
};
