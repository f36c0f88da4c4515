// WebSocket plumbing shared by every realtime channel: finding a WebSocket implementation, connecting with a
// timeout, sending with backpressure, receiving into bounded buffers, and closing without leftovers.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ClientError,
  SocketClosedError,
} from './errors.js';
import { hasTimeout } from './deadline.js';
import { sleep } from './environment.js';
import type { Redactor } from './redact.js';

/** The subset of the WHATWG WebSocket API the client uses; browsers, Deno, Bun and the `ws` package have it. */
export interface WebSocketLike {
  readonly readyState: number;
  readonly bufferedAmount: number;
  binaryType: string;
  send(data: string | ArrayBufferLike | ArrayBufferView | Blob): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: any) => void): void;
  removeEventListener(type: string, listener: (event: any) => void): void;
  /** `ws` (Node) only: stop and restart reading from the network, for backpressure. */
  pause?(): void;
  resume?(): void;
}

export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocketLike;

const OPEN = 1;
/** Same as the sessions' default limit (`ws` would allow 100 MiB). */
const DEFAULT_MAX_PAYLOAD = 64 << 20;
const CLOSED = 3;

/**
 * The global WebSocket (browsers, Deno, Bun, Node 22+), else the optional `ws` package (Node 20), unless the
 * caller passes one. The package name is kept out of static imports so bundlers for browsers leave it alone.
 */
export async function resolveWebSocket(provided?: WebSocketConstructor): Promise<WebSocketConstructor> {
  if (provided) return provided;
  const global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (global) return global;
  const name = 'ws';
  try {
    const module = (await import(/* webpackIgnore: true */ /* @vite-ignore */ name)) as {
      default?: unknown;
      WebSocket?: unknown;
    };
    const ctor = (module.WebSocket ?? module.default) as WebSocketConstructor | undefined;
    if (typeof ctor === 'function') return ctor;
  } catch {
    // fall through to the explanation below
  }
  throw new ClientError(
    'No WebSocket implementation found: this runtime has no global WebSocket. Install the `ws` package (npm install ws) or pass `WebSocket` in the options.',
  );
}

export interface ConnectOptions {
  WebSocket?: WebSocketConstructor;
  /** Milliseconds to wait for the handshake. */
  timeout?: number;
  signal?: AbortSignal | null;
  /** Largest message to accept (the `ws` package refuses larger ones itself; sessions check the others). */
  maxMessageBytes?: number;
  /** Masks credentials in messages from the implementation. */
  redact?: Redactor;
  /**
   * Handshake headers (credential, version). Given as `{ headers }` in the second argument, which `ws`, Node's
   * global WebSocket (undici) and Bun read; only passed when there are headers (never in browsers).
   */
  headers?: Record<string, string>;
  /** Sent as the handshake's User-Agent where the implementation can send headers (`ws`, undici, Bun). */
  userAgent?: string;
  /** The error for a handshake the server refused, where the implementation reports the response (`ws`). */
  refused?: (status: number, headers: Headers, body: ArrayBuffer) => Promise<Error>;
}

/** `ws`'s event for a handshake answered with something other than 101, with Node's request and response. */
interface HandshakeResponse extends AsyncIterable<Uint8Array> {
  statusCode?: number;
  headers: Record<string, string | string[] | undefined>;
  destroy(): void;
}
interface EmitterSocket {
  on(event: 'unexpected-response', listener: (request: unknown, response: HandshakeResponse) => void): void;
  off(event: 'unexpected-response', listener: (request: unknown, response: HandshakeResponse) => void): void;
}

/**
 * Opens a socket and resolves with `wrap(socket)` once it is open; `redactedURL` is what error messages may
 * show. `wrap` runs inside the open event, so its listeners are in place before the first message.
 */
export async function openSocket<S>(
  url: string,
  redactedURL: string,
  options: ConnectOptions,
  wrap: (socket: WebSocketLike) => S,
): Promise<S> {
  const Ctor = await resolveWebSocket(options.WebSocket);
  if (options.signal?.aborted) throw new APIUserAbortError('The connection was aborted before it started.');
  const maxPayload = options.maxMessageBytes ?? DEFAULT_MAX_PAYLOAD;
  const agent = options.userAgent ? { 'user-agent': options.userAgent } : undefined;
  // A third argument is `ws`'s options; WHATWG implementations take two and ignore it. With headers, the
  // options go second: `ws` reads an object there as its options, undici and Bun as their init. A User-Agent
  // alone goes third, so a WHATWG-style implementation (which takes protocols second) never sees it.
  const socket = options.headers
    ? new (Ctor as new (url: string, init: object) => WebSocketLike)(url, {
        headers: { ...agent, ...options.headers },
        maxPayload,
      })
    : new (Ctor as new (url: string, protocols: undefined, options: object) => WebSocketLike)(
        url,
        undefined,
        {
          maxPayload,
          ...(agent ? { headers: agent } : {}),
        },
      );
  socket.binaryType = 'arraybuffer';
  const timeout = options.timeout ?? 30_000;
  return new Promise<S>((resolve, reject) => {
    const cleanup = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      socket.removeEventListener('open', onOpen);
      socket.removeEventListener('error', onError);
      socket.removeEventListener('close', onClose);
      options.signal?.removeEventListener('abort', onAbort);
      if (emitter) emitter.off('unexpected-response', onRefused);
    };
    const fail = (error: Error): void => {
      cleanup();
      // Closing a socket that is still connecting makes `ws` report one more error, which would be thrown
      // as uncaught with no listener left: catch it until the socket has closed.
      if (socket.readyState !== CLOSED) {
        const ignore = (): void => undefined;
        const release = (): void => {
          socket.removeEventListener('error', ignore);
          socket.removeEventListener('close', release);
        };
        socket.addEventListener('error', ignore);
        socket.addEventListener('close', release);
      }
      try {
        socket.close();
      } catch {
        // already closing
      }
      reject(error);
    };
    // A message may follow the handshake in the same network read: the session must listen before it.
    const onOpen = (): void => {
      cleanup();
      resolve(wrap(socket));
    };
    // Handshake failures carry no status in the WebSocket API; `ws` puts it in the message.
    const onError = (event: { message?: string; error?: { message?: string } }): void =>
      fail(
        new APIConnectionError(
          `Could not open the WebSocket to ${redactedURL}${options.redact?.text(describe(event)) ?? describe(event)}.`,
        ),
      );
    const onClose = (event: { code?: number; reason?: string }): void =>
      fail(
        new SocketClosedError(
          event.code ?? 1006,
          options.redact?.text(event.reason ?? '') || 'closed during the handshake',
        ),
      );
    const onAbort = (): void => fail(new APIUserAbortError('The connection was aborted.'));
    // `ws` reports a refused handshake's response (a WHATWG socket only says "error"): read it for a typed error.
    const emitter =
      options.refused && typeof (socket as Partial<EmitterSocket>).on === 'function'
        ? (socket as unknown as EmitterSocket)
        : undefined;
    const onRefused = (_request: unknown, response: HandshakeResponse): void => {
      void refusal(response, options.refused!).then(fail, (cause: unknown) =>
        fail(new APIConnectionError(`The WebSocket handshake with ${redactedURL} was refused.`, { cause })),
      );
    };
    // Infinity (or past setTimeout's range) means no timer: setTimeout would fire at once.
    const timer = hasTimeout(timeout)
      ? setTimeout(
          () =>
            fail(
              new APIConnectionTimeoutError(
                `The WebSocket handshake with ${redactedURL} timed out after ${timeout} ms.`,
              ),
            ),
          timeout,
        )
      : undefined;
    socket.addEventListener('open', onOpen);
    socket.addEventListener('error', onError);
    socket.addEventListener('close', onClose);
    emitter?.on('unexpected-response', onRefused);
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Largest body of a refused handshake read for its error; the rest is dropped. */
const MAX_REFUSAL_BYTES = 64 << 10;

async function refusal(
  response: HandshakeResponse,
  refused: NonNullable<ConnectOptions['refused']>,
): Promise<Error> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers))
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, item);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response) {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size >= MAX_REFUSAL_BYTES) break;
    }
  } finally {
    response.destroy();
  }
  const body = new Uint8Array(Math.min(size, MAX_REFUSAL_BYTES));
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, body.byteLength - offset);
    body.set(part, offset);
    offset += part.byteLength;
  }
  return refused(response.statusCode ?? 0, headers, body.buffer as ArrayBuffer);
}

function describe(event: { message?: string; error?: { message?: string } }): string {
  const message = event.error?.message ?? event.message;
  // Never echo a URL back: it would carry the credential query parameter.
  return message ? `: ${message.replace(/\b(wss?|https?):\/\/\S+/g, '<url>')}` : '';
}

/** Bytes the client lets pile up in the socket's send buffer before it waits. */
const SEND_HIGH_WATER = 1 << 20;

/** Sends once the socket's send buffer has drained below the high-water mark. */
export async function sendWithBackpressure(
  socket: WebSocketLike,
  data: string | Uint8Array,
  isClosed: () => boolean,
): Promise<void> {
  while (socket.bufferedAmount > SEND_HIGH_WATER) {
    if (isClosed()) return;
    await sleep(5);
  }
  if (isClosed() || socket.readyState !== OPEN) throw new SocketClosedError(1006, 'the socket is not open');
  socket.send(data);
}

/** Reads audio from any common async source as Uint8Array chunks. */
export async function* audioChunks(
  source: AsyncIterable<Uint8Array | ArrayBuffer | string> | ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  if (typeof (source as ReadableStream).getReader === 'function' && !(Symbol.asyncIterator in source)) {
    const reader = (source as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  for await (const chunk of source as AsyncIterable<Uint8Array | ArrayBuffer | string>) {
    if (typeof chunk === 'string') yield new TextEncoder().encode(chunk);
    else yield chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
  }
}
