// Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';
import type { ChannelSpec } from './core/channel-session.js';

export const speechStreamOperation: OperationSpec = {
    method: "POST",
    path: "/speech/stream",
    body: {
        encoding: "json",
        contentType: "application/json",
        merged: true,
        required: true
    },
    response: { kind: "event-stream", accept: "text/event-stream", base64Fields: ["pcm"] },
    security: [["Secret"]]
};

export const speechLiveChannel: ChannelSpec = {
    path: "/speech/live",
    security: [["Secret"]],
    base64Fields: ["pcm"],
    context: { idField: "stream", endField: "last" }
};

export const listenChannel: ChannelSpec = {
    path: "/listen",
    query: [{ name: "rate" }, { name: "hints" }],
    security: [["Secret"]]
};
