// Generated from spec.yaml (Read Write API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
export { ReadWriteAPI, ReadWriteAPI as default, type ClientOptions } from './client.js';
export * from './errors.js';
export * from './models.js';
export * from './resources/users.js';
export * from './resources/teams.js';
export { APIPromise } from './core/api-promise.js';
export { Page, PagePromise, type CursorConvention } from './core/pagination.js';
export { BinaryResponse } from './core/binary.js';
export { EventStream, type DecodeBase64 } from './core/streaming.js';
export {
  SocketSession,
  ContextSession,
  SocketContext,
  type ChannelSpec,
  type CloseInfo,
} from './core/channel-session.js';
export type { WebSocketConstructor, WebSocketLike } from './core/websocket.js';
export { SSEParser, type ServerSentEvent } from './core/sse.js';
export { toFile, type Uploadable, type NamedUpload } from './core/uploads.js';
export type { RequestOptions, ChannelOptions } from './core/types.js';
