// Generated from spec.yaml (Imports API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { SocketSession } from '../core/channel-session.js';
import type { Mode, Tag, TrackEvent } from '../models.js';

/** Messages the server sends on `client.tracks.live()`. */
export type TracksLiveEvent = TrackEvent;

/** Handshake parameters of `client.tracks.live()`. */
export type TracksLiveParams = {
  mode: Mode;
};

/** A session of `client.tracks.live()`: iterate it for events. */
export class TracksLiveSession extends SocketSession<TracksLiveEvent> {
  flush(): Promise<void> {
    return this.sendText('FLUSH');
  }

  tag(fields: Omit<WithRequired<Tag, 'label'>, 'op'>): Promise<void> {
    return this.sendJson({ ...fields, op: 'tag' });
  }
}

type WithRequired<T, K extends keyof T> = T & {
  [P in K]-?: T[P];
};
