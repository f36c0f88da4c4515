// Fault injection: a loopback server that misbehaves on purpose, one fault per case. For each: the typed error
// or the recovery, the number of attempts, an end within a bound, no unhandled rejection, no socket or timer
// left open — and, across the whole suite, no credential in any error, log line or serialization.
import util from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIResponseParseError,
  APIUserAbortError,
  BadRequestError,
  Cartesia,
  InternalServerError,
  RateLimitError,
  type ClientOptions,
} from '../../generated/typescript/src/index.js';
import { API_KEY, ttsParams, voice } from '../behaviour/support/client.js';
import { leftoverConnections } from '../behaviour/support/leaks.js';
import { useTestServer } from '../behaviour/support/lifecycle.js';
import { closedPort, json, text, type Handler } from '../behaviour/support/server.js';

const server = useTestServer();
const observed: unknown[] = [];
const logged: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
const originalError = console.error;
const originalWarn = console.warn;

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  // Anything the client might log is captured, to prove the credential never appears in it.
  console.error = (...args: unknown[]) => void logged.push(util.format(...args));
  console.warn = (...args: unknown[]) => void logged.push(util.format(...args));
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  console.error = originalError;
  console.warn = originalWarn;
});

const client = (options: ClientOptions = {}): Cartesia => new Cartesia({ apiKey: API_KEY, baseURL: server.url, maxRetries: 2, ...options });

/** Timers and sockets still open, compared with before the case ran. */
function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}

async function settled<T>(promise: Promise<T>, ms: number): Promise<{ value?: T; error?: unknown; elapsed: number }> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms)));
  try {
    return { value: await Promise.race([promise, bound]), elapsed: performance.now() - start };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('did not settle')) throw error;
    return { error, elapsed: performance.now() - start };
  } finally {
    clearTimeout(timer);
  }
}

const destroy =
  (before: 'headers' | 'body'): Handler =>
  (_req, res) => {
    if (before === 'body') {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.write(Buffer.alloc(32 * 1024, 1));
      setTimeout(() => res.socket?.destroy(), 20);
    } else {
      res.socket?.destroy();
    }
  };
const hang: Handler = () => undefined;
const stallBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"id": "v1", ');
};

interface Fault {
  name: string;
  handlers: Handler[];
  call: (c: Cartesia) => Promise<unknown>;
  options?: ClientOptions;
  /** The typed error expected, or undefined for a recovery. */
  error?: new (...args: never[]) => Error;
  attempts: number;
  bound?: number;
}

const FAULTS: Fault[] = [
  {
    name: 'reset before headers, then recovery',
    handlers: [destroy('headers'), json(200, voice('v1'))],
    call: (c) => c.voices.get('v1'),
    attempts: 2,
  },
  {
    name: 'reset before headers on every attempt',
    handlers: [destroy('headers')],
    call: (c) => c.voices.get('v1'),
    error: APIConnectionError,
    attempts: 3,
  },
  {
    name: 'reset in the middle of a streamed audio body',
    handlers: [destroy('body')],
    call: async (c) => (await c.tts.bytes(ttsParams)).arrayBuffer(),
    error: APIConnectionError,
    attempts: 1,
  },
  {
    name: '429 with Retry-After in seconds',
    handlers: [json(429, { message: 'slow down' }, { 'retry-after': '1' }), json(200, voice('v1'))],
    call: (c) => c.voices.get('v1'),
    attempts: 2,
  },
  {
    name: '429 with Retry-After as an HTTP date',
    handlers: [json(429, { message: 'slow down' }, { 'retry-after': new Date(Date.now() + 1500).toUTCString() }), json(200, voice('v1'))],
    call: (c) => c.voices.get('v1'),
    attempts: 2,
  },
  {
    name: '429 on every attempt',
    handlers: [json(429, { message: 'quota' }, { 'retry-after': '0' })],
    call: (c) => c.voices.get('v1'),
    error: RateLimitError,
    attempts: 3,
  },
  {
    name: 'a burst of 503s, then 200',
    handlers: [json(503, {}), json(503, {}), json(503, {}), json(200, voice('v1'))],
    options: { maxRetries: 3 },
    call: (c) => c.voices.get('v1'),
    attempts: 4,
  },
  {
    name: 'headers that never come (timeout)',
    handlers: [hang],
    options: { timeout: 300, maxRetries: 1 },
    call: (c) => c.voices.get('v1'),
    error: APIConnectionTimeoutError,
    attempts: 2,
  },
  {
    name: 'a body that stalls',
    handlers: [stallBody],
    options: { timeout: 300, maxRetries: 0 },
    call: (c) => c.voices.get('v1'),
    error: APIConnectionTimeoutError,
    attempts: 1,
  },
  {
    name: '200 with invalid JSON',
    handlers: [text(200, '{"id": "v1",', { 'content-type': 'application/json' })],
    call: (c) => c.voices.get('v1'),
    error: APIResponseParseError,
    attempts: 1,
  },
  {
    name: '502 with an HTML body',
    handlers: [text(502, '<html><body>Bad Gateway</body></html>', { 'content-type': 'text/html' })],
    options: { maxRetries: 0 },
    call: (c) => c.voices.get('v1'),
    error: InternalServerError,
    attempts: 1,
  },
  {
    name: 'a JSON error body in the documented shape',
    handlers: [
      json(400, {
        title: 'Invalid voice',
        message: 'No voice with that id',
        error_code: 'voice_not_found',
        status_code: 400,
        request_id: 'req_1',
      }),
    ],
    call: (c) => c.voices.get('v1'),
    error: BadRequestError,
    attempts: 1,
  },
];

describe('HTTP faults', () => {
  for (const fault of FAULTS) {
    it(fault.name, async () => {
      const timersBefore = activeTimers();
      server.reply(...fault.handlers);
      if (fault.handlers.length === 1) server.always(fault.handlers[0]!);
      const outcome = await settled(fault.call(client(fault.options)), fault.bound ?? 20_000);
      if (fault.error) {
        expect(outcome.error).toBeInstanceOf(fault.error);
        observed.push(outcome.error);
      } else {
        expect(outcome.error).toBeUndefined();
      }
      expect(server.requests).toHaveLength(fault.attempts);
      // Once the server lets go of its connections, the client holds none open (keep-alive included).
      server.dropConnections();
      expect(await leftoverConnections()).toEqual([]);
      expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
    });
  }

  it('connection refused: every attempt fails fast with APIConnectionError', async () => {
    const port = await closedPort();
    const attempts: string[] = [];
    const countingFetch: typeof fetch = (input, init) => {
      attempts.push(String(input));
      return fetch(input, init);
    };
    const refused = new Cartesia({ apiKey: API_KEY, baseURL: `http://127.0.0.1:${port}`, maxRetries: 2, fetch: countingFetch });
    const outcome = await settled(refused.voices.get('v1'), 20_000);
    expect(outcome.error).toBeInstanceOf(APIConnectionError);
    expect(attempts).toHaveLength(3);
    observed.push(outcome.error);
  });

  it('an abort while waiting between retries stops at once: no further attempt', async () => {
    server.always(json(503, {}, { 'retry-after': '30' }));
    const controller = new AbortController();
    const pending = client({ maxRetries: 3 }).voices.get('v1', {}, { signal: controller.signal });
    while (server.requests.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const outcome = await settled(pending, 5_000);
    expect(outcome.error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
    observed.push(outcome.error);
  });

  it('a huge response body streamed to a slow consumer: memory stays bounded, every byte arrives', async () => {
    const total = 256 * 1024 * 1024;
    server.always((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': String(total) });
      const chunk = Buffer.alloc(1024 * 1024, 7);
      let sent = 0;
      const pump = (): void => {
        while (sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const audio = await client().tts.bytes(ttsParams);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let received = 0;
    let peak = baseline;
    for await (const chunk of audio) {
      received += chunk.byteLength;
      peak = Math.max(peak, process.memoryUsage().rss);
      // The consumer is slow: a pause every few megabytes lets the server run ahead if anything buffers.
      if (received % (8 * 1024 * 1024) < chunk.byteLength) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(received).toBe(total);
    // Generous: the point is that 256 MiB are never held at once.
    expect(peak - baseline).toBeLessThan(96 * 1024 * 1024);
  }, 120_000);
});

describe('across the whole fault suite', () => {
  it('no unhandled rejection, and the credential never shows in an error, a log line or a serialization', async () => {
    expect(unhandled).toEqual([]);
    expect(observed.length).toBeGreaterThanOrEqual(10);
    const c = client();
    const surfaces = [
      ...observed.flatMap((e) => [
        String(e),
        (e as Error).message,
        (e as Error).stack ?? '',
        JSON.stringify(e),
        util.inspect(e, { depth: 5 }),
      ]),
      ...logged,
      String(c),
      JSON.stringify(c),
      util.inspect(c, { depth: 5 }),
    ];
    for (const surface of surfaces) expect(surface).not.toContain(API_KEY);
  });
});
