// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import { ContextSession, SocketContext } from '../core/channel-session.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { ChannelSpec } from '../core/channel-session.js';
import type { DecodeBase64, EventStream } from '../core/streaming.js';
import type { ChannelOptions, OperationSpec, RequestOptions } from '../core/types.js';
import type {
  CancelContextRequest,
  GenerationRequest,
  TTSRequest,
  TTSSSEEvent,
  TTSSSERequest,
  TTSWebSocketResponse,
} from '../models.js';

const ttsBytesOperation: OperationSpec = {
  method: 'POST',
  path: '/tts/bytes',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'binary', accept: 'audio/wav' },
  security: [['TokenAuth'], ['APIKeyAuth']],
};
const ttsSseOperation: OperationSpec = {
  method: 'POST',
  path: '/tts/sse',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'event-stream', accept: 'text/event-stream', base64Fields: ['data'] },
  security: [['TokenAuth'], ['APIKeyAuth']],
};
const ttsWebsocketChannel: ChannelSpec = {
  path: '/tts/websocket',
  security: [['TokenAuth'], ['APIKeyAuth']],
  base64Fields: ['data'],
  context: { idField: 'context_id', endField: 'done' },
};

/**
 * Text-to-speech: turn text into audio, returned as a byte stream or as server-sent events.
 */
export class Tts extends APIResource {
  /**
   * Text-to-Speech (Bytes)
   *
   * Synthesizes speech and streams back the audio bytes; the simplest of the TTS options. [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) explains how it differs from the others.
   *
   * `POST /tts/bytes`
   *
   * Resolves when the response headers arrive; the body streams (see `BinaryResponse`).
   */
  bytes(params: TtsBytesParams, options?: RequestOptions): APIPromise<BinaryResponse> {
    return this._client.request<BinaryResponse>(ttsBytesOperation, {}, params, options);
  }

  /**
   * Text-to-Speech (SSE)
   *
   * Synthesizes speech and sends it as server-sent events. Offers streaming, timestamps and `context_id` support without transcript buffering; [Compare TTS Endpoints](https://docs.cartesia.ai/use-the-api/compare-tts-endpoints) sets it against the other options.
   *
   * `POST /tts/sse`
   */
  sse(
    params: TtsSseParams,
    options?: RequestOptions,
  ): APIPromise<EventStream<DecodeBase64<TTSSSEEvent, 'data'>>> {
    return this._client.request<EventStream<DecodeBase64<TTSSSEEvent, 'data'>>>(
      ttsSseOperation,
      {},
      params,
      options,
    );
  }

  /**
   * Text-to-speech over a WebSocket.
   *
   * One socket carries many generations at once, each in its own context. Send the transcript of a context in pieces as it becomes available (for example as an LLM writes it) and receive its audio as it is produced, with word and phoneme timestamps on request.
   *
   * WebSocket `/tts/websocket`
   *
   * Resolves once the socket is open; close it with `close()`.
   */
  websocket(options: ChannelOptions = {}): Promise<TtsWebsocketSession> {
    return this._client.openChannel(
      ttsWebsocketChannel,
      {},
      options,
      (socket, spec, runtime) => new TtsWebsocketSession(socket, spec, runtime),
    );
  }
}

/** Parameters of `client.tts.bytes`. */
export type TtsBytesParams = TTSRequest;

/** Parameters of `client.tts.sse`. */
export type TtsSseParams = TTSSSERequest;

/** Messages the server sends on `client.tts.websocket()`, with base64 fields as bytes. */
export type TtsWebsocketEvent = DecodeBase64<TTSWebSocketResponse, 'data'>;

/** Settings a context of `client.tts.websocket()` is opened with; its commands repeat them. */
export type TtsWebsocketSettings = Omit<
  GenerationRequest,
  'context_id' | 'continue' | 'flush' | 'transcript'
>;

/** A session of `client.tts.websocket()`: one socket, many contexts. */
export class TtsWebsocketSession extends ContextSession<TtsWebsocketEvent> {
  /** Opens a context with these settings (and an id of your choosing, or a random one). */
  context(settings: TtsWebsocketSettings, id?: string): TtsWebsocketContext {
    return new TtsWebsocketContext(this, settings, id);
  }

  /** Sends a whole request in one call; iterate the returned context for its events, or its `bytes()` for the binary payloads (audio). */
  async generate(
    request: TtsWebsocketSettings & { transcript?: GenerationRequest['transcript'] },
    id?: string,
  ): Promise<TtsWebsocketContext> {
    const { transcript: value, ...settings } = request;
    const context = this.context(settings, id);
    await context.end(value);
    return context;
  }
}

/** One context of `client.tts.websocket()`: its commands carry its id, and only its events arrive here. */
export class TtsWebsocketContext extends SocketContext<TtsWebsocketEvent, TtsWebsocketSettings> {
  /**
   * Sends the next piece of the transcript; more will follow. Generation starts as soon as the server has enough text (see `max_buffer_delay_ms`).
   */
  push(
    transcript: GenerationRequest['transcript'],
    fields: Partial<Omit<GenerationRequest, 'continue' | 'transcript' | 'context_id'>> = {},
  ): Promise<void> {
    return this.command({ ...fields, transcript }, { continue: true }, true);
  }

  /**
   * Asks the server to generate everything sent so far now. It answers with a `flush_done` event; later chunks carry the next `flush_id`.
   */
  flush(
    fields: Partial<Omit<GenerationRequest, 'transcript' | 'continue' | 'flush' | 'context_id'>> = {},
  ): Promise<void> {
    return this.command({ ...fields }, { transcript: '', continue: true, flush: true }, true);
  }

  /**
   * Sends the last piece of the transcript (possibly empty); the context ends once its audio is done.
   */
  end(
    transcript: GenerationRequest['transcript'] = '',
    fields: Partial<Omit<GenerationRequest, 'continue' | 'transcript' | 'context_id'>> = {},
  ): Promise<void> {
    return this.command({ ...fields, transcript }, { continue: false }, true);
  }

  /**
   * Stops the context; the server generates nothing more for it.
   */
  cancel(fields: Omit<CancelContextRequest, 'cancel' | 'context_id'> = {}): Promise<void> {
    return this.command({ ...fields }, { cancel: true }, false, true);
  }
}
