// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { SocketSession } from '../core/channel-session.js';
import type { STTEncoding, STTManualFinalizeModel, STTManualFinalizeWebSocketResponse } from '../models.js';

/** Messages the server sends on `client.stt.websocket()`. */
export type SttWebsocketEvent = STTManualFinalizeWebSocketResponse;

/** Handshake parameters of `client.stt.websocket()`. */
export type SttWebsocketParams = {
  model: STTManualFinalizeModel;
  encoding: STTEncoding;
  /**
   * Audio sample rate in hertz.
   */
  sample_rate: number;
  /**
   * ISO-639-1 code of the spoken language, such as `en` or `es`; `en` if omitted. Current language support is listed in [the docs](https://docs.cartesia.ai/build-with-cartesia/stt-models/latest).
   *
   * @default "en"
   */
  language?: string;
  /**
   * `ink-whisper` models only. Threshold for what counts as silence when transcripts are finalized automatically: lower values catch quiet speech, higher values reject noise more aggressively.
   */
  min_volume?: number;
  /**
   * `ink-whisper` models only. How many seconds of silence trigger automatic finalization of the transcript: smaller values finalize sooner, larger ones tolerate longer pauses mid-utterance.
   */
  max_silence_duration_secs?: number;
  /**
   * `ink-2` models only. Words and phrases whose recognition should be boosted, sent as repeated `keyterm` query parameters. At most 100 terms and 1200 characters in total; put a multi-word phrase in one value to boost it as a whole. See [Keyterm prompting](https://docs.cartesia.ai/use-the-api/stt/keyterms).
   */
  keyterm?: string[];
};

/** A session of `client.stt.websocket()`: iterate it for events; send audio with `sendAudio` or `streamAudio`. */
export class SttWebsocketSession extends SocketSession<SttWebsocketEvent> {
  /**
   * Transcribes the audio buffered so far; the server answers with the final text and `flush_done`.
   */
  finalize(): Promise<void> {
    return this.sendText('finalize');
  }

  /**
   * Transcribes everything buffered, then ends the session (the server sends `done` and closes).
   */
  end(): Promise<void> {
    return this.sendText('close');
  }
}
