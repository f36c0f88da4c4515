// Realtime sessions over one WebSocket: a single stream of typed events (STT), with the limits every channel
// shares (backpressure, message size, idle timeout). Multiplexed contexts (TTS) build on it in
// channel-contexts.ts. Generated classes add the typed commands.
import { EventQueue } from './event-queue.js';
import { decodeBase64Fields, type ErrorDescriber } from './streaming.js';
import { Deadline, hasTimeout } from './deadline.js';
import {
  APIConnectionTimeoutError,
  BackpressureError,
  MESSAGE_TOO_BIG,
  ProtocolError,
  SocketClosedError,
  StreamEventError,
} from './errors.js';
import type { Redactor } from './redact.js';
import { audioChunks, sendWithBackpressure, type WebSocketLike } from './websocket.js';
import type { ParamSpec } from './url.js';

/** A channel of the spec, as data: the generated code passes it with the caller's values. */
export interface ChannelSpec {
  path: string;
  query?: readonly ParamSpec[];
  security: readonly (readonly string[])[];
  base64Fields?: readonly string[];
  context?: { idField: string; endField?: string };
}

/** What a session needs from its client: the API's error conventions and the channel's limits. */
export interface SessionRuntime {
  describeError: ErrorDescriber;
  inStream?: { field: string; value: string };
  /** Masks the client's credentials in errors the server sends. */
  redact?: Redactor;
  /** See `ChannelOptions.idleTimeout`. */
  idleTimeout?: number;
  /** See `ChannelOptions.maxMessageBytes`. */
  maxMessageBytes?: number;
}

/** A generated session class, as the client constructs it once its socket is open. */
export type SessionClass<S> = new (socket: WebSocketLike, spec: ChannelSpec, runtime: SessionRuntime) => S;

export interface CloseInfo {
  code: number;
  reason: string;
}

// Received bytes (counted as the frames came, before base64 decoding) a session may hold for slow readers
// before it pauses the socket (or, where the socket cannot pause, gives up): memory stays bounded whatever
// the consumer does.
const PAUSE_AT = 4 << 20;
const RESUME_AT = 1 << 20;
const GIVE_UP_AT = 64 << 20;
const NORMAL_CLOSURE = 1000;
/** Default of `ChannelOptions.maxMessageBytes`. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 << 20;

export class SocketSession<TEvent> implements AsyncIterable<TEvent> {
  /** The underlying WebSocket, for what the typed API does not cover. */
  readonly socket: WebSocketLike;
  /** The channel as the spec describes it. */
  readonly spec: ChannelSpec;
  protected readonly runtime: SessionRuntime;
  /** Events that belong to no context (all events, on a single-stream channel). */
  protected readonly events: EventQueue<TEvent>;
  private buffered = 0;
  private paused = false;
  private closing = false;
  private closeInfo: CloseInfo | undefined;
  private readonly closedPromise: Promise<CloseInfo>;
  private resolveClosed!: (info: CloseInfo) => void;
  // Event shapes differ between WebSocket implementations; each listener reads only the fields it needs.
  private readonly listeners: [string, (event: any) => void][];
  private readonly maxMessageBytes: number;
  /** A message over the size limit arrived: the close that follows is reported as 1009, whatever its code. */
  private tooBig = false;
  // Readers waiting for a message, and the idle timer that runs while there are some.
  private waiters = 0;
  private idleDeadline: Deadline | undefined;

  constructor(socket: WebSocketLike, spec: ChannelSpec, runtime: SessionRuntime) {
    this.socket = socket;
    this.spec = spec;
    this.runtime = runtime;
    this.maxMessageBytes = runtime.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.events = this.queue();
    this.closedPromise = new Promise((resolve) => (this.resolveClosed = resolve));
    this.listeners = [
      ['message', (event: { data: unknown }) => this.receive(event.data)],
      [
        'close',
        (event: { code?: number; reason?: string }) =>
          this.finish(
            this.tooBig
              ? { code: MESSAGE_TOO_BIG, reason: 'message too big' }
              : { code: event.code ?? 1006, reason: this.runtime.redact?.text(event.reason ?? '') ?? '' },
          ),
      ],
      // A close event always follows, and errors are reported from it; `ws` refusing an oversized message
      // closes with 1006 locally, so that error is remembered to name the real cause.
      [
        'error',
        (event: { error?: { code?: string } }) => {
          if (event.error?.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.tooBig = true;
        },
      ],
    ];
    for (const [type, listener] of this.listeners) socket.addEventListener(type, listener);
  }

  /** Resolves with the close code and reason once the socket has closed. */
  get closed(): Promise<CloseInfo> {
    return this.closedPromise;
  }

  get isOpen(): boolean {
    return this.closeInfo === undefined && !this.closing;
  }

  /** Closes the socket. Streams still open end normally; pending sends are dropped. */
  close(code = NORMAL_CLOSURE, reason = ''): Promise<CloseInfo> {
    if (this.closeInfo === undefined && !this.closing) {
      this.closing = true;
      // A paused socket would never read the server's answer to the close (`ws` gives up after 30 s).
      if (this.paused) {
        this.paused = false;
        this.socket.resume?.();
      }
      try {
        this.socket.close(code, reason);
      } catch {
        this.finish({ code, reason });
      }
    }
    return this.closedPromise;
  }

  /** Sends a JSON text frame. */
  sendJson(message: unknown): Promise<void> {
    return sendWithBackpressure(this.socket, JSON.stringify(message), () => !this.isOpen);
  }

  /** Sends a literal text frame. */
  sendText(text: string): Promise<void> {
    return sendWithBackpressure(this.socket, text, () => !this.isOpen);
  }

  /** Sends one binary frame of audio, waiting while the socket's send buffer is full. */
  sendAudio(chunk: Uint8Array | ArrayBuffer): Promise<void> {
    return sendWithBackpressure(
      this.socket,
      chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk),
      () => !this.isOpen,
    );
  }

  /**
   * Sends audio from an async iterable, a web `ReadableStream` or a Node stream, frame by frame, as fast as
   * the network takes it. Resolves when the source is exhausted; stops early if the session closes.
   */
  async streamAudio(
    source: AsyncIterable<Uint8Array | ArrayBuffer | string> | ReadableStream<Uint8Array>,
  ): Promise<void> {
    for await (const chunk of audioChunks(source)) {
      if (!this.isOpen) return;
      await this.sendAudio(chunk);
    }
  }

  /** The session's events, in order, until the socket closes. Errors sent by the server are thrown. */
  [Symbol.asyncIterator](): AsyncIterator<TEvent> {
    return this.events[Symbol.asyncIterator]();
  }

  /** A queue whose contents count towards the session's backpressure. */
  protected queue<T>(): EventQueue<T> {
    return new EventQueue<T>(
      (delta) => this.account(delta),
      (waiting) => this.waiting(waiting),
    );
  }

  /** Routes one decoded event; multiplexed sessions override this. */
  protected deliver(event: TEvent, error: StreamEventError | undefined, size: number): void {
    if (error) this.events.fail(error);
    else this.events.push(event, size);
  }

  /**
   * Ends the streams still open. `byClient`: the caller closed the socket, so everything ends normally. A
   * server's normal closure (1000) ends the session's own stream normally too: that is how a protocol
   * signals its end (the STT `done`, then close).
   */
  protected ended(info: CloseInfo, byClient: boolean): void {
    if (byClient || info.code === NORMAL_CLOSURE) this.events.end();
    else this.events.fail(new SocketClosedError(info.code, info.reason));
  }

  /** Fails every open stream (a protocol violation or an error for the whole session). */
  protected failAll(error: unknown): void {
    this.events.fail(error);
  }

  private receive(data: unknown): void {
    this.idleDeadline?.touch();
    // Characters stand for bytes (never more than the bytes): implementations without a limit of their own.
    const size = typeof data === 'string' ? data.length : ((data as ArrayBuffer).byteLength ?? 0);
    if (size > this.maxMessageBytes) {
      this.tooBig = true;
      this.failAll(new SocketClosedError(MESSAGE_TOO_BIG, 'message too big'));
      this.close(MESSAGE_TOO_BIG, 'message too big');
      return;
    }
    if (typeof data !== 'string') {
      this.protocolError('The server sent a binary frame where JSON text was expected.');
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      this.protocolError(`The server sent a frame that is not JSON (${data.length} characters).`);
      return;
    }
    if (typeof parsed !== 'object' || parsed === null) {
      this.protocolError('The server sent a JSON frame that is not an object.');
      return;
    }
    const event = decodeBase64Fields(
      parsed as Record<string, unknown>,
      this.spec.base64Fields ?? [],
    ) as TEvent;
    // The frame's length stands for the event's size in memory (base64 decodes to less): no walk over it.
    this.deliver(event, this.errorIn(event), data.length);
  }

  private errorIn(event: TEvent): StreamEventError | undefined {
    const marker = this.runtime.inStream;
    const received = event as Record<string, unknown>;
    if (!marker || received[marker.field] !== marker.value) return undefined;
    const record = this.runtime.redact ? this.runtime.redact.value(received) : received;
    const info = this.runtime.describeError(record);
    return new StreamEventError(
      info.status ?? 500,
      new Headers(),
      record,
      info.message ?? 'The server reported an error.',
      info.requestId,
    );
  }

  private protocolError(message: string): void {
    this.failAll(new ProtocolError(message));
    this.close(1002, 'protocol error');
  }

  private account(delta: number): void {
    this.buffered += delta;
    if (
      !this.paused &&
      !this.closing &&
      this.buffered > PAUSE_AT &&
      typeof this.socket.pause === 'function'
    ) {
      this.paused = true;
      this.socket.pause();
    } else if (this.paused && this.buffered < RESUME_AT) {
      this.paused = false;
      this.socket.resume?.();
    } else if (this.buffered > GIVE_UP_AT && typeof this.socket.pause !== 'function') {
      this.failAll(
        new BackpressureError(
          `More than ${GIVE_UP_AT >> 20} MiB of events are waiting to be read; read them faster or in parallel.`,
        ),
      );
      this.close(1008, 'client too slow');
    }
  }

  /** Runs the idle timer while at least one reader waits (see `ChannelOptions.idleTimeout`). */
  private waiting(waiting: boolean): void {
    this.waiters += waiting ? 1 : -1;
    const ms = this.runtime.idleTimeout;
    if (!hasTimeout(ms)) return;
    if (this.waiters === 0) {
      this.idleDeadline?.clear();
      this.idleDeadline = undefined;
    } else if (!this.idleDeadline && this.isOpen) {
      this.idleDeadline = new Deadline(ms, () => {
        this.idleDeadline = undefined;
        this.failAll(
          new APIConnectionTimeoutError(`No message arrived from the server within ${ms} ms (idleTimeout).`),
        );
        void this.close(NORMAL_CLOSURE, 'idle timeout');
      });
      this.idleDeadline.idle();
    }
  }

  private finish(info: CloseInfo): void {
    if (this.closeInfo) return;
    this.idleDeadline?.clear();
    this.idleDeadline = undefined;
    this.closeInfo = info;
    for (const [type, listener] of this.listeners) this.socket.removeEventListener(type, listener);
    this.ended(info, this.closing);
    this.resolveClosed(info);
  }
}
