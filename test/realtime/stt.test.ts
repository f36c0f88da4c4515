// Speech-to-text with manual finalize: audio streamed from the common async sources reaches the server
// intact and in order, `finalize` and `close` go as literal text frames, events arrive typed, and the
// session ends normally once the server has sent `done` and closed.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { StreamEventError, type SttWebsocketEvent, type SttWebsocketSession } from '../../generated/typescript/src/index.js';
import { clientFor, collect, drain, sttParams, wsOf } from './support/client.js';
import { countingBytes, type EmulatedConnection } from './support/emulator.js';
import { leftoverResources, resourceCounts, useEmulator } from './support/lifecycle.js';
import { within } from './support/wait.js';

const fixture = useEmulator();

async function open(): Promise<{ session: SttWebsocketSession; conn: EmulatedConnection }> {
  const session = await clientFor(fixture.emulator).stt.websocket(sttParams);
  return { session, conn: await fixture.emulator.connection() };
}

/** `count` frames of `size` bytes, each different, none empty. */
function frames(count: number, size: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => countingBytes(size, i * 7));
}

async function* asAsync<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** Finishes a session: finalize, end, and every event until the server closes. */
async function finish(session: SttWebsocketSession): Promise<SttWebsocketEvent[]> {
  const events = collect(session);
  await session.finalize();
  await session.end();
  return within(events, 10_000, 'the session did not end');
}

describe('STT with manual finalize', () => {
  it('streams an async iterable frame by frame, then finalize and close as text frames', async () => {
    const { session, conn } = await open();
    const sent = frames(12, 3200);
    async function* microphone(): AsyncGenerator<Uint8Array> {
      for (const frame of sent) {
        await new Promise((resolve) => setImmediate(resolve));
        yield frame;
      }
    }
    await session.streamAudio(microphone());
    const events = await finish(session);

    expect(conn.binaryFrames.map((f) => f.length)).toEqual(sent.map((f) => f.length));
    conn.binaryFrames.forEach((frame, i) => expect(frame.equals(sent[i]!)).toBe(true));
    expect(conn.texts).toEqual(['finalize', 'close']);
    expect(events).toEqual([
      { type: 'transcript', request_id: conn.requestId, text: 'heard 38400 bytes. ', is_final: true, duration: 1.2, language: 'en' },
      { type: 'flush_done', request_id: conn.requestId },
      { type: 'done', request_id: conn.requestId },
    ]);
  });

  it('streams a web ReadableStream, and one that can only be read through getReader()', async () => {
    const { emulator } = fixture;
    const sent = frames(9, 1000);
    const web = (): ReadableStream<Uint8Array> => {
      let next = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (next < sent.length) controller.enqueue(sent[next++]!);
          else controller.close();
        },
      });
    };
    const client = clientFor(emulator);
    for (const [index, source] of [web(), readerOnly(web())].entries()) {
      const session = await client.stt.websocket(sttParams);
      const conn = await emulator.connection(index);
      await session.streamAudio(source);
      const events = await finish(session);
      expect(conn.audio.equals(Buffer.concat(sent))).toBe(true);
      expect(conn.binaryFrames).toHaveLength(sent.length);
      expect(events.map((e) => e.type)).toEqual(['transcript', 'flush_done', 'done']);
    }
  });

  it('streams a Node file stream; the server gets the file byte for byte', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'realtime-stt-'));
    try {
      const file = path.join(dir, 'speech.raw');
      const content = Buffer.from(countingBytes(200_001, 3));
      await writeFile(file, content);
      const { session, conn } = await open();
      await session.streamAudio(createReadStream(file, { highWaterMark: 16 * 1024 }));
      const events = await finish(session);
      expect(conn.audio.equals(content)).toBe(true);
      expect(conn.binaryFrames).toHaveLength(Math.ceil(content.length / (16 * 1024)));
      expect(events[0]).toMatchObject({ type: 'transcript', is_final: true, text: `heard ${content.length} bytes. ` });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('delivers typed events: interim and final transcripts, flush_done per finalize, then done', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ interim: true });
    const { session, conn } = await open();
    const events = collect(session);
    await session.sendAudio(countingBytes(640));
    await session.sendAudio(countingBytes(640).buffer);
    await session.finalize();
    await session.sendAudio(countingBytes(320));
    await session.end();
    const received = await within(events, 10_000, 'the session did not end');

    expectTypeOf(received).toEqualTypeOf<SttWebsocketEvent[]>();
    const transcripts = received.flatMap((e) => (e.type === 'transcript' ? [e] : []));
    expectTypeOf(transcripts[0]!.is_final).toEqualTypeOf<boolean>();
    expect(received.map((e) => (e.type === 'transcript' ? `${e.type}:${e.is_final}` : e.type))).toEqual([
      'transcript:false',
      'transcript:false',
      'transcript:true',
      'flush_done',
      'transcript:false',
      'transcript:true',
      'done',
    ]);
    // Final texts are deltas: joined as they are, they cover all the audio.
    expect(transcripts.filter((t) => t.is_final).map((t) => t.text)).toEqual(['heard 1280 bytes. ', 'heard 320 bytes. ']);
    expect(conn.texts).toEqual(['finalize', 'close']);
    expect(conn.audioBytes).toBe(1600);
  });

  it('ends the iterator normally after done and the close (1000) that follows', async () => {
    const { session, conn } = await open();
    const events = await finish(session);
    expect(events.at(-1)).toEqual({ type: 'done', request_id: conn.requestId });
    expect(await session.closed).toEqual({ code: 1000, reason: '' });
    expect(await conn.closed).toMatchObject({ code: 1000, by: 'server' });
    expect(session.isOpen).toBe(false);
    await expect(session.sendAudio(countingBytes(10))).rejects.toMatchObject({ name: 'SocketClosedError' });
  });

  it('leaves no listener on the socket and no socket or timer in the process after the session ends', async () => {
    const baseline = resourceCounts();
    const { session, conn } = await open();
    await session.streamAudio(asAsync(frames(2, 3200)));
    await finish(session);
    await conn.closed;
    const socket = wsOf(session);
    for (const type of ['message', 'close', 'error', 'open'])
      expect({ type, count: socket.listenerCount(type) }).toEqual({ type, count: 0 });
    expect(await leftoverResources(baseline)).toEqual([]);
  });

  it('throws an error message as StreamEventError with its status, message and request id', async () => {
    const { session, conn } = await open();
    const reading = drain(session);
    await session.sendAudio(countingBytes(320));
    await conn.until(() => conn.audioBytes === 320, 10_000, 'the audio');
    conn.sendError({ status_code: 400, title: 'Invalid model', message: 'The model is not valid.', error_code: 'model_not_found' });
    const result = await within(reading, 10_000, 'the session did not fail');
    expect(result.error).toBeInstanceOf(StreamEventError);
    expect(result.error).toMatchObject({ status: 400, message: 'The model is not valid.', requestId: conn.requestId });
    await session.close();
  });

  it('stops streaming when the session closes, without pulling the source to its end', async () => {
    const { session, conn } = await open();
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        await new Promise((resolve) => setImmediate(resolve));
        yield countingBytes(100);
      }
    }
    const streaming = session.streamAudio(endless());
    await conn.until(() => conn.audioBytes >= 1000, 10_000, 'some audio');
    await session.close();
    await within(
      streaming.catch(() => undefined),
      10_000,
      'streaming did not stop',
    );
    const atClose = pulled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBe(atClose);
  });
});

/** A ReadableStream as runtimes without async-iterable streams (Safari) present it: getReader() only. */
function readerOnly(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return { getReader: () => stream.getReader() } as unknown as ReadableStream<Uint8Array>;
}
