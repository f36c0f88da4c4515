// Generated from spec.yaml (Hostile */ API `${globalThis.pwned = 1}` </script> 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const itemsConstructorOperation: OperationSpec = {
    method: "GET",
    path: "/items/{id}",
    query: [{ name: "q*/x" }, { name: "class" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const requestRequestOperation: OperationSpec = { method: "GET", path: "/request", response: { kind: "none" }, security: [] };

export const tostringToStringOperation: OperationSpec = {
    method: "GET",
    path: "/tostring",
    query: [{ name: "constructor" }, { name: "toString" }, { name: "__proto__" }],
    headers: [{ name: "hasOwnProperty" }],
    response: { kind: "none" },
    security: []
};

export const thenThenOperation: OperationSpec = { method: "GET", path: "/then", response: { kind: "none" }, security: [] };

export const jobsThenOperation: OperationSpec = { method: "POST", path: "/jobs/then", response: { kind: "none" }, security: [] };
