// Realtime sessions over one WebSocket: a single stream of typed events (STT), or many contexts multiplexed
// by an id field (TTS), each with its own events and errors. Generated classes add the typed commands.
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

/** A session whose events belong to contexts, named by `spec.context.idField`. */
export class ContextSession<TEvent> extends SocketSession<TEvent> {
  private readonly contexts = new Map<string, SocketContext<TEvent, unknown>>();

  /** @internal Called by contexts. */
  attach(context: SocketContext<TEvent, unknown>): EventQueue<TEvent> {
    if (this.contexts.has(context.id))
      throw new TypeError(`A context with id "${context.id}" is already open on this socket.`);
    if (!this.isOpen) throw new SocketClosedError(1006, 'the socket is closed');
    this.contexts.set(context.id, context);
    return this.queue<TEvent>();
  }

  /** @internal */
  detach(context: SocketContext<TEvent, unknown>): void {
    if (this.contexts.get(context.id) === context) this.contexts.delete(context.id);
  }

  /** Ids of the contexts still receiving. */
  get openContexts(): string[] {
    return [...this.contexts.keys()];
  }

  protected override deliver(event: TEvent, error: StreamEventError | undefined, size: number): void {
    const { idField, endField } = this.spec.context!;
    const id = (event as Record<string, unknown>)[idField];
    const context = typeof id === 'string' ? this.contexts.get(id) : undefined;
    if (context) {
      context.receive(
        event,
        error,
        endField !== undefined && (event as Record<string, unknown>)[endField] === true,
        size,
      );
    } else if (error && id === undefined) {
      // An error that names no context concerns them all.
      for (const open of [...this.contexts.values()]) open.receive(event, error, true, size);
      super.deliver(event, error, size);
    } else if (id === undefined) {
      super.deliver(event, error, size);
    }
    // Events of contexts nobody is reading any more are dropped.
  }

  protected override ended(info: CloseInfo, byClient: boolean): void {
    // A context still waiting for its last event when the server closes (whatever the code) was cut short.
    for (const context of [...this.contexts.values()]) context.closed(info, byClient);
    super.ended(info, byClient);
  }

  protected override failAll(error: unknown): void {
    for (const context of [...this.contexts.values()]) context.abort(error);
    super.failAll(error);
  }
}

/** One context of a multiplexed session: its commands carry its id, its events arrive here alone. */
export class SocketContext<TEvent, TSettings> implements AsyncIterable<TEvent> {
  readonly id: string;
  /** Settings sent with every command that repeats them (for example model, voice and format). */
  readonly settings: TSettings;
  protected readonly session: ContextSession<TEvent>;
  private readonly events: EventQueue<TEvent>;

  constructor(session: ContextSession<TEvent>, settings: TSettings, id?: string) {
    this.session = session;
    this.settings = settings;
    this.id = id ?? newContextId();
    this.events = session.attach(this as SocketContext<TEvent, unknown>);
  }

  /** True once the context has ended (its last event, an error, a cancel or the socket closing). */
  get done(): boolean {
    return this.events.ended;
  }

  /** This context's events, in order; ends after its last event and throws the errors sent for it. */
  [Symbol.asyncIterator](): AsyncIterator<TEvent> {
    const iterator = this.events[Symbol.asyncIterator]();
    return {
      next: () => iterator.next(),
      return: (value?: unknown) => {
        this.session.detach(this as SocketContext<TEvent, unknown>);
        return iterator.return ? iterator.return(value) : Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  /**
   * The decoded binary payload of each event that carries one (the audio, for TTS), in order. A plain
   * iterator over the context's events rather than an async generator: one promise per chunk, not three.
   */
  bytes(): AsyncIterableIterator<Uint8Array> {
    const fields = this.session.spec.base64Fields ?? [];
    const events = this[Symbol.asyncIterator]();
    const ready: Uint8Array[] = []; // payloads of an event that carries more than one
    const next = (): Promise<IteratorResult<Uint8Array>> => {
      const payload = ready.shift();
      if (payload) return Promise.resolve({ value: payload, done: false });
      return events.next().then((result) => {
        if (result.done) return { value: undefined, done: true };
        for (const field of fields) {
          const value = (result.value as Record<string, unknown>)[field];
          if (value instanceof Uint8Array) ready.push(value);
        }
        return next();
      });
    };
    return {
      next,
      return: async () => {
        ready.length = 0;
        await events.return?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /**
   * Sends a JSON command for this context: the settings when asked, then the caller's fields, then the
   * fields the protocol fixes, and the context id.
   */
  protected command(
    fields: Record<string, unknown>,
    set: Record<string, unknown>,
    withSettings: boolean,
    endsContext = false,
  ): Promise<void> {
    const { idField } = this.session.spec.context!;
    const base =
      withSettings && typeof this.settings === 'object' && this.settings !== null
        ? (this.settings as Record<string, unknown>)
        : {};
    const sent = this.session.sendJson({ ...base, ...fields, ...set, [idField]: this.id });
    if (endsContext) {
      this.events.end();
      this.session.detach(this as SocketContext<TEvent, unknown>);
    }
    return sent;
  }

  /** @internal */
  receive(event: TEvent, error: StreamEventError | undefined, last: boolean, size: number): void {
    if (error) this.events.fail(error);
    else this.events.push(event, size);
    // An error ends the context whatever its `done` says: nothing more of it will be read.
    if (last || error) {
      this.events.end();
      this.session.detach(this as SocketContext<TEvent, unknown>);
    }
  }

  /** @internal */
  closed(info: CloseInfo, clean: boolean): void {
    if (clean) this.events.end();
    else this.events.fail(new SocketClosedError(info.code, info.reason));
    this.session.detach(this as SocketContext<TEvent, unknown>);
  }

  /** @internal */
  abort(error: unknown): void {
    this.events.fail(error);
    this.session.detach(this as SocketContext<TEvent, unknown>);
  }
}

function newContextId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `ctx-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
