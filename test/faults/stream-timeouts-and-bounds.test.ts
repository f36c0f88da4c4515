// A hostile or broken server cannot hang the client or exhaust its memory: a byte or event stream that stalls
// after its first bytes fails with the timeout error, `timeout: Infinity` means no timer (not an immediate
// timeout), and a JSON body past `maxResponseBytes` (a gzip bomb included) fails with a typed error.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APIConnectionTimeoutError, ResponseTooLargeError, type ClientOptions } from '../../generated/typescript/src/index.js';
import { clientFor, sseParams, ttsParams, voice } from '../behaviour/support/client.js';
import { useTestServer } from '../behaviour/support/lifecycle.js';
import { delay, json, within } from '../behaviour/support/server.js';

const server = useTestServer();
const client = (options: ClientOptions = {}) => clientFor(server, { maxRetries: 0, ...options });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('streams that stall after their first bytes', () => {
  it('a byte stream fails with APIConnectionTimeoutError', async () => {
    server.reply((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.write('RIFF-first-bytes');
    });
    const audio = await client({ timeout: 300 }).tts.bytes(ttsParams);
    const error = await within(rejection(audio.bytes()), 5_000, 'the stalled byte stream hung');
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('an event stream fails with APIConnectionTimeoutError after the events that came', async () => {
    server.reply((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify({ type: 'chunk', data: 'AAAA', done: false })}\n\n`);
    });
    const stream = await client({ timeout: 300 }).tts.sse(sseParams);
    const seen: unknown[] = [];
    const error = await within(
      rejection(
        (async () => {
          for await (const event of stream) seen.push(event);
        })(),
      ),
      5_000,
      'the stalled event stream hung',
    );
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });
});

describe('timeouts too large for a timer', () => {
  it.each([Infinity, 2 ** 31, Number.MAX_SAFE_INTEGER])('timeout %s means no timeout, not an immediate one', async (timeout) => {
    server.reply(async (req, res) => {
      await delay(50);
      await json(200, voice('v1'))(req, res);
    });
    expect(await client({ timeout }).voices.get('v1')).toMatchObject({ id: 'v1' });
    server.reply(async (req, res) => {
      await delay(50);
      await json(200, voice('v2'))(req, res);
    });
    expect(await clientFor(server, { maxRetries: 0 }).voices.get('v2', {}, { timeout })).toMatchObject({ id: 'v2' });
  });
});

describe('response size bounds', () => {
  it('a JSON body over maxResponseBytes fails with ResponseTooLargeError, whose limit is set per client or request', async () => {
    const big = { ...voice('v1'), description: 'x'.repeat(4_000) };
    server.reply(json(200, big));
    const error = await rejection(client({ maxResponseBytes: 1_000 }).voices.get('v1'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).limit).toBe(1_000);
    expect((error as Error).message).toMatch(/maxResponseBytes/);

    server.reply(json(200, big));
    expect(await rejection(client().voices.get('v1', {}, { maxResponseBytes: 1_000 }))).toBeInstanceOf(ResponseTooLargeError);
    server.reply(json(200, big));
    expect(await client({ maxResponseBytes: 1_000 }).voices.get('v1', {}, { maxResponseBytes: 10_000 })).toEqual(big);
    expect(server.requests).toHaveLength(3); // never retried
  });

  it('a gzip bomb (1 GiB of zeros in about 1 MB) fails without inflating it into memory', async () => {
    const GiB = 1 << 30;
    server.reply(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      // Zeros made and compressed as the client reads: the server holds no more than a chunk either.
      const chunk = Buffer.alloc(1 << 20);
      let sent = 0;
      const zeros = new Readable({
        read() {
          sent += chunk.length;
          this.push(sent <= GiB ? chunk : null);
        },
      });
      await pipeline(zeros, zlib.createGzip({ level: 1 }), res).catch(() => undefined);
    });
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      const error = await within(rejection(client({ timeout: 60_000 }).voices.get('v1')), 30_000, 'the gzip bomb hung');
      expect(error).toBeInstanceOf(ResponseTooLargeError);
      expect((error as ResponseTooLargeError).limit).toBe(64 << 20);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    // The default limit is 64 MiB of text; inflating the whole body would take over 1 GiB.
    expect(peak - before).toBeLessThan(300 << 20);
  });
});
