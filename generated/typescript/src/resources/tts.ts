// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { DecodeBase64, EventStream } from '../core/streaming.js';
import type { ChannelOptions, RequestOptions } from '../core/types.js';
import { ttsBytesOperation, ttsSseOperation, ttsWebsocketChannel } from '../descriptors.js';
import type { TTSSSEEvent, TtsBytesParams, TtsSseParams } from '../models.js';
import type { TtsWebsocketSession } from '../realtime/tts-websocket.js';

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
