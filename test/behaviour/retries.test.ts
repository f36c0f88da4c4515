// Retries: which statuses, how many attempts, how long between them (Retry-After in seconds, as an HTTP
// date, retry-after-ms, exponential backoff), and connection failures.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { APIConnectionError, BadRequestError, InternalServerError, RateLimitError } from '../../generated/typescript/src/index.js';
import { clientFor, voice } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { closedPort, json, type Handler } from './support/server.js';

const server = useTestServer();

const unavailable = (headers: Record<string, string> = { 'retry-after-ms': '0' }): Handler => json(503, { message: 'try again' }, headers);
const ok = json(200, voice('v1'));

function gaps(): number[] {
  return server.requests.slice(1).map((r, i) => r.receivedAt - server.requests[i]!.receivedAt);
}

describe('retryable statuses', () => {
  it('503, 503, 200 succeeds after exactly 3 attempts', async () => {
    server.reply(unavailable(), unavailable(), ok);
    await expect(clientFor(server).voices.get('v1')).resolves.toEqual(voice('v1'));
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((r) => `${r.method} ${r.target}`)).toEqual(Array(3).fill('GET /voices/v1'));
  });

  it('backs off exponentially when the server gives no Retry-After', async () => {
    server.reply(unavailable({}), unavailable({}), ok);
    await clientFor(server).voices.get('v1');
    const [first, second] = gaps();
    // 500 ms × 2^attempt, minus at most 25% jitter.
    expect(first).toBeGreaterThanOrEqual(370);
    expect(second).toBeGreaterThanOrEqual(740);
  });

  it('gives the last error once the retries are used up', async () => {
    server.always(json(503, { message: 'still down' }, { 'retry-after-ms': '0', 'x-request-id': 'req_last' }));
    const error = await clientFor(server, { maxRetries: 2 })
      .voices.get('v1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect((error as InternalServerError).requestId).toBe('req_last');
    expect(server.requests).toHaveLength(3);
  });

  it.each([408, 409, 429, 500, 502, 504])('retries %i', async (status) => {
    server.reply(json(status, { message: 'transient' }, { 'retry-after-ms': '0' }), ok);
    await expect(clientFor(server).voices.get('v1')).resolves.toEqual(voice('v1'));
    expect(server.requests).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422])('does not retry %i', async (status) => {
    server.always(json(status, { message: 'permanent' }, { 'retry-after-ms': '0' }));
    const error = await clientFor(server, { maxRetries: 3 })
      .voices.get('v1')
      .catch((e: unknown) => e);
    expect((error as { status?: number }).status).toBe(status);
    if (status === 400) expect(error).toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  it('honours Retry-After in seconds', async () => {
    server.reply(json(429, { message: 'slow down' }, { 'retry-after': '1' }), ok);
    await clientFor(server).voices.get('v1');
    expect(server.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(950);
  });

  it('honours Retry-After as an HTTP date', async () => {
    server.reply((req, res) => {
      // HTTP dates have whole seconds: "now + 3 s" truncated is at least 2 s away.
      const at = new Date(Date.now() + 3_000).toUTCString();
      return json(429, { message: 'slow down' }, { 'retry-after': at })(req, res);
    }, ok);
    await clientFor(server).voices.get('v1');
    expect(server.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(1_500);
  });

  it('retries after an HTTP date in the past', async () => {
    server.reply(json(429, {}, { 'retry-after': new Date(Date.now() - 60_000).toUTCString() }), ok);
    await expect(clientFor(server).voices.get('v1')).resolves.toEqual(voice('v1'));
    expect(server.requests).toHaveLength(2);
  });

  it('honours retry-after-ms, before retry-after', async () => {
    server.reply(json(429, {}, { 'retry-after-ms': '300', 'retry-after': '30' }), ok);
    const start = performance.now();
    await clientFor(server).voices.get('v1');
    expect(gaps()[0]).toBeGreaterThanOrEqual(280);
    expect(performance.now() - start).toBeLessThan(20_000); // safety: it did not wait the 30 s of retry-after
  });

  it('backs off when Retry-After cannot be read', async () => {
    server.reply(json(503, {}, { 'retry-after': 'soon-ish' }), ok);
    await clientFor(server).voices.get('v1');
    expect(server.requests).toHaveLength(2);
    expect(gaps()[0]).toBeGreaterThanOrEqual(370);
  });

  it('does not retry sooner than a long Retry-After asks: the error reaches the caller at once', async () => {
    server.reply(json(429, { message: 'come back in an hour' }, { 'retry-after': '3600' }), ok);
    const start = performance.now();
    const error = await clientFor(server)
      .voices.get('v1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers.get('retry-after')).toBe('3600');
    expect(server.requests).toHaveLength(1);
    expect(performance.now() - start).toBeLessThan(30_000); // safety: not an hour
  });

  it('gives RateLimitError when a 429 outlasts the retries', async () => {
    server.always(json(429, { message: 'quota' }, { 'retry-after': '0' }));
    const error = await clientFor(server, { maxRetries: 1 })
      .voices.get('v1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(2);
  });
});

describe('maxRetries', () => {
  it('is set per client', async () => {
    server.always(unavailable());
    await expect(clientFor(server, { maxRetries: 4 }).voices.get('v1')).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(5);
    server.reset();
    server.always(unavailable());
    await expect(clientFor(server, { maxRetries: 0 }).voices.get('v1')).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('is overridden per request', async () => {
    server.always(unavailable());
    const client = clientFor(server, { maxRetries: 3 });
    await expect(client.voices.get('v1', {}, { maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
    server.reset();
    server.always(unavailable());
    await expect(clientFor(server, { maxRetries: 0 }).voices.get('v1', {}, { maxRetries: 2 })).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(3);
  });
});

describe('connection failures', () => {
  it('retries a refused connection and gives APIConnectionError after maxRetries + 1 attempts', async () => {
    const port = await closedPort();
    let attempts = 0;
    // Counts the calls and hands each to the real global fetch.
    const countingFetch: typeof fetch = (input, init) => {
      attempts++;
      return globalThis.fetch(input, init);
    };
    const client = clientFor(server, { baseURL: `http://127.0.0.1:${port}`, maxRetries: 2, fetch: countingFetch });
    const start = performance.now();
    const error = await client.voices.get('v1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect(attempts).toBe(3);
    expect(performance.now() - start).toBeGreaterThanOrEqual(370 + 740); // it backed off between attempts
  });

  it('retries a connection the server drops, once per retry', async () => {
    let connections = 0;
    const dropper = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => dropper.listen(0, '127.0.0.1', () => resolve()));
    try {
      const { port } = dropper.address() as net.AddressInfo;
      const client = clientFor(server, { baseURL: `http://127.0.0.1:${port}`, maxRetries: 1 });
      await expect(client.voices.get('v1')).rejects.toBeInstanceOf(APIConnectionError);
      expect(connections).toBe(2);
    } finally {
      await new Promise<void>((resolve) => dropper.close(() => resolve()));
    }
  });
});
