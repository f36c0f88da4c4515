// Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { ChannelSpec } from '../core/channel-session.js';
import type { DecodeBase64, EventStream } from '../core/streaming.js';
import type { ChannelOptions, OperationSpec, RequestOptions } from '../core/types.js';
import type { SayRequest, SpeechMessage } from '../models.js';
import type { SpeechLiveSession } from '../realtime/speech-live.js';

const speechStreamOperation: OperationSpec = {
  method: 'POST',
  path: '/speech/stream',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'event-stream', accept: 'text/event-stream', base64Fields: ['pcm'] },
  security: [['Secret']],
};
const speechLiveChannel: ChannelSpec = {
  path: '/speech/live',
  security: [['Secret']],
  base64Fields: ['pcm'],
  context: { idField: 'stream', endField: 'last' },
};

export class Speech extends APIResource {
  /**
   * `POST /speech/stream`
   */
  stream(
    params: SpeechStreamParams,
    options?: RequestOptions,
  ): APIPromise<EventStream<DecodeBase64<SpeechMessage, 'pcm'>>> {
    return this._client._request<EventStream<DecodeBase64<SpeechMessage, 'pcm'>>>(
      speechStreamOperation,
      {},
      params,
      options,
    );
  }

  /**
   * Multiplexed speech synthesis.
   *
   * WebSocket `/speech/live`
   *
   * Resolves once the socket is open; close it with `close()`.
   */
  live(options: ChannelOptions = {}): Promise<SpeechLiveSession> {
    // The session classes load with the first socket: programs that never open one do not carry them.
    return this._client.openChannel(speechLiveChannel, {}, options, () =>
      import('../realtime/speech-live.js').then((m) => m.SpeechLiveSession),
    );
  }
}

/** Parameters of `client.speech.stream`. */
export type SpeechStreamParams = SayRequest;
