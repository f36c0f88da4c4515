// Generated from spec.yaml (Nullable Body API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const notesCreateOperation: OperationSpec = {
    method: "POST",
    path: "/notes",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: false
    },
    response: { kind: "none" },
    security: []
};

export const notesReplaceOperation: OperationSpec = {
    method: "PUT",
    path: "/notes/{id}",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: false
    },
    response: { kind: "none" },
    security: []
};

export const notesUpdateOperation: OperationSpec = {
    method: "PATCH",
    path: "/notes/{id}",
    query: [{ name: "dryRun" }],
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: false
    },
    response: { kind: "none" },
    security: []
};
