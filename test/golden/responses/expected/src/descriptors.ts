// Generated from spec.yaml (Media API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const speechSynthesizeOperation: OperationSpec = {
    method: "POST",
    path: "/speech",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "binary", accept: "audio/mpeg" },
    security: []
};

export const speechStreamOperation: OperationSpec = {
    method: "POST",
    path: "/speech/stream",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "event-stream", accept: "text/event-stream", base64Fields: ["data"] },
    security: []
};

export const reportsExportOperation: OperationSpec = {
    method: "GET",
    path: "/reports/export",
    response: { kind: "text", accept: "text/csv" },
    security: []
};

export const reportsGetOperation: OperationSpec = {
    method: "GET",
    path: "/reports/{id}",
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const reportsDeleteOperation: OperationSpec = {
    method: "DELETE",
    path: "/reports/{id}",
    response: { kind: "none" },
    security: []
};
