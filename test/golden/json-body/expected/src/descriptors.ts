// Generated from spec.yaml (JSON Body API 2.1.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const notesCreateOperation: OperationSpec = {
    method: "POST",
    path: "/notes",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: false,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const notesUpdateOperation: OperationSpec = {
    method: "PATCH",
    path: "/notes/{id}",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: false
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const notesSetLabelsOperation: OperationSpec = {
    method: "PUT",
    path: "/notes/{id}/labels",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: false,
        required: true
    },
    response: { kind: "none" },
    security: []
};

export const notesSearchOperation: OperationSpec = {
    method: "POST",
    path: "/notes/search",
    query: [{ name: "query" }],
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: false,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};
