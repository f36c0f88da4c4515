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
import { WebSocketServer, type WebSocket } from 'ws';
import { EmulatedConnection } from './emulated-connection.js';
import { newId, queryRecord, waitFor } from './emulator-helpers.js';
import type { Behaviour, EmulatorOptions, HandshakeRecord, Violation } from './emulator-types.js';
import { SpecChecker } from './spec-checker.js';

export { EmulatedConnection } from './emulated-connection.js';
export { audioPattern, countingBytes } from './emulator-helpers.js';
export type * from './emulator-types.js';

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
    const verdict = this.checker.checkHandshake(target, req.headers);
    if (verdict.problems.length > 0) {
      for (const problem of verdict.problems)
        this.record({ connection: undefined, channel: verdict.channel?.id, source: 'handshake', problem, data: target });
      refuse(verdict.status ?? 400, 'Invalid handshake', verdict.problems.join('; '));
      return;
    }
    // A bearer header may be any of the schemes that send one: once any of them lists its accepted values, the
    // credential must be one of those listed.
    const lists = verdict.credential?.parameters.map((p) => this.credentials?.[p]).filter((l) => l !== undefined) ?? [];
    if (verdict.credential && lists.length > 0 && !lists.some((l) => l.includes(verdict.credential!.value))) {
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
