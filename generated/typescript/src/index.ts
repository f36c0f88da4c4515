// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
export { Cartesia, Cartesia as default, CartesiaCore, type ClientOptions } from './client.js';
export * from './errors.js';
// Types only: the module declares nothing else, so importing the package need not load it.
export type * from './models.js';
export * from './resources/agents.js';
export * from './resources/api-status.js';
export * from './resources/access-token.js';
export * from './resources/datasets.js';
export * from './resources/fine-tunes.js';
export * from './resources/infill.js';
export * from './resources/pronunciation-dicts.js';
export * from './resources/stt.js';
export * from './resources/tts.js';
export * from './resources/voice-changer.js';
export * from './resources/voices.js';
export type {
  TtsWebsocketSession,
  TtsWebsocketContext,
  TtsWebsocketSettings,
  TtsWebsocketEvent,
} from './realtime/tts-websocket.js';
export type { SttWebsocketSession, SttWebsocketEvent, SttWebsocketParams } from './realtime/stt-websocket.js';
export type {
  SttTurnsWebsocketSession,
  SttTurnsWebsocketEvent,
  SttTurnsWebsocketParams,
} from './realtime/stt-turns-websocket.js';
export { APIPromise } from './core/api-promise.js';
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
