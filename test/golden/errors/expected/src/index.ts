// Generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
export { ErrorsAPI, ErrorsAPI as default, ErrorsAPICore, type ClientOptions } from './client.js';
export * from './errors.js';
// Types only: the module declares nothing else, so importing the package need not load it.
export type * from './models.js';
export * from './resources/things.js';
export { APIPromise } from './core/api-promise.js';
export type { GenericRequest } from './core/generic-request.js';
export { Page, PagePromise, type CursorConvention } from './core/pagination.js';
export { BinaryResponse } from './core/binary.js';
// Types only where the classes load on first use (event streams, realtime sessions): instances come from the
// client's methods, and importing the package does not load their code.
export type { EventStream, DecodeBase64 } from './core/streaming.js';
export type { SocketSession, ChannelSpec, CloseInfo } from './core/channel-session.js';
export type { ContextSession, SocketContext } from './core/channel-contexts.js';
export type { WebSocketConstructor, WebSocketLike } from './core/websocket.js';
export type { ServerSentEvent } from './core/sse.js';
export { toFile, type Uploadable, type NamedUpload } from './core/uploads.js';
export type { RequestOptions, ChannelOptions } from './core/types.js';
export type { Logger, LogLevel } from './core/logging.js';
