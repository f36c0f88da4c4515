// Generated from spec.yaml (Auth Zoo 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
// What the runtime needs to send each operation and open each channel: method, path, parameters, body encoding,
// response kind, credentials. Data, in the layout of models.ts.
import type { OperationSpec } from './core/types.js';

export const probeHeaderKeyOperation: OperationSpec = {
    method: "GET",
    path: "/header-key",
    response: { kind: "none" },
    security: [["HeaderKey"]]
};

export const probeQueryKeyOperation: OperationSpec = {
    method: "GET",
    path: "/query-key",
    response: { kind: "none" },
    security: [["QueryKey"]]
};

export const probeCookieKeyOperation: OperationSpec = {
    method: "GET",
    path: "/cookie-key",
    response: { kind: "none" },
    security: [["CookieKey"]]
};

export const probeBasicOperation: OperationSpec = {
    method: "GET",
    path: "/basic",
    response: { kind: "none" },
    security: [["Basic"]]
};

export const probeOauthOperation: OperationSpec = {
    method: "GET",
    path: "/oauth",
    response: { kind: "none" },
    security: [["OAuth"], ["Oidc"]]
};

export const probeBothOperation: OperationSpec = {
    method: "GET",
    path: "/both",
    response: { kind: "none" },
    security: [["HeaderKey", "Basic"]]
};

export const probePublicOperation: OperationSpec = { method: "GET", path: "/public", response: { kind: "none" }, security: [] };

export const probeOptionalOperation: OperationSpec = {
    method: "GET",
    path: "/optional",
    response: { kind: "none" },
    security: [[], ["ClientToken"]]
};

export const probeInheritedOperation: OperationSpec = {
    method: "GET",
    path: "/default",
    response: { kind: "none" },
    security: [["ServerKey"]]
};
