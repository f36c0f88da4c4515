// Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIResource } from '../core/base-client.js';
import type { APIPromise } from '../core/api-promise.js';
import type { DecodeBase64, EventStream } from '../core/streaming.js';
import type { ChannelOptions, RequestOptions } from '../core/types.js';
import { speechLiveChannel, speechStreamOperation } from '../descriptors.js';
import type { SpeechMessage, SpeechStreamParams } from '../models.js';
import type { SpeechLiveSession } from '../realtime/speech-live.js';

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
