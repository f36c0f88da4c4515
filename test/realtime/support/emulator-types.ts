// What the realtime emulator records and how it can be told to behave (see emulator.ts).
import type http from 'node:http';
import type { SpecChecker } from './spec-checker.js';

export type ChannelId = 'tts.websocket' | 'stt.websocket' | 'stt.turns.websocket';

/** How the emulator behaves; every field is optional and the defaults are a well-behaved service. */
export interface Behaviour {
  /** Refuse the handshake with this HTTP status (and body). */
  rejectHandshake?: { status: number; body?: string };
  /** Never complete the handshake (the upgrade request gets no answer). */
  stallHandshake?: boolean;
  /** TTS: audio bytes generated per character of a transcript piece (default 64). */
  bytesPerChar?: number;
  /** TTS: audio bytes generated per transcript piece, whatever its length (overrides `bytesPerChar`). */
  audioBytes?: number;
  /** TTS: largest audio payload of one chunk message, in bytes (default 4096). */
  chunkBytes?: number;
  /** Milliseconds between two messages the emulator sends on a connection (default 0). */
  delayMs?: number;
  /** Send every text message as this many WebSocket frames (continuation frames; default 1). */
  fragment?: number;
  /** TTS: alternate between contexts message by message (default true); false sends one context's output at a time. */
  interleave?: boolean;
  /** Queue output without sending it until `connection.release()`. */
  hold?: boolean;
  /** Never answer anything (what arrives is still checked and recorded). */
  silent?: boolean;
  /** TTS: never send `done` for a context. STT: never answer `close`. */
  neverFinish?: boolean;
  /** TTS: these contexts get an error (with their `context_id`) instead of audio. */
  failContexts?: string[];
  /** Fields of the error sent to `failContexts` (defaults: status 400, a title and a message). */
  contextError?: Record<string, unknown>;
  /** After the emulator has sent this many protocol messages on a connection, do something rude. */
  disrupt?: Disruption;
  /** STT: a non-final transcript for every audio frame. */
  interim?: boolean;
  /** Stop reading from the client (its sends back up into TCP) until `connection.resumeReading()`. */
  pauseReading?: boolean;
}

export type Disruption = { afterMessages: number } & (
  | { action: 'close'; code: number; reason?: string }
  | { action: 'terminate' }
  | { action: 'malformed' }
  | { action: 'error'; fields?: Record<string, unknown> }
);

export interface Violation {
  /** Connection number (undefined for a refused handshake). */
  connection: number | undefined;
  channel: string | undefined;
  /** `handshake` and `client` are the client's fault; `emulator` means the emulator broke the spec itself. */
  source: 'handshake' | 'client' | 'emulator';
  problem: string;
  data?: unknown;
}

export interface HandshakeRecord {
  target: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: http.IncomingHttpHeaders;
  /** The HTTP status it was refused with; undefined when accepted (or stalled). */
  refused: number | undefined;
}

export type ReceivedFrame =
  { kind: 'json'; message: Record<string, unknown>; text: string } | { kind: 'text'; text: string } | { kind: 'binary'; bytes: Buffer };

export interface SentFrame {
  /** `event` for protocol messages; `raw` for frames sent as they are (malformed ones included). */
  kind: 'event' | 'raw';
  data: string | Buffer;
  contextId?: string;
}

export interface CloseRecord {
  code: number;
  reason: string;
  /** Who started the close: `client`, `server`, or `network` when the TCP connection just went away. */
  by: 'client' | 'server' | 'network';
}

/** What the emulator knows about one TTS context. */
export interface TtsContextState {
  id: string;
  /** Every JSON message the client sent for it. */
  requests: Record<string, unknown>[];
  /** Transcript pieces, in order. */
  transcripts: string[];
  /** flush_id of the chunks now being produced (starts at 1, incremented by each flush). */
  flushId: number;
  /** Raw audio sent for it, in order (empty when the emulator does not retain payloads). */
  audio: Buffer[];
  /** Audio bytes sent for it. */
  audioSent: number;
  /** Audio bytes generated so far (the position in its audio pattern). */
  generated: number;
  lastInputReceived: boolean;
  doneSent: boolean;
  cancelled: boolean;
  /** Messages that were queued when the cancel arrived and so were never sent. */
  droppedByCancel: number;
  /** Messages sent after the cancel arrived (the emulator never does; the field makes that checkable). */
  sentAfterCancel: number;
  errorSent: boolean;
}

export interface EmulatorOptions {
  /** Accepted credentials per query parameter (`{ api_key: ['sk_...'] }`); any non-empty value when absent. */
  credentials?: Record<string, string[]>;
  /** Behaviour of every connection, as `behave()` sets it. */
  behaviour?: Behaviour;
  checker?: SpecChecker;
  /** Keep every payload sent and received (default true); benchmarks turn it off and keep counts only. */
  retainPayloads?: boolean;
  /**
   * Answers plain HTTP requests (by default 426: the emulator only speaks WebSocket), so that a harness can serve
   * REST routes on the same origin as the channels, as the real service does (the browser test does).
   */
  http?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

/** A message waiting in a connection's queue: an event built when it is sent, or a close. */
export type Outgoing =
  { contextId?: string; event: () => Record<string, unknown> } | { contextId?: string; close: { code: number; reason: string } };
