// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { ChannelOptions, RequestOptions } from '../core/types.js';
import { sttTranscribeOperation, sttTurnsWebsocketChannel, sttWebsocketChannel } from '../descriptors.js';
import type { SttTranscribeParams, TranscriptionResponse } from '../models.js';
import type { SttWebsocketSession, SttWebsocketParams } from '../realtime/stt-websocket.js';
import type { SttTurnsWebsocketSession, SttTurnsWebsocketParams } from '../realtime/stt-turns-websocket.js';

/**
 * Speech-to-text: transcribe recorded audio files into text.
 */
export class Stt extends APIResource {
  readonly turns: SttTurns = new SttTurns(this._client);

  /**
   * Speech-to-Text (Batch)
   *
   * Transcribes an uploaded audio file to text. Accepted formats: flac, m4a, mp3, mp4, mpeg, mpga, oga, ogg, wav and webm. More in [the STT reference](https://docs.cartesia.ai/api-reference/stt/transcribe).
   *
   * `POST /stt`
   */
  transcribe(params: SttTranscribeParams, options?: RequestOptions): APIPromise<TranscriptionResponse> {
    return this._client._request<TranscriptionResponse>(sttTranscribeOperation, {}, params, options);
  }

  /**
   * Streaming speech-to-text with manual finalization.
   *
   * Send audio as binary frames and receive transcript deltas as they are recognized. Send `finalize` when the speaker pauses to get the final text of what is buffered, and `end` to flush everything and close.
   *
   * WebSocket `/stt/websocket`
   *
   * Resolves once the socket is open; close it with `close()`.
   */
  websocket(params: SttWebsocketParams, options: ChannelOptions = {}): Promise<SttWebsocketSession> {
    // The session classes load with the first socket: programs that never open one do not carry them.
    return this._client.openChannel(sttWebsocketChannel, params, options, () =>
      import('../realtime/stt-websocket.js').then((m) => m.SttWebsocketSession),
    );
  }
}

export class SttTurns extends APIResource {
  /**
   * Streaming speech-to-text with turn detection, for voice agents.
   *
   * Send audio as binary frames; the server detects when the user starts and stops speaking and sends `turn.start`, cumulative `turn.update`s, a preview `turn.eager_end`, `turn.resume` and the final `turn.end`.
   *
   * WebSocket `/stt/turns/websocket`
   *
   * Resolves once the socket is open; close it with `close()`.
   */
  websocket(
    params: SttTurnsWebsocketParams,
    options: ChannelOptions = {},
  ): Promise<SttTurnsWebsocketSession> {
    // The session classes load with the first socket: programs that never open one do not carry them.
    return this._client.openChannel(sttTurnsWebsocketChannel, params, options, () =>
      import('../realtime/stt-turns-websocket.js').then((m) => m.SttTurnsWebsocketSession),
    );
  }
}
