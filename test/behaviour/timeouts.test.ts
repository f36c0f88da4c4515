// Timeouts and aborts: headers that never come, bodies that stall, AbortSignal before, during and between
// attempts; the server must see every abandoned exchange closed.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, CartesiaError } from '../../generated/typescript/src/index.js';
import { clientFor, ttsParams, voice } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { delay, deferred, hang, json, waitUntil, within } from './support/server.js';

const server = useTestServer();

async function allClosed(): Promise<void> {
  await within(Promise.all(server.requests.map((r) => r.closed)), 5_000, 'an abandoned exchange stayed open');
}

describe('timeouts', () => {
  it('gives APIConnectionTimeoutError when the headers never come', async () => {
    server.always(hang());
    const start = performance.now();
    const error = await clientFor(server, { timeout: 200, maxRetries: 0 })
      .voices.get('v1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(CartesiaError);
    expect((error as Error).message).toContain('200 ms');
    expect(performance.now() - start).toBeGreaterThanOrEqual(190);
    expect(server.requests).toHaveLength(1);
    await allClosed();
  });

  it('retries a timed-out attempt: maxRetries + 1 attempts in all', async () => {
    server.always(hang());
    const error = await clientFor(server, { timeout: 200, maxRetries: 2 })
      .voices.get('v1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(3);
    await allClosed();
  });

  it('succeeds when a retry answers in time', async () => {
    server.reply(hang(), json(200, voice('v1')));
    await expect(clientFor(server, { timeout: 500, maxRetries: 1 }).voices.get('v1')).resolves.toEqual(voice('v1'));
    expect(server.requests).toHaveLength(2);
  });

  it('takes a per-request timeout over the client one', async () => {
    server.always(hang());
    const client = clientFor(server, { timeout: 60_000, maxRetries: 0 });
    const error = await client.voices.get('v1', {}, { timeout: 150 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toContain('150 ms');
  });

  it('times out a JSON body that stalls after the headers', async () => {
    server.always((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id": "v1",');
    });
    const error = await clientFor(server, { timeout: 200, maxRetries: 0 })
      .voices.get('v1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    await allClosed();
  });

  it('does not cut off an audio stream that outlives the timeout while it keeps flowing', async () => {
    server.reply(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.write('start-');
      // 1 s in all, never idle for the 300 ms timeout.
      for (let i = 0; i < 10; i++) {
        await delay(100);
        res.write('.');
      }
      res.end('end');
    });
    const audio = await clientFor(server, { timeout: 300, maxRetries: 0 }).tts.bytes(ttsParams);
    expect(new TextDecoder().decode(await audio.bytes())).toBe('start-..........end');
  });
});

describe('aborts', () => {
  it('refuses to start when the signal is already aborted', async () => {
    server.always(json(200, voice('v1')));
    const controller = new AbortController();
    controller.abort();
    await expect(clientFor(server).voices.get('v1', {}, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    await delay(50);
    expect(server.requests).toEqual([]);
  });

  it('aborts while waiting for the headers', async () => {
    server.always(hang());
    const controller = new AbortController();
    const promise = clientFor(server, { maxRetries: 2 }).voices.get('v1', {}, { signal: controller.signal });
    const settled = promise.catch((e: unknown) => e);
    await waitUntil(() => server.requests.length === 1, 5_000, 'the request never arrived');
    controller.abort();
    const error = await within(settled, 5_000, 'the abort was not noticed');
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toBeInstanceOf(CartesiaError);
    await allClosed();
    await delay(100);
    expect(server.requests).toHaveLength(1); // an abort is not retried
  });

  it('aborts while a JSON body is arriving', async () => {
    const headersSent = deferred();
    server.always((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"id":');
      headersSent.resolve();
    });
    const controller = new AbortController();
    const settled = clientFor(server)
      .voices.get('v1', {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    await headersSent.promise;
    await delay(20);
    controller.abort();
    expect(await within(settled, 5_000, 'the abort was not noticed')).toBeInstanceOf(APIUserAbortError);
    await allClosed();
  });

  it('stops at once when aborted during the wait between retries, with no further attempt', async () => {
    server.always(json(503, { message: 'later' }, { 'retry-after-ms': '30000' }));
    const controller = new AbortController();
    const settled = clientFor(server, { maxRetries: 3 })
      .voices.get('v1', {}, { signal: controller.signal })
      .catch((e: unknown) => e);
    await waitUntil(() => server.requests.length === 1 && server.requests[0]!.finished(), 5_000, 'the first attempt never completed');
    await delay(50);
    const abortedAt = performance.now();
    controller.abort();
    const error = await within(settled, 10_000, 'the retry wait ignored the abort');
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - abortedAt).toBeLessThan(10_000); // safety: far below the 30 s wait
    await delay(200);
    expect(server.requests).toHaveLength(1);
  });

  it('lets go of a shared signal once each response has been read', async () => {
    server.always(json(200, voice('v1')));
    const controller = new AbortController();
    const client = clientFor(server);
    for (let i = 0; i < 12; i++) await client.voices.get('v1', {}, { signal: controller.signal });
    await client.voices.list({}, { signal: controller.signal });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    expect(server.requests).toHaveLength(13);
  });

  it('aborts an audio stream that is being read', async () => {
    server.always((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      const timer = setInterval(() => res.write(Buffer.alloc(256, 1)), 10);
      res.on('close', () => clearInterval(timer));
    });
    const controller = new AbortController();
    const audio = await clientFor(server).tts.bytes(ttsParams, { signal: controller.signal });
    const reading = (async () => {
      let chunks = 0;
      for await (const _chunk of audio) if (++chunks === 2) controller.abort();
    })();
    const error = await within(reading, 5_000, 'the stream ignored the abort').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    // The stream ended, so the request let go of the caller's signal.
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    await allClosed();
  });
});
