// Generated from spec.yaml (Query Params API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const itemsGetOperation: OperationSpec = {
    method: "GET",
    path: "/stores/{storeId}/items/{itemId}",
    headers: [{ name: "X-Trace-Id" }],
    cookies: [{ name: "session" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const itemsSearchOperation: OperationSpec = {
    method: "GET",
    path: "/items",
    query: [
        { name: "q" },
        { name: "limit" },
        { name: "in_stock" },
        { name: "tags" },
        { name: "ids", explode: false },
        { name: "expand[]" },
        { name: "sort" },
        { name: "filter", style: "deepObject", explode: true },
        { name: "since" }
    ],
    headers: [{ name: "Api-Version", fixed: "2024-01-01" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};
