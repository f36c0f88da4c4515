// One connection of the realtime emulator: what the client sent and was sent, checked against the spec; the
// server's send queue (per TTS context, round-robin, with backpressure, holds and disruptions on command);
// and the levers a test pulls (send, close, terminate, pause reading). The channels' protocols are in
// emulator-protocols.ts.
import { WebSocket, type RawData } from 'ws';
import type { Channel } from '../../../generator/ir/types.js';
import type { RealtimeEmulator } from './emulator.js';
import { newId, queryRecord, sleep, waitFor } from './emulator-helpers.js';
import { newSpeechState, onAudio, onTextCommand, onTtsMessage, onTurnsCommand, type ProtocolHost } from './emulator-protocols.js';
import type {
  Behaviour,
  ChannelId,
  CloseRecord,
  Disruption,
  Outgoing,
  ReceivedFrame,
  SentFrame,
  TtsContextState,
  Violation,
} from './emulator-types.js';
import type { SpecChecker } from './spec-checker.js';

const SERVER_HIGH_WATER = 1 << 20;
const EMPTY = Buffer.alloc(0);
const CLOSE_CODES_FOR_NETWORK = new Set([1005, 1006]);

export class EmulatedConnection implements ProtocolHost {
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
  /** @internal What the STT protocols keep between frames. */
  readonly speech = newSpeechState();
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

  /** @internal */
  get retainPayloads(): boolean {
    return this.emulator.retainPayloads;
  }

  /** @internal */
  dropQueued(contextId: string): number {
    const count = this.outboxes.get(contextId)?.length ?? 0;
    this.outboxes.delete(contextId);
    return count;
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
      onAudio(this, bytes);
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
      onTextCommand(this, text);
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
    if (this.channelId === 'tts.websocket') onTtsMessage(this, record);
    else onTurnsCommand(this, record);
  }

  /** @internal */
  reply(event: Record<string, unknown>, contextId?: string): void {
    this.enqueue({ ...(contextId ? { contextId } : {}), event: () => event });
  }

  /** @internal */
  errorEvent(fields: Record<string, unknown>): Record<string, unknown> {
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

  // ---- Sending --------------------------------------------------------------------------------------------

  /** @internal */
  enqueue(item: Outgoing): void {
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
