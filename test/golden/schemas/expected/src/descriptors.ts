// Generated from spec.yaml (Schema Features 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const petsCreateOperation: OperationSpec = {
    method: "POST",
    path: "/pets",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const shapesListOperation: OperationSpec = {
    method: "GET",
    path: "/shapes",
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const treeGetOperation: OperationSpec = {
    method: "GET",
    path: "/tree",
    response: { kind: "json", accept: "application/json" },
    security: []
};
