// Generated from spec.yaml (Upload API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const filesUploadOperation: OperationSpec = {
    method: "POST",
    path: "/files",
    query: [{ name: "overwrite" }],
    body: {
        encoding: "multipart",
        contentType: "multipart/form-data",
        merged: true,
        required: true,
        fields: {
            metadata: { style: "deepObject", explode: true },
            options: { style: "json", explode: true },
            tags: { style: "pipeDelimited", explode: false }
        }
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const filesUploadRawOperation: OperationSpec = {
    method: "POST",
    path: "/files/raw",
    body: {
        encoding: "binary",
        contentType: "application/octet-stream",
        merged: false,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const formsSubmitOperation: OperationSpec = {
    method: "POST",
    path: "/forms",
    body: {
        encoding: "form",
        contentType: "application/x-www-form-urlencoded",
        merged: true,
        required: false,
        fields: { address: { style: "form", explode: true } }
    },
    response: { kind: "none" },
    security: []
};
