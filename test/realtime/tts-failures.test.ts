// TTS when things go wrong: errors for one context or the whole socket, the server closing or vanishing
// mid-context, frames that are not JSON, contexts that never end, and what the session leaves behind.
import { describe, expect, it } from 'vitest';
import {
  ProtocolError,
  SocketClosedError,
  StreamEventError,
  type TtsWebsocketContext,
  type TtsWebsocketSession,
} from '../../generated/typescript/src/index.js';
import { clientFor, collect, concat, drain, ttsSettings, wsOf } from './support/client.js';
import { audioPattern, type EmulatedConnection } from './support/emulator.js';
import { leftoverResources, resourceCounts, useEmulator } from './support/lifecycle.js';
import { within } from './support/wait.js';

const fixture = useEmulator();

/** Opens contexts that each have received their first chunk (the server never finishes them). */
async function contextsMidway(
  ids: string[],
): Promise<{ session: TtsWebsocketSession; conn: EmulatedConnection; contexts: TtsWebsocketContext[] }> {
  const { emulator } = fixture;
  emulator.behaveNext({ neverFinish: true, chunkBytes: 128 });
  const session = await clientFor(emulator).tts.websocket();
  const conn = await emulator.connection();
  const contexts = ids.map((id) => session.context(ttsSettings, id));
  for (const context of contexts) await context.end('Some words to say.');
  await conn.until(() => ids.every((id) => conn.contexts.get(id)?.audioSent), 10_000, 'a chunk for every context');
  return { session, conn, contexts };
}

describe('TTS errors and closes', () => {
  it('throws an error for one context from that context only; the others finish', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({
      failContexts: ['bad'],
      contextError: { status_code: 422, title: 'Bad voice', message: 'Voice voice_123 cannot speak this.' },
    });
    const session = await clientFor(emulator).tts.websocket();
    const ids = ['good-1', 'bad', 'good-2'];
    const contexts = ids.map((id) => session.context(ttsSettings, id));
    for (const context of contexts) await context.end('Hello there.');
    const [first, failed, second] = await within(Promise.all(contexts.map((c) => drain(c))), 10_000, 'contexts did not end');

    expect(failed!.items).toEqual([]);
    expect(failed!.error).toBeInstanceOf(StreamEventError);
    const error = failed!.error as StreamEventError;
    expect(error.message).toBe('Voice voice_123 cannot speak this.');
    expect(error.status).toBe(422);
    expect(error.body).toMatchObject({ type: 'error', context_id: 'bad', title: 'Bad voice' });
    for (const [index, result] of [first!, second!].entries()) {
      const id = index === 0 ? 'good-1' : 'good-2';
      expect(result.error).toBeUndefined();
      expect(result.items.at(-1)?.type).toBe('done');
      const audio = concat(result.items.flatMap((e) => (e.type === 'chunk' ? [e.data] : [])));
      expect(audio.equals(audioPattern(id, 0, 'Hello there.'.length * 64))).toBe(true);
    }
    expect(session.isOpen).toBe(true);
    await session.close();
  });

  it('forgets a context once an error ended it, even when the error does not say done', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ failContexts: ['bad'], contextError: { done: false } });
    const session = await clientFor(emulator).tts.websocket();
    const bad = session.context(ttsSettings, 'bad');
    await bad.end('Hello.');
    const result = await within(drain(bad), 10_000, 'the context did not fail');
    expect(result.error).toBeInstanceOf(StreamEventError);
    expect(bad.done).toBe(true);
    expect(session.openContexts).toEqual([]);
    // The id is free again.
    session.context(ttsSettings, 'bad');
    expect(session.openContexts).toEqual(['bad']);
    const again = await session.generate({ ...ttsSettings, transcript: 'Again.' }, 'bad-2');
    expect((await collect(again)).at(-1)?.type).toBe('done');
    await session.close();
  });

  it('fails every open context with an error that names no context', async () => {
    const { session, conn, contexts } = await contextsMidway(['a', 'b', 'c']);
    conn.sendError({ status_code: 503, title: 'Overloaded', message: 'The service is overloaded.', request_id: 'req_overloaded' });
    const results = await within(Promise.all(contexts.map((c) => drain(c))), 10_000, 'contexts did not fail');
    for (const result of results) {
      expect(result.items.length).toBeGreaterThan(0);
      expect(result.error).toBeInstanceOf(StreamEventError);
      expect((result.error as StreamEventError).status).toBe(503);
      expect((result.error as StreamEventError).message).toBe('The service is overloaded.');
      expect((result.error as StreamEventError).requestId).toBe('req_overloaded');
    }
    expect(session.openContexts).toEqual([]);
    await session.close();
  });

  it('throws SocketClosedError (1011) from every open context when the server closes mid-context', async () => {
    const { session, conn, contexts } = await contextsMidway(['x', 'y']);
    conn.close(1011, 'internal error');
    const results = await within(Promise.all(contexts.map((c) => drain(c))), 10_000, 'contexts did not fail');
    for (const result of results) {
      expect(result.items.length).toBeGreaterThan(0);
      expect(result.error).toBeInstanceOf(SocketClosedError);
      expect(result.error).toMatchObject({ code: 1011, reason: 'internal error' });
    }
    expect(await session.closed).toEqual({ code: 1011, reason: 'internal error' });
    expect(session.isOpen).toBe(false);
  });

  it('a normal closure (1000) by the server still fails the contexts it cut short', async () => {
    const { session, conn, contexts } = await contextsMidway(['n1', 'n2']);
    conn.close(1000, 'bye');
    const results = await within(Promise.all(contexts.map((c) => drain(c))), 10_000, 'contexts did not fail');
    for (const result of results) expect(result.error).toMatchObject({ name: 'SocketClosedError', code: 1000 });
    expect(await session.closed).toEqual({ code: 1000, reason: 'bye' });
  });

  it('throws SocketClosedError when the server closes after a number of messages (declared misbehaviour)', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ chunkBytes: 64, disrupt: { afterMessages: 5, action: 'close', code: 1011 } });
    const session = await clientFor(emulator).tts.websocket();
    const context = await session.generate({ ...ttsSettings, transcript: 'Long enough for many chunks.' });
    const result = await within(drain(context), 10_000, 'the context did not fail');
    expect(result.items).toHaveLength(5);
    expect(result.error).toMatchObject({ name: 'SocketClosedError', code: 1011 });
  });

  it('throws SocketClosedError (1006) when the connection just drops', async () => {
    const { session, conn, contexts } = await contextsMidway(['p', 'q']);
    conn.terminate();
    const results = await within(Promise.all(contexts.map((c) => drain(c))), 10_000, 'contexts did not fail');
    for (const result of results) expect(result.error).toMatchObject({ name: 'SocketClosedError', code: 1006 });
    expect((await session.closed).code).toBe(1006);
  });

  it('ends every open context normally when the client closes the session', async () => {
    const { session, conn, contexts } = await contextsMidway(['m', 'n']);
    const reading = Promise.all(contexts.map((c) => drain(c)));
    expect(await session.close()).toEqual({ code: 1000, reason: '' });
    const results = await within(reading, 10_000, 'contexts did not end');
    for (const result of results) {
      expect(result.error).toBeUndefined();
      expect(result.items.length).toBeGreaterThan(0);
      expect(result.items.some((e) => e.type === 'done')).toBe(false);
    }
    expect(await conn.closed).toEqual({ code: 1000, reason: '', by: 'client' });
    expect(() => session.context(ttsSettings)).toThrow(SocketClosedError);
    await expect(contexts[0]!.push('more')).rejects.toBeInstanceOf(SocketClosedError);
  });

  it('ends a context the server never finishes once the session is closed', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ neverFinish: true });
    const session = await clientFor(emulator).tts.websocket();
    const context = await session.generate({ ...ttsSettings, transcript: 'Never done.' }, 'endless');
    const reading = drain(context);
    const conn = await emulator.connection();
    await conn.until(() => conn.contexts.get('endless')?.lastInputReceived && conn.queued === 0, 10_000, 'all audio sent');
    expect(context.done).toBe(false);
    await session.close();
    const result = await within(reading, 10_000, 'the context did not end');
    expect(result.error).toBeUndefined();
    expect(
      concat(result.items.flatMap((e) => (e.type === 'chunk' ? [e.data] : []))).equals(
        audioPattern('endless', 0, 'Never done.'.length * 64),
      ),
    ).toBe(true);
  });

  it('throws ProtocolError from the open contexts on a frame that is not JSON, and closes with 1002', async () => {
    const { session, conn, contexts } = await contextsMidway(['j', 'k']);
    conn.sendMalformed();
    const results = await within(Promise.all(contexts.map((c) => drain(c))), 10_000, 'contexts did not fail');
    for (const result of results) {
      expect(result.error).toBeInstanceOf(ProtocolError);
      expect((result.error as Error).message).toMatch(/not JSON/);
    }
    expect((await conn.closed).code).toBe(1002);
    expect((await session.closed).code).toBe(1002);
  });

  it('throws ProtocolError on a binary frame where JSON was expected', async () => {
    const { session, conn, contexts } = await contextsMidway(['bin']);
    conn.sendRaw(new Uint8Array([1, 2, 3]));
    const [result] = await within(Promise.all(contexts.map((c) => drain(c))), 10_000, 'the context did not fail');
    expect(result!.error).toBeInstanceOf(ProtocolError);
    expect((await session.closed).code).toBe(1002);
  });

  it('leaves no listener on the socket and no socket or timer in the process once closed', async () => {
    const { emulator } = fixture;
    const baseline = resourceCounts();
    const cases: ((conn: EmulatedConnection, session: TtsWebsocketSession) => Promise<unknown>)[] = [
      (_conn, session) => session.close(),
      async (conn) => conn.close(1011, 'bye'),
      async (conn) => conn.sendMalformed(),
      async (conn) => conn.terminate(),
    ];
    for (const [index, end] of cases.entries()) {
      emulator.behaveNext({ neverFinish: true });
      const session = await clientFor(emulator).tts.websocket();
      const socket = wsOf(session);
      const conn = await emulator.connection(index);
      const context = await session.generate({ ...ttsSettings, transcript: 'Hi.' });
      const reading = drain(context);
      await conn.until(() => conn.queued === 0 && conn.contexts.size === 1, 10_000, 'the audio');
      await end(conn, session);
      await within(session.closed, 10_000, 'the session did not close');
      await reading;
      await conn.closed;
      for (const type of ['message', 'close', 'error', 'open'])
        expect({ case: index, type, count: socket.listenerCount(type) }).toEqual({ case: index, type, count: 0 });
    }
    expect(await leftoverResources(baseline)).toEqual([]);
  });
});
