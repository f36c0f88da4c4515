// A real `node:http` server on 127.0.0.1 for behaviour tests: it records every request (method, raw path and
// query, headers, raw body) and answers each with the next scripted handler.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The raw request target, exactly as it came over the wire. */
  target: string;
  /** The raw path (percent-encoding untouched). */
  path: string;
  /** The raw query string, without `?` ('' when absent). */
  rawQuery: string;
  /** The query parsed: a repeated name gives an array. */
  query: Record<string, string | string[]>;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** `performance.now()` when the request arrived. */
  receivedAt: number;
  /** Resolves when the server side of this exchange closes (finished, or the client went away). */
  closed: Promise<void>;
  /** Whether the response was finished by the server before the connection closed. */
  finished(): boolean;
  /** Whether the connection of this exchange has closed. */
  isClosed(): boolean;
}

export type Handler = (req: RecordedRequest, res: http.ServerResponse) => void | Promise<void>;

export class TestServer {
  readonly requests: RecordedRequest[] = [];
  /** Handler errors (a broken script must fail the test, not hang it). */
  readonly failures: unknown[] = [];
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private queue: Handler[] = [];
  private fallback: Handler | undefined;
  private port = 0;

  constructor() {
    this.server = http.createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<TestServer> {
    const instance = new TestServer();
    await instance.listen();
    return instance;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Scripts the answers of the next requests, one handler per request, in order. */
  reply(...handlers: Handler[]): this {
    this.queue.push(...handlers);
    return this;
  }

  /** Answers every request with `handler` once the scripted ones are used up. */
  always(handler: Handler): this {
    this.fallback = handler;
    return this;
  }

  /** Closes every connection from the server's side (idle keep-alive ones included). */
  dropConnections(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  /** Forgets requests and scripts (between tests). */
  reset(): void {
    this.requests.length = 0;
    this.failures.length = 0;
    this.queue = [];
    this.fallback = undefined;
  }

  /** Number of sockets currently open to this server. */
  get openSockets(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const chunks: Buffer[] = [];
    let closedFlag = false;
    const closed = new Promise<void>((resolve) =>
      res.on('close', () => {
        closedFlag = true;
        resolve();
      }),
    );
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return; // the client went away while sending
    }
    const target = req.url ?? '';
    const q = target.indexOf('?');
    const rawQuery = q === -1 ? '' : target.slice(q + 1);
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of new URLSearchParams(rawQuery)) {
      const seen = query[name];
      query[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
    }
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      target,
      path: q === -1 ? target : target.slice(0, q),
      rawQuery,
      query,
      headers: req.headers,
      body: Buffer.concat(chunks),
      receivedAt,
      closed,
      finished: () => res.writableFinished,
      isClosed: () => closedFlag,
    };
    this.requests.push(recorded);
    const handler = this.queue.shift() ?? this.fallback ?? unscripted;
    try {
      await handler(recorded, res);
    } catch (err) {
      this.failures.push(err);
      if (!res.headersSent) res.writeHead(599, { 'content-type': 'text/plain' });
      res.end(`test server handler failed: ${String(err)}`);
    }
  }
}

const unscripted: Handler = (req, res) => {
  res.writeHead(599, { 'content-type': 'text/plain' });
  res.end(`no scripted response for ${req.method} ${req.target}`);
};

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

/** A text answer with the given content type (or none). */
export function text(status: number, body: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
}

/** An answer without a body (204 by default). */
export function empty(status = 204, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, headers);
    res.end();
  };
}

/** Never answers: the exchange stays open until the client gives up (or the server closes). */
export function hang(): Handler {
  return () => undefined;
}

export interface Deferred<T = void> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Rejects with `message` when `promise` takes longer than `ms` (a safety net, not a timing assertion). */
export async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (no result within ${ms} ms)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `predicate` until it holds; fails after `ms`. */
export async function waitUntil(predicate: () => boolean, ms: number, message: string): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) throw new Error(`${message} (not within ${ms} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
