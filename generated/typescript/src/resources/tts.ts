// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { ChannelSpec } from '../core/channel-session.js';
import type { DecodeBase64, EventStream } from '../core/streaming.js';
import type { ChannelOptions, OperationSpec, RequestOptions } from '../core/types.js';
import type { TTSRequest, TTSSSEEvent, TTSSSERequest } from '../models.js';
import type { TtsWebsocketSession } from '../realtime/tts-websocket.js';

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
    return this._client._request<BinaryResponse>(ttsBytesOperation, {}, params, options);
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
    return this._client._request<EventStream<DecodeBase64<TTSSSEEvent, 'data'>>>(
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
    // The session classes load with the first socket: programs that never open one do not carry them.
    return this._client.openChannel(ttsWebsocketChannel, {}, options, () =>
      import('../realtime/tts-websocket.js').then((m) => m.TtsWebsocketSession),
    );
  }
}

/** Parameters of `client.tts.bytes`. */
export type TtsBytesParams = TTSRequest;

/** Parameters of `client.tts.sse`. */
export type TtsSseParams = TTSSSERequest;
