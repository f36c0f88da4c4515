// A WebSocket server that completes the handshake and then never answers cannot make a reader wait forever
// when the caller asked for an idle timeout; a message over the size limit is reported as 1009 "message too
// big" (not a bare 1006); `timeout: Infinity` on the handshake means no timer; and a server that echoes the
// API key (sent in the handshake query) in an error event or a close reason does not get it into errors.
import util from 'node:util';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as WsClient, WebSocketServer, type WebSocket } from 'ws';
import {
  APIConnectionTimeoutError,
  Cartesia,
  SocketClosedError,
  StreamEventError,
  type WebSocketConstructor,
} from '../../generated/typescript/src/index.js';
import { API_KEY, sttParams } from '../realtime/support/client.js';
import { within } from '../realtime/support/wait.js';

let wss: WebSocketServer;
let baseURL: string;
/** What the server does with each new connection. */
let onConnection: (socket: WebSocket) => void = () => undefined;
let handshakeDelay = 0;

beforeAll(async () => {
  wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: (_info, done) => void setTimeout(() => done(true), handshakeDelay),
  });
  wss.on('connection', (socket) => onConnection(socket));
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  baseURL = `http://127.0.0.1:${(wss.address() as AddressInfo).port}`;
});
afterEach(() => {
  onConnection = () => undefined;
  handshakeDelay = 0;
  for (const socket of wss.clients) socket.terminate();
});
afterAll(() => new Promise<void>((resolve) => wss.close(() => resolve())));

const client = (): Cartesia => new Cartesia({ apiKey: API_KEY, baseURL });

async function firstEvent(events: AsyncIterable<unknown>): Promise<unknown> {
  for await (const event of events) return event;
  return undefined;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('a server that never answers after the handshake', () => {
  it('fails a waiting reader with APIConnectionTimeoutError after idleTimeout, and closes the socket', async () => {
    const session = await client().stt.websocket(sttParams, { idleTimeout: 300 });
    await session.sendAudio(new Uint8Array(320));
    const error = await within(rejection(firstEvent(session)), 5_000, 'the reader waited forever');
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toMatch(/idleTimeout/);
    expect(await within(session.closed, 5_000, 'the socket stayed open')).toMatchObject({ code: 1000 });
  });

  it('keeps a session whose server answers in time, however long it lasts in all', async () => {
    onConnection = (socket) => {
      let n = 0;
      const timer = setInterval(() => {
        n++;
        socket.send(JSON.stringify({ type: 'transcript', text: `t${n}`, is_final: false, request_id: 'r' }));
        if (n === 6) {
          clearInterval(timer);
          socket.close(1000);
        }
      }, 100);
      socket.on('close', () => clearInterval(timer));
    };
    const session = await client().stt.websocket(sttParams, { idleTimeout: 400 });
    const events: unknown[] = [];
    for await (const event of session) events.push(event);
    expect(events).toHaveLength(6);
  });
});

describe('a message over the size limit', () => {
  it('ends the session with SocketClosedError code 1009 "message too big"', async () => {
    onConnection = (socket) =>
      socket.send(JSON.stringify({ type: 'transcript', text: 'x'.repeat(4_096), is_final: true, request_id: 'r' }));
    const session = await client().stt.websocket(sttParams, { maxMessageBytes: 1_024 });
    const error = await within(rejection(firstEvent(session)), 5_000, 'the oversized message hung the reader');
    expect(error).toBeInstanceOf(SocketClosedError);
    expect((error as SocketClosedError).code).toBe(1009);
    expect((error as Error).message).toMatch(/message too big/);
    expect(await within(session.closed, 5_000, 'the socket stayed open')).toMatchObject({ code: 1009 });
  });

  it('is caught by the session too when the WebSocket implementation has no limit of its own', async () => {
    // Like a WHATWG WebSocket: two constructor arguments, so `ws` keeps its own 100 MiB default.
    class Unlimited extends WsClient {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols);
      }
    }
    onConnection = (socket) =>
      socket.send(JSON.stringify({ type: 'transcript', text: 'x'.repeat(4_096), is_final: true, request_id: 'r' }));
    const session = await new Cartesia({ apiKey: API_KEY, baseURL, WebSocket: Unlimited as unknown as WebSocketConstructor }).stt.websocket(
      sttParams,
      { maxMessageBytes: 1_024 },
    );
    const error = await within(rejection(firstEvent(session)), 5_000, 'the oversized message hung the reader');
    expect(error).toBeInstanceOf(SocketClosedError);
    expect((error as SocketClosedError).code).toBe(1009);
    expect(await within(session.closed, 5_000, 'the socket stayed open')).toMatchObject({ code: 1009 });
  });

  it('lets a message under the limit through', async () => {
    onConnection = (socket) => {
      socket.send(JSON.stringify({ type: 'transcript', text: 'x'.repeat(500), is_final: true, request_id: 'r' }));
      socket.close(1000);
    };
    const session = await client().stt.websocket(sttParams, { maxMessageBytes: 1_024 });
    expect(await firstEvent(session)).toMatchObject({ type: 'transcript' });
  });
});

describe('handshake timeout', () => {
  it('Infinity means no timer, not one that fires at once', async () => {
    handshakeDelay = 100;
    const session = await within(client().stt.websocket(sttParams, { timeout: Infinity }), 5_000, 'handshake hung');
    expect(session.isOpen).toBe(true);
    await session.close();
  });
});

describe('a server that echoes the API key', () => {
  const views = (error: unknown): string[] => [
    String(error),
    JSON.stringify(error),
    util.inspect(error, { depth: 10, showHidden: true }),
    String((error as Error).stack),
  ];

  it('in an error event: the StreamEventError is masked', async () => {
    onConnection = (socket) => socket.send(JSON.stringify({ type: 'error', message: `invalid api_key=${API_KEY}`, request_id: API_KEY }));
    const session = await client().stt.websocket(sttParams);
    const error = await within(rejection(firstEvent(session)), 5_000, 'no error event');
    expect(error).toBeInstanceOf(StreamEventError);
    expect((error as StreamEventError).message).toBe('invalid api_key=[REDACTED]');
    expect((error as StreamEventError).requestId).toBe('[REDACTED]');
    for (const view of views(error)) expect(view).not.toContain(API_KEY);
    await session.close();
  });

  it('in a close reason: the SocketClosedError is masked', async () => {
    onConnection = (socket) => socket.close(4001, `bad key ${API_KEY}`);
    const session = await client().stt.websocket(sttParams);
    const error = await within(rejection(firstEvent(session)), 5_000, 'no close');
    expect(error).toBeInstanceOf(SocketClosedError);
    expect((error as SocketClosedError).reason).toBe('bad key [REDACTED]');
    for (const view of views(error)) expect(view).not.toContain(API_KEY);
  });
});
