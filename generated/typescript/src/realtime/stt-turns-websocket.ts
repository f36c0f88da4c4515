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
