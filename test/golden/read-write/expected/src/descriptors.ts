// Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const usersListOperation: OperationSpec = {
    method: "GET",
    path: "/users",
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const usersCreateOperation: OperationSpec = {
    method: "POST",
    path: "/users",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const teamsCreateOperation: OperationSpec = {
    method: "POST",
    path: "/teams",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};
