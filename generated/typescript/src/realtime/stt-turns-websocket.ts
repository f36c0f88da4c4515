// Generated from cartesia.yaml (Cartesia API 0.1.0) by openapi-client-generator. Do not edit: regenerate instead.
import { SocketSession } from '../core/channel-session.js';
import type {
  STTAutoFinalizeCloseCommand,
  STTAutoFinalizeConfigCommand,
  STTAutoFinalizeModel,
  STTAutoFinalizeWebSocketResponse,
  STTEncoding,
} from '../models.js';

/** Messages the server sends on `client.stt.turns.websocket()`. */
export type SttTurnsWebsocketEvent = STTAutoFinalizeWebSocketResponse;

/** Handshake parameters of `client.stt.turns.websocket()`. */
export type SttTurnsWebsocketParams = {
  model: STTAutoFinalizeModel;
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
   * Confidence above which a turn starts; must stay above `turn_eager_end_threshold`. See [Configuring turn detection](https://docs.cartesia.ai/use-the-api/stt/turns#configuring-turn-detection).
   *
   * @default 0.8
   */
  turn_start_threshold?: number;
  /**
   * Confidence below which a preview `turn.eager_end` is sent; must stay between the end and start thresholds.
   *
   * @default 0.4
   */
  turn_eager_end_threshold?: number;
  /**
   * Confidence below which the turn ends; must stay below `turn_eager_end_threshold`.
   *
   * @default 0.2
   */
  turn_end_threshold?: number;
  /**
   * Longest wait, in milliseconds, after the user stops speaking before the turn ends.
   *
   * @default 5600
   */
  turn_end_timeout_ms?: number;
  /**
   * Words and phrases whose recognition should be boosted, sent as repeated `keyterm` query parameters. At most 100 terms and 1200 characters in total; put a multi-word phrase in one value to boost it as a whole. See [Keyterm prompting](https://docs.cartesia.ai/use-the-api/stt/keyterms).
   */
  keyterm?: string[];
};

/** A session of `client.stt.turns.websocket()`: iterate it for events; send audio with `sendAudio` or `streamAudio`. */
export class SttTurnsWebsocketSession extends SocketSession<SttTurnsWebsocketEvent> {
  /**
   * Tunes turn detection while the session runs.
   */
  configure(fields: Omit<STTAutoFinalizeConfigCommand, 'type'> = {}): Promise<void> {
    return this.sendJson({ ...fields, type: 'config' });
  }

  /**
   * Processes all buffered audio into events, then closes the session.
   */
  end(fields: Omit<STTAutoFinalizeCloseCommand, 'type'> = {}): Promise<void> {
    return this.sendJson({ ...fields, type: 'close' });
  }
}
