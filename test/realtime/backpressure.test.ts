// Backpressure both ways. Incoming: when the caller reads slower than the server sends, the session pauses
// the socket (the `ws` client stops reading, so TCP slows the server down) and resumes it once the caller
// catches up, losing nothing. Outgoing: streaming a large source pulls it only as fast as the network takes
// it, with the socket's send buffer bounded.
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { BackpressureError, type TtsWebsocketContext, type WebSocketConstructor } from '../../generated/typescript/src/index.js';
import { clientFor, drain, sttParams, ttsSettings, wsOf } from './support/client.js';
import { audioPattern, countingBytes } from './support/emulator.js';
import { leftoverResources, resourceCounts, useEmulator } from './support/lifecycle.js';
import { poll, sleep, within } from './support/wait.js';

const fixture = useEmulator();
const MiB = 1 << 20;

/** Reads a context's audio slowly, noting whether the socket was seen paused and then running again. */
async function readSlowly(context: TtsWebsocketContext, isPaused: () => boolean): Promise<{ audio: Buffer; resumed: boolean }> {
  const parts: Buffer[] = [];
  let resumed = false;
  for await (const part of context.bytes()) {
    parts.push(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
    if (!isPaused()) resumed = true;
    if (parts.length % 8 === 0) await sleep(1);
  }
  return { audio: Buffer.concat(parts), resumed };
}

describe('incoming backpressure', () => {
  it('pauses the socket while a context floods a slow reader, resumes it, and loses nothing', async () => {
    const { emulator } = fixture;
    const total = 24 * MiB;
    emulator.behaveNext({ audioBytes: total, chunkBytes: 256 * 1024 });
    const session = await clientFor(emulator).tts.websocket();
    const socket = wsOf(session);
    const context = await session.generate({ ...ttsSettings, transcript: 'A flood of audio.' }, 'flood');

    // Read nothing until the session has paused the socket.
    await poll(() => socket.isPaused, 20_000, 'the socket was never paused');
    const conn = await emulator.connection();
    expect(conn.contexts.get('flood')!.audioSent).toBeLessThan(total);

    const { audio, resumed } = await within(
      readSlowly(context, () => socket.isPaused),
      60_000,
      'the audio did not all arrive',
    );
    expect(resumed).toBe(true);
    expect(socket.isPaused).toBe(false);
    expect(audio.length).toBe(total);
    expect(audio.equals(audioPattern('flood', 0, total))).toBe(true);
    await session.close();
  });

  it('pauses for the whole session when several contexts together hold too much, and every context gets all of its audio', async () => {
    const { emulator } = fixture;
    const each = 6 * MiB;
    emulator.behaveNext({ audioBytes: each, chunkBytes: 128 * 1024 });
    const session = await clientFor(emulator).tts.websocket();
    const socket = wsOf(session);
    const ids = ['one', 'two', 'three', 'four'];
    const contexts = await Promise.all(ids.map((id) => session.generate({ ...ttsSettings, transcript: `Context ${id}.` }, id)));

    await poll(() => socket.isPaused, 20_000, 'the socket was never paused');
    const results = await within(
      Promise.all(contexts.map((c) => readSlowly(c, () => socket.isPaused))),
      60_000,
      'the audio did not all arrive',
    );
    expect(results.some((r) => r.resumed)).toBe(true);
    for (const [i, result] of results.entries()) expect(result.audio.equals(audioPattern(ids[i]!, 0, each))).toBe(true);
    await session.close();
  });

  it('closes promptly and cleanly while the socket is paused', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ audioBytes: 24 * MiB, chunkBytes: 256 * 1024 });
    const session = await clientFor(emulator).tts.websocket();
    const socket = wsOf(session);
    const context = await session.generate({ ...ttsSettings, transcript: 'Never read.' });
    await poll(() => socket.isPaused, 20_000, 'the socket was never paused');
    const baseline = resourceCounts();

    // The close handshake needs the server's reply to be read: a close that waited for it while paused
    // would only end when `ws` gives up (30 s later, as 1006).
    const info = await within(session.close(), 10_000, 'the close did not complete');
    expect(info).toEqual({ code: 1000, reason: '' });
    const conn = await emulator.connection();
    expect(await conn.closed).toMatchObject({ code: 1000, by: 'client' });
    // The context ends normally: what was buffered can still be read.
    let read = 0;
    for await (const part of context.bytes()) read += part.byteLength;
    expect(read).toBeGreaterThan(0);
    expect(await leftoverResources(baseline)).toEqual([]);
  });

  it('fails with BackpressureError when the socket cannot pause (as in browsers) and the reader falls far behind', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ audioBytes: 80 * MiB, chunkBytes: MiB });
    // A `ws` socket without pause()/resume(): what a browser's WebSocket offers.
    const Unpausable = function (url: string) {
      const socket = new WebSocket(url);
      Object.defineProperty(socket, 'pause', { value: undefined });
      Object.defineProperty(socket, 'resume', { value: undefined });
      return socket;
    } as unknown as WebSocketConstructor;
    // It takes no options either, as a browser's: the credential goes in the query, as it does there.
    const session = await clientFor(emulator, { WebSocket: Unpausable, websocketCredentials: 'query' }).tts.websocket();
    const context = await session.generate({ ...ttsSettings, transcript: 'Too much.' });
    expect((await within(session.closed, 60_000, 'the session did not give up')).code).toBe(1008);
    const result = await drain(context);
    expect(result.error).toBeInstanceOf(BackpressureError);
    // Everything buffered before giving up is still handed over first: the session counts frames as they
    // came (base64, 4/3 of the audio), so 64 MiB of them hold 48 chunks of 1 MiB.
    expect(result.items.length).toBeGreaterThan(40);
  });
});

describe('outgoing backpressure', () => {
  it('pulls a large audio source only as fast as the network takes it', async () => {
    const { emulator } = fixture;
    const frame = 64 * 1024;
    const frames = 1024; // 64 MiB in all
    emulator.behaveNext({ pauseReading: true });
    const session = await clientFor(emulator).stt.websocket(sttParams);
    const socket = wsOf(session);
    const conn = await emulator.connection();
    let pulled = 0;
    let largestBuffer = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < frames; i++) {
        largestBuffer = Math.max(largestBuffer, socket.bufferedAmount);
        pulled++;
        yield countingBytes(frame, i);
      }
    }
    const streaming = session.streamAudio(source());

    // The server reads nothing: once the network buffers are full, the source must stop being pulled.
    let last = -1;
    await poll(
      () => {
        const stalled = pulled === last && pulled > 0;
        last = pulled;
        return stalled;
      },
      30_000,
      'the source never stopped being pulled',
      250,
    );
    expect(pulled).toBeLessThan(frames / 2);
    expect(largestBuffer).toBeLessThanOrEqual(MiB + frame);

    conn.resumeReading();
    await within(streaming, 60_000, 'streaming did not finish');
    expect(pulled).toBe(frames);
    await conn.until(() => conn.audioBytes === frame * frames, 30_000, 'all the audio');
    const received = conn.binaryFrames;
    expect(received).toHaveLength(frames);
    received.forEach((bytes, i) => {
      if (!bytes.equals(countingBytes(frame, i))) throw new Error(`frame ${i} differs`);
    });
    await session.close();
  });
});
