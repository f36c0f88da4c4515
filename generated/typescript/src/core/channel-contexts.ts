// Multiplexed realtime sessions: many contexts on one WebSocket, told apart by an id field (TTS), each with
// its own events and errors. Generated classes add the typed commands.
import type { EventQueue } from './event-queue.js';
import { SocketClosedError, type StreamEventError } from './errors.js';
import { SocketSession, type CloseInfo } from './channel-session.js';

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
