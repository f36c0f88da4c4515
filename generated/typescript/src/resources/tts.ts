// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/resource.js';
import type { APIPromise } from '../core/api-promise.js';
import type { BinaryResponse } from '../core/binary.js';
import type { EventStream } from '../core/streaming.js';
import type { OperationSpec, RequestOptions } from '../core/types.js';
import type { TTSRequest, TTSSSEEvent, TTSSSERequest } from '../models.js';

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
  response: { kind: 'event-stream', accept: 'text/event-stream' },
  security: [['TokenAuth'], ['APIKeyAuth']],
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
  sse(params: TtsSseParams, options?: RequestOptions): APIPromise<EventStream<TTSSSEEvent>> {
    return this._client.request<EventStream<TTSSSEEvent>>(ttsSseOperation, {}, params, options);
  }
}

/** Parameters of `client.tts.bytes`. */
export type TtsBytesParams = TTSRequest;

/** Parameters of `client.tts.sse`. */
export type TtsSseParams = TTSSSERequest;
