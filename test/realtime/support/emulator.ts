// A local emulator of Cartesia's realtime channels (TTS contexts, STT with manual finalize, STT with turn
// detection): a real `ws` WebSocketServer on 127.0.0.1 that speaks the protocol of
// shared/reference/cartesia-realtime.md, checks everything the client sends against the spec (see
// spec-checker.ts), records it, and misbehaves on command. It imports no test framework, so tests,
// benchmarks and browser harnesses can all drive it.
//
//   const emulator = await RealtimeEmulator.start();
//   const client = new Cartesia({ apiKey, baseURL: emulator.url });
//   emulator.behave({ chunkBytes: 512 });            // every later connection
//   emulator.behaveNext({ neverFinish: true });      // the next handshake only
//   const conn = await emulator.connection(0);       // what the server saw, and levers to pull
//   ...
//   await emulator.close();
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { Channel } from '../../../generator/ir/types.js';
import { SpecChecker } from './spec-checker.js';

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

type Outgoing =
  { contextId?: string; event: () => Record<string, unknown> } | { contextId?: string; close: { code: number; reason: string } };

const SERVER_HIGH_WATER = 1 << 20;
const EMPTY = Buffer.alloc(0);
const CLOSE_CODES_FOR_NETWORK = new Set([1005, 1006]);

export class RealtimeEmulator {
  readonly checker: SpecChecker;
  readonly connections: EmulatedConnection[] = [];
  readonly handshakes: HandshakeRecord[] = [];
  readonly violations: Violation[] = [];
  /** @internal */
  readonly retainPayloads: boolean;
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<Socket>();
  private readonly credentials: Record<string, string[]> | undefined;
  private readonly waiters = new Set<() => void>();
  private behaviour: Behaviour;
  private next: Behaviour | undefined;
  private port = 0;

  private constructor(options: EmulatorOptions) {
    this.checker = options.checker ?? new SpecChecker();
    this.credentials = options.credentials;
    this.retainPayloads = options.retainPayloads ?? true;
    this.behaviour = { ...options.behaviour };
    const answer = options.http;
    this.server = http.createServer((req, res) => {
      if (answer) return answer(req, res);
      res.writeHead(426, { 'content-type': 'text/plain', connection: 'close' });
      res.end('This server only speaks WebSocket.');
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.wss = new WebSocketServer({
      server: this.server,
      perMessageDeflate: false,
      verifyClient: (info, done) => this.verify(info.req, done),
    });
    this.wss.on('connection', (socket, req) => this.accept(socket, req));
  }

  static async start(options: EmulatorOptions = {}): Promise<RealtimeEmulator> {
    const emulator = new RealtimeEmulator(options);
    await new Promise<void>((resolve, reject) => {
      emulator.server.once('error', reject);
      emulator.server.listen(0, '127.0.0.1', () => resolve());
    });
    emulator.port = (emulator.server.address() as AddressInfo).port;
    return emulator;
  }

  /** The base URL to give the client (`http:` on loopback becomes `ws:`). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsURL(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Sets the behaviour of every later connection (merged into what was set before). */
  behave(behaviour: Behaviour): this {
    this.behaviour = { ...this.behaviour, ...behaviour };
    return this;
  }

  /** Sets the behaviour of the next handshake only (on top of the general one). */
  behaveNext(behaviour: Behaviour): this {
    this.next = { ...this.next, ...behaviour };
    return this;
  }

  /** Resolves with the `index`-th accepted connection once it exists. */
  connection(index = 0, timeoutMs = 10_000): Promise<EmulatedConnection> {
    return this.until(() => this.connections[index], timeoutMs, `connection #${index}`);
  }

  /** Returns the violations recorded so far and forgets them (for tests that provoke some on purpose). */
  takeViolations(): Violation[] {
    return this.violations.splice(0, this.violations.length);
  }

  /** Resolves with `probe()`'s value once it is truthy, checked after every event of any connection. */
  until<T>(probe: () => T | undefined | false | null, timeoutMs = 10_000, what = 'the condition'): Promise<T> {
    return waitFor(this.waiters, probe, timeoutMs, what);
  }

  /** @internal */
  notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** @internal */
  record(violation: Violation): void {
    this.violations.push(violation);
    this.notify();
  }

  /** Ends every connection at once and stops listening. */
  async close(): Promise<void> {
    for (const connection of this.connections) connection.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private verify(
    req: http.IncomingMessage,
    done: (ok: boolean, code?: number, message?: string, headers?: http.OutgoingHttpHeaders) => void,
  ): void {
    const behaviour = { ...this.behaviour, ...this.next };
    this.next = undefined;
    const target = req.url ?? '';
    const url = new URL(target, 'http://emulator.invalid');
    const record: HandshakeRecord = {
      target,
      path: url.pathname,
      query: queryRecord(url.searchParams),
      headers: req.headers,
      refused: undefined,
    };
    this.handshakes.push(record);
    const refuse = (status: number, title: string, message: string): void => {
      record.refused = status;
      const body = JSON.stringify({ status_code: status, title, message, error_code: null, request_id: newId('req') });
      done(false, status, body, { 'content-type': 'application/json' });
      this.notify();
    };
    const verdict = this.checker.checkHandshake(target);
    if (verdict.problems.length > 0) {
      for (const problem of verdict.problems)
        this.record({ connection: undefined, channel: verdict.channel?.id, source: 'handshake', problem, data: target });
      refuse(verdict.status ?? 400, 'Invalid handshake', verdict.problems.join('; '));
      return;
    }
    const allowed = verdict.credential && this.credentials?.[verdict.credential.parameter];
    if (verdict.credential && allowed && !allowed.includes(verdict.credential.value)) {
      refuse(401, 'Unauthorized', 'The credential is not valid.');
      return;
    }
    if (behaviour.rejectHandshake) {
      record.refused = behaviour.rejectHandshake.status;
      done(false, behaviour.rejectHandshake.status, behaviour.rejectHandshake.body);
      this.notify();
      return;
    }
    if (behaviour.stallHandshake) return;
    (req as http.IncomingMessage & { behaviour?: Behaviour }).behaviour = behaviour;
    done(true);
  }

  private accept(socket: WebSocket, req: http.IncomingMessage): void {
    const url = new URL(req.url ?? '', 'http://emulator.invalid');
    const channel = this.checker.channelAt(url.pathname)!;
    const behaviour = (req as http.IncomingMessage & { behaviour?: Behaviour }).behaviour ?? {};
    const connection = new EmulatedConnection(this, this.connections.length, channel, url, socket, behaviour);
    this.connections.push(connection);
    connection.start();
    this.notify();
  }
}

export class EmulatedConnection {
  readonly index: number;
  readonly channel: Channel;
  readonly channelId: ChannelId;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  readonly requestId = newId('req');
  /** The server's end of the WebSocket. */
  readonly socket: WebSocket;
  readonly received: ReceivedFrame[] = [];
  readonly sent: SentFrame[] = [];
  readonly contexts = new Map<string, TtsContextState>();
  /** Resolves once the connection has closed. */
  readonly closed: Promise<CloseRecord>;
  closeInfo: CloseRecord | undefined;
  behaviour: Behaviour;
  /** Protocol messages sent so far (what `disrupt.afterMessages` counts). */
  messagesSent = 0;
  /** Bytes of audio (binary frames) received so far. */
  audioBytes = 0;
  private readonly emulator: RealtimeEmulator;
  private readonly waiters = new Set<() => void>();
  private readonly general: Outgoing[] = [];
  private readonly outboxes = new Map<string, Outgoing[]>();
  private readonly turn = { state: 'idle' as 'idle' | 'speaking' | 'eager', words: [] as string[], spoken: 0 };
  private pendingAudio = 0;
  private pumping = false;
  private closingBy: CloseRecord['by'] | undefined;
  private resolveClosed!: (info: CloseRecord) => void;

  constructor(emulator: RealtimeEmulator, index: number, channel: Channel, url: URL, socket: WebSocket, behaviour: Behaviour) {
    this.emulator = emulator;
    this.index = index;
    this.channel = channel;
    this.channelId = channel.id as ChannelId;
    this.path = url.pathname;
    this.query = queryRecord(url.searchParams);
    this.socket = socket;
    this.behaviour = behaviour;
    this.closed = new Promise((resolve) => (this.resolveClosed = resolve));
  }

  private get checker(): SpecChecker {
    return this.emulator.checker;
  }

  /** Changes this connection's behaviour (merged into the current one). */
  behave(behaviour: Behaviour): this {
    this.behaviour = { ...this.behaviour, ...behaviour };
    void this.pump();
    return this;
  }

  /** Resolves with `probe()`'s value once it is truthy, checked after every frame in or out and on close. */
  until<T>(probe: () => T | undefined | false | null, timeoutMs = 10_000, what = 'the condition'): Promise<T> {
    return waitFor(this.waiters, probe, timeoutMs, what);
  }

  /** JSON messages the client sent, in order. */
  get messages(): Record<string, unknown>[] {
    return this.received.flatMap((f) => (f.kind === 'json' ? [f.message] : []));
  }

  /** Text frames the client sent, in order (JSON ones included, as text). */
  get texts(): string[] {
    return this.received.flatMap((f) => (f.kind === 'binary' ? [] : [f.text]));
  }

  /** Binary frames the client sent, in order. */
  get binaryFrames(): Buffer[] {
    return this.received.flatMap((f) => (f.kind === 'binary' ? [f.bytes] : []));
  }

  /** Every binary byte the client sent, joined. */
  get audio(): Buffer {
    return Buffer.concat(this.binaryFrames);
  }

  /** Sends a protocol message now (no queue, no hold); it is still checked against the spec. */
  send(message: Record<string, unknown>, contextId?: string): void {
    this.transmitEvent(message, contextId);
  }

  /** Sends a frame exactly as given, unchecked: text, or binary for a Buffer/Uint8Array. */
  sendRaw(data: string | Uint8Array): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    const binary = typeof data !== 'string';
    this.socket.send(data, { binary });
    this.sent.push({ kind: 'raw', data: binary ? Buffer.from(data) : data });
    this.changed();
  }

  /** Sends a text frame that is not JSON. */
  sendMalformed(text = '{"type":"chunk","context_id":'): void {
    this.sendRaw(text);
  }

  /** Sends an error message: for one context when `fields.context_id` is set, else for the whole socket. */
  sendError(fields: Record<string, unknown> = {}): void {
    this.transmitEvent(this.errorEvent(fields), typeof fields.context_id === 'string' ? fields.context_id : undefined);
  }

  /** Starts a close handshake from the server with this code. */
  close(code = 1000, reason = ''): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.closingBy ??= 'server';
    this.socket.close(code, reason);
  }

  /** Drops the TCP connection without a close frame. */
  terminate(): void {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    this.closingBy ??= 'network';
    this.socket.terminate();
  }

  /** Sends what `hold` kept back, and stops holding. */
  release(): void {
    this.behave({ hold: false });
  }

  pauseReading(): void {
    this.socket.pause();
  }

  resumeReading(): void {
    this.socket.resume();
  }

  /** Messages queued and not sent yet. */
  get queued(): number {
    let count = this.general.length;
    for (const box of this.outboxes.values()) count += box.length;
    return count;
  }

  /** @internal */
  start(): void {
    this.socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    this.socket.on('error', () => undefined); // a close follows; the close record says how it ended
    this.socket.on('close', (code, reason) => {
      const by = this.closingBy ?? (CLOSE_CODES_FOR_NETWORK.has(code) ? 'network' : 'client');
      this.closeInfo = { code, reason: reason.toString(), by };
      this.resolveClosed(this.closeInfo);
      this.changed();
    });
    if (this.behaviour.pauseReading) this.socket.pause();
    if (this.channelId === 'stt.turns.websocket') this.enqueue({ event: () => ({ type: 'connected', request_id: this.requestId }) });
  }

  private changed(): void {
    for (const waiter of [...this.waiters]) waiter();
    this.emulator.notify();
  }

  private violation(problem: string, data?: unknown, source: Violation['source'] = 'client'): void {
    this.emulator.record({ connection: this.index, channel: this.channelId, source, problem, data });
  }

  private receive(data: RawData, isBinary: boolean): void {
    this.handle(data, isBinary);
    this.changed(); // after handling, so waiters see its effects too
  }

  private handle(data: RawData, isBinary: boolean): void {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    if (isBinary) {
      this.audioBytes += bytes.length;
      this.received.push({ kind: 'binary', bytes: this.emulator.retainPayloads ? bytes : EMPTY });
      if (!this.channel.audio) {
        this.violation('binary frame on a channel that takes no audio', bytes.length);
        this.reply(this.errorEvent({ status_code: 400, title: 'Invalid message', message: 'Binary frames are not accepted here.' }));
        return;
      }
      this.onAudio(bytes);
      return;
    }
    const text = bytes.toString('utf8');
    if (!this.checker.takesJson(this.channel)) {
      this.received.push({ kind: 'text', text });
      const commands = this.checker.textCommands(this.channel);
      if (!commands.includes(text)) {
        this.violation(`text frame ${JSON.stringify(text.slice(0, 80))} is none of ${commands.join(', ')}`, text);
        this.reply(
          this.errorEvent({ status_code: 400, title: 'Invalid command', message: `Unknown command; send one of ${commands.join(', ')}.` }),
        );
        return;
      }
      this.onTextCommand(text);
      return;
    }
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.received.push({ kind: 'text', text });
      this.violation('text frame that is not JSON', text);
      this.reply(this.errorEvent({ status_code: 400, title: 'Invalid JSON', message: 'The message is not valid JSON.' }));
      return;
    }
    const record = typeof message === 'object' && message !== null && !Array.isArray(message) ? (message as Record<string, unknown>) : {};
    this.received.push({ kind: 'json', message: record, text });
    const verdict = this.checker.checkCommand(this.channel, message);
    if (!verdict.valid) {
      this.violation(`message does not match the spec: ${verdict.errors}`, message);
      const contextId = typeof record.context_id === 'string' ? record.context_id : undefined;
      const error = this.errorEvent({
        status_code: 400,
        title: 'Invalid request',
        message: verdict.errors,
        ...(contextId ? { context_id: contextId } : {}),
      });
      if (contextId && this.contexts.has(contextId)) this.contexts.get(contextId)!.errorSent = true;
      this.reply(error, contextId);
      return;
    }
    if (this.channelId === 'tts.websocket') this.onTtsMessage(record);
    else this.onTurnsCommand(record);
  }

  private reply(event: Record<string, unknown>, contextId?: string): void {
    this.enqueue({ ...(contextId ? { contextId } : {}), event: () => event });
  }

  private errorEvent(fields: Record<string, unknown>): Record<string, unknown> {
    const base: Record<string, unknown> = {
      type: 'error',
      status_code: 500,
      title: 'Internal error',
      message: 'The emulator was told to fail.',
      request_id: this.requestId,
    };
    if (this.channelId === 'tts.websocket') base.done = true;
    return { ...base, ...fields };
  }

  // ---- TTS ------------------------------------------------------------------------------------------------

  private onTtsMessage(message: Record<string, unknown>): void {
    const id = message.context_id as string;
    if (message.cancel === true) {
      const context = this.contexts.get(id);
      if (!context) return;
      context.cancelled = true;
      const box = this.outboxes.get(id) ?? [];
      context.droppedByCancel += box.length;
      this.outboxes.delete(id);
      context.requests.push(message);
      return;
    }
    let context = this.contexts.get(id);
    if (!context) {
      context = {
        id,
        requests: [],
        transcripts: [],
        flushId: 1,
        audio: [],
        audioSent: 0,
        generated: 0,
        lastInputReceived: false,
        doneSent: false,
        cancelled: false,
        droppedByCancel: 0,
        sentAfterCancel: 0,
        errorSent: false,
      };
      this.contexts.set(id, context);
    }
    context.requests.push(message);
    if (context.cancelled || context.lastInputReceived || context.errorSent) return;
    if (this.behaviour.failContexts?.includes(id)) {
      context.errorSent = true;
      const fields = {
        status_code: 400,
        title: 'Context failed',
        message: `Generation failed for context ${id}.`,
        ...this.behaviour.contextError,
      };
      this.reply(this.errorEvent({ ...fields, context_id: id }), id);
      return;
    }
    const transcript = typeof message.transcript === 'string' ? message.transcript : '';
    if (transcript !== '') {
      context.transcripts.push(transcript);
      this.generate(context, transcript, message);
    }
    if (message.flush === true) {
      const flushId = context.flushId++;
      this.reply({ type: 'flush_done', context_id: id, status_code: 206, done: false, flush_done: true, flush_id: flushId }, id);
    }
    if (message.continue !== true) {
      context.lastInputReceived = true;
      if (!this.behaviour.neverFinish) {
        this.enqueue({
          contextId: id,
          event: () => {
            context.doneSent = true;
            return { type: 'done', context_id: id, status_code: 200, done: true };
          },
        });
      }
    }
  }

  private generate(context: TtsContextState, transcript: string, message: Record<string, unknown>): void {
    const total = this.behaviour.audioBytes ?? transcript.length * (this.behaviour.bytesPerChar ?? 64);
    const chunk = Math.max(1, this.behaviour.chunkBytes ?? 4096);
    const flushId = context.flushId;
    const start = context.generated;
    context.generated += total;
    for (let offset = 0; offset < total; offset += chunk) {
      const length = Math.min(chunk, total - offset);
      this.enqueue({
        contextId: context.id,
        event: () => {
          const audio = audioPattern(context.id, start + offset, length);
          context.audioSent += length;
          if (this.emulator.retainPayloads) context.audio.push(audio);
          return {
            type: 'chunk',
            context_id: context.id,
            status_code: 206,
            done: false,
            data: audio.toString('base64'),
            step_time: 1.5,
            flush_id: flushId,
          };
        },
      });
    }
    const settings = context.requests[0] ?? {};
    const format = (message.output_format ?? settings.output_format) as { sample_rate?: number; encoding?: string } | undefined;
    const seconds = total / ((format?.sample_rate ?? 24000) * bytesPerSample(format?.encoding));
    const words = transcript.split(/\s+/).filter(Boolean);
    const at = (i: number, n: number): number => Math.round(((seconds * i) / Math.max(n, 1)) * 1000) / 1000;
    if ((message.add_timestamps ?? settings.add_timestamps) === true) {
      const word_timestamps = { words, start: words.map((_, i) => at(i, words.length)), end: words.map((_, i) => at(i + 1, words.length)) };
      this.reply(
        { type: 'timestamps', context_id: context.id, status_code: 206, done: false, flush_id: flushId, word_timestamps },
        context.id,
      );
    }
    if ((message.add_phoneme_timestamps ?? settings.add_phoneme_timestamps) === true) {
      const phonemes = words
        .join('')
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .split('');
      const phoneme_timestamps = {
        phonemes,
        start: phonemes.map((_, i) => at(i, phonemes.length)),
        end: phonemes.map((_, i) => at(i + 1, phonemes.length)),
      };
      this.reply(
        { type: 'phoneme_timestamps', context_id: context.id, status_code: 206, done: false, flush_id: flushId, phoneme_timestamps },
        context.id,
      );
    }
  }

  // ---- STT ------------------------------------------------------------------------------------------------

  private onAudio(bytes: Buffer): void {
    if (this.channelId === 'stt.websocket') {
      this.pendingAudio += bytes.length;
      if (this.behaviour.interim) {
        const heard = this.pendingAudio;
        this.reply({ type: 'transcript', request_id: this.requestId, text: `hearing ${heard} bytes`, is_final: false });
      }
      return;
    }
    // Turn detection, made predictable: a frame with any non-zero byte is speech, an all-zero frame silence.
    const speech = bytes.some((b) => b !== 0);
    const turn = this.turn;
    const event = (type: string, withTranscript: boolean): void => {
      const transcript = turn.words.join(' ');
      this.reply({ type, request_id: this.requestId, ...(withTranscript ? { transcript } : {}) });
    };
    if (speech) {
      if (turn.state === 'idle') event('turn.start', false);
      if (turn.state === 'eager') event('turn.resume', false);
      turn.state = 'speaking';
      turn.words.push(`word${++turn.spoken}`);
      event('turn.update', true);
    } else if (turn.state === 'speaking') {
      turn.state = 'eager';
      event('turn.eager_end', true);
    } else if (turn.state === 'eager') {
      event('turn.end', true);
      turn.state = 'idle';
      turn.words = [];
    }
  }

  private onTextCommand(text: string): void {
    if (text === 'finalize') {
      this.finalTranscript(true);
      this.reply({ type: 'flush_done', request_id: this.requestId });
    } else if (text === 'close') {
      if (this.behaviour.neverFinish) return;
      this.finalTranscript(false);
      this.reply({ type: 'done', request_id: this.requestId });
      this.enqueue({ close: { code: 1000, reason: '' } });
    }
  }

  private finalTranscript(always: boolean): void {
    const heard = this.pendingAudio;
    if (heard === 0 && !always) return;
    this.pendingAudio = 0;
    const rate = Number(this.query.sample_rate) || 16000;
    const duration = heard / (rate * bytesPerSample(String(this.query.encoding)));
    this.reply({
      type: 'transcript',
      request_id: this.requestId,
      text: `heard ${heard} bytes. `,
      is_final: true,
      duration,
      language: 'en',
    });
  }

  private onTurnsCommand(message: Record<string, unknown>): void {
    if (message.type !== 'close' || this.behaviour.neverFinish) return;
    if (this.turn.state !== 'idle') {
      this.reply({ type: 'turn.end', request_id: this.requestId, transcript: this.turn.words.join(' ') });
      this.turn.state = 'idle';
      this.turn.words = [];
    }
    this.enqueue({ close: { code: 1000, reason: '' } });
  }

  // ---- Sending --------------------------------------------------------------------------------------------

  private enqueue(item: Outgoing): void {
    if (this.behaviour.silent) return;
    if (item.contextId === undefined) this.general.push(item);
    else {
      const box = this.outboxes.get(item.contextId);
      if (box) box.push(item);
      else this.outboxes.set(item.contextId, [item]);
    }
    void this.pump();
  }

  private take(): Outgoing | undefined {
    const general = this.general.shift();
    if (general) return general;
    const first = this.outboxes.entries().next();
    if (first.done) return undefined;
    const [id, box] = first.value;
    const item = box.shift();
    if (box.length === 0) this.outboxes.delete(id);
    else if (this.behaviour.interleave !== false) {
      // Round-robin: this context goes to the back of the line.
      this.outboxes.delete(id);
      this.outboxes.set(id, box);
    }
    return item;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        if (this.behaviour.hold || this.socket.readyState !== WebSocket.OPEN) return;
        const item = this.take();
        if (!item) return;
        if ('close' in item) {
          this.close(item.close.code, item.close.reason);
          return;
        }
        // The emulator's own backpressure: wait while its send buffer is full (the client reads slowly).
        while (this.socket.bufferedAmount > SERVER_HIGH_WATER && this.socket.readyState === WebSocket.OPEN) await sleep(2);
        if (this.socket.readyState !== WebSocket.OPEN) return;
        const context = item.contextId === undefined ? undefined : this.contexts.get(item.contextId);
        if (context?.cancelled) {
          context.droppedByCancel++;
          continue;
        }
        this.transmitEvent(item.event(), item.contextId);
        const disrupt = this.behaviour.disrupt;
        if (disrupt && this.messagesSent === disrupt.afterMessages) {
          this.disrupt(disrupt);
          if (disrupt.action === 'close' || disrupt.action === 'terminate') return;
        }
        if (this.behaviour.delayMs) await sleep(this.behaviour.delayMs);
        else await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.pumping = false;
    }
  }

  private disrupt(disruption: Disruption): void {
    if (disruption.action === 'close') this.close(disruption.code, disruption.reason ?? '');
    else if (disruption.action === 'terminate') this.terminate();
    else if (disruption.action === 'malformed') this.sendMalformed();
    else this.sendError({ status_code: 500, title: 'Internal error', message: 'The session failed.', ...disruption.fields });
  }

  private transmitEvent(event: Record<string, unknown>, contextId?: string): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    const verdict = this.checker.checkEvent(this.channel, event);
    if (!verdict.valid) this.violation(`the emulator sent a message outside the spec: ${verdict.errors}`, event, 'emulator');
    const context = contextId === undefined ? undefined : this.contexts.get(contextId);
    if (context?.cancelled) context.sentAfterCancel++;
    const text = JSON.stringify(event);
    const pieces = Math.max(1, Math.floor(this.behaviour.fragment ?? 1));
    if (pieces === 1) this.socket.send(text, { binary: false });
    else {
      // Split the UTF-8 bytes (possibly inside a character): the receiver must join the frames first.
      const bytes = Buffer.from(text, 'utf8');
      const size = Math.ceil(bytes.length / pieces);
      for (let offset = 0; offset < bytes.length; offset += size) {
        this.socket.send(bytes.subarray(offset, offset + size), { binary: false, fin: offset + size >= bytes.length });
      }
    }
    this.messagesSent++;
    this.sent.push({ kind: 'event', data: this.emulator.retainPayloads ? text : '', ...(contextId === undefined ? {} : { contextId }) });
    this.changed();
  }
}

/**
 * The audio the emulator sends for a context: byte `i` is `(seed + i) mod 256`, where the seed comes from the
 * context id. Audio routed to the wrong context, reordered, cut or doubled no longer fits the pattern.
 */
export function audioPattern(contextId: string, offset: number, length: number): Buffer {
  const seed = seedOf(contextId);
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) out[i] = (seed + offset + i) & 0xff;
  return out;
}

/** A deterministic stand-in for audio: `length` bytes counting up from `start`, none of them zero. */
export function countingBytes(length: number, start = 0): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = ((start + i) % 255) + 1;
  return out;
}

function seedOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function bytesPerSample(encoding: string | undefined): number {
  if (encoding === 'pcm_f32le' || encoding === 'pcm_s32le') return 4;
  if (encoding === 'pcm_mulaw' || encoding === 'pcm_alaw') return 1;
  return 2;
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of params) {
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

function newId(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 12)}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function waitFor<T>(waiters: Set<() => void>, probe: () => T | undefined | false | null, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = (): void => {
      let value: T | undefined | false | null;
      try {
        value = probe();
      } catch (error) {
        finish();
        reject(error);
        return;
      }
      if (value) {
        finish();
        resolve(value);
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`The emulator did not see ${what} within ${timeoutMs} ms.`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      waiters.delete(check);
    };
    waiters.add(check);
    check();
  });
}
