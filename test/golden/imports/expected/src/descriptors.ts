// Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';
import type { ChannelSpec } from './core/channel-session.js';

export const statusOperation: OperationSpec = {
    method: "GET",
    path: "/",
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const albumsCreateOperation: OperationSpec = {
    method: "POST",
    path: "/albums",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const tracksListOperation: OperationSpec = {
    method: "GET",
    path: "/albums/{albumId}/tracks/{kind}",
    query: [{ name: "sort" }, { name: "limit" }, { name: "after" }],
    headers: [{ name: "X-Region" }],
    cookies: [{ name: "session" }],
    response: { kind: "json", accept: "application/json" },
    security: []
};

export const albumsCoverOperation: OperationSpec = {
    method: "GET",
    path: "/albums/{albumId}/cover",
    response: { kind: "binary", accept: "image/png" },
    security: []
};

export const albumsNotesOperation: OperationSpec = {
    method: "GET",
    path: "/albums/{albumId}/notes",
    response: { kind: "text", accept: "text/plain" },
    security: []
};

export const tracksLiveChannel: ChannelSpec = { path: "/tracks/live", query: [{ name: "mode" }], security: [] };
