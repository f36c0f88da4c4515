// Generated from spec.yaml (Echo Voice API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { SocketSession } from '../core/channel-session.js';

/** Messages the server sends on `client.listen()`. */
export type ListenEvent =
  | {
      /** @constant */
      kind: 'words';
      text: string;
    }
  | {
      /** @constant */
      kind: 'failure';
      reason?: string;
    };

/** Handshake parameters of `client.listen()`. */
export type ListenParams = {
  rate: number;
  hints?: string[];
};

/** A session of `client.listen()`: iterate it for events; send audio with `sendAudio` or `streamAudio`. */
export class ListenSession extends SocketSession<ListenEvent> {
  commit(): Promise<void> {
    return this.sendText('COMMIT');
  }

  tune(
    fields: Omit<
      {
        /** @constant */
        op: 'tune';
        sensitivity: number;
      },
      'op'
    >,
  ): Promise<void> {
    return this.sendJson({ ...fields, op: 'tune' });
  }
}
