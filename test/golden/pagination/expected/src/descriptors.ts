// Generated from spec.yaml (Paged API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const usersListOperation: OperationSpec = {
    method: "GET",
    path: "/users",
    query: [{ name: "limit" }, { name: "after" }, { name: "before" }, { name: "role" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const groupsListOperation: OperationSpec = {
    method: "GET",
    path: "/groups",
    response: { kind: "json", accept: "application/json" },
    security: []
};
