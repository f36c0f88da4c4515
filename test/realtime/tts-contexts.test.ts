// TTS over one WebSocket: many contexts at once, their events routed by context_id, transcripts sent in
// pieces, flushes, cancels, the one-call helper, timestamps, and audio handed over as bytes in order.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { TtsWebsocketContext, TtsWebsocketEvent } from '../../generated/typescript/src/index.js';
import { clientFor, collect, concat, ttsSettings } from './support/client.js';
import { audioPattern } from './support/emulator.js';
import { useEmulator } from './support/lifecycle.js';
import { within } from './support/wait.js';

const fixture = useEmulator();

type Chunk = Extract<TtsWebsocketEvent, { type: 'chunk' }>;
const chunks = (events: TtsWebsocketEvent[]): Chunk[] => events.filter((e): e is Chunk => e.type === 'chunk');
const audioOf = (events: TtsWebsocketEvent[]): Buffer => concat(chunks(events).map((e) => e.data));

describe('TTS contexts', () => {
  it('routes the interleaved events of many concurrent contexts to their own context', async () => {
    const { emulator } = fixture;
    // Hold the output until every context has asked, so the wire order is strictly round-robin.
    emulator.behaveNext({ hold: true, chunkBytes: 96 });
    const session = await clientFor(emulator).tts.websocket();
    const conn = await emulator.connection();
    const contexts = Array.from({ length: 8 }, (_, i) => session.context(ttsSettings, `ctx-${i}`));
    for (const [i, context] of contexts.entries()) {
      await context.push(`Hello number ${i}, `);
      await context.end('goodbye.');
    }
    await conn.until(() => [...conn.contexts.values()].filter((c) => c.lastInputReceived).length === 8, 10_000, 'eight contexts');
    conn.release();

    const results = await within(Promise.all(contexts.map((c) => collect(c))), 15_000, 'contexts did not end');

    // On the wire the contexts took turns: the first eight events belong to eight different contexts.
    const wireOrder = conn.sent.map((frame) => frame.contextId);
    expect(new Set(wireOrder.slice(0, 8)).size).toBe(8);
    for (const [i, events] of results.entries()) {
      const id = `ctx-${i}`;
      expect(events.every((e) => 'context_id' in e && e.context_id === id)).toBe(true);
      expect(events.at(-1)).toEqual({ type: 'done', context_id: id, status_code: 200, done: true });
      const state = conn.contexts.get(id)!;
      expect(chunks(events).length).toBeGreaterThan(1);
      expect(audioOf(events).equals(audioPattern(id, 0, state.generated))).toBe(true);
      expect(contexts[i]!.done).toBe(true);
    }
    expect(session.openContexts).toEqual([]);
    await session.close();
  });

  it('sends push() pieces with continue: true, end() with continue: false and the settings each time', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    const context = session.context(ttsSettings, 'pieces');
    const events = collect(context);
    await context.push('The quick brown fox ');
    await context.push('jumps over ', { max_buffer_delay_ms: 0 });
    await context.end('the lazy dog.');
    const received = await within(events, 10_000, 'the context did not end');

    const conn = await emulator.connection();
    expect(conn.messages).toEqual([
      { ...ttsSettings, transcript: 'The quick brown fox ', continue: true, context_id: 'pieces' },
      { ...ttsSettings, max_buffer_delay_ms: 0, transcript: 'jumps over ', continue: true, context_id: 'pieces' },
      { ...ttsSettings, transcript: 'the lazy dog.', continue: false, context_id: 'pieces' },
    ]);
    expect(received.map((e) => e.type).at(-1)).toBe('done');
    expect(audioOf(received).equals(concat(conn.contexts.get('pieces')!.audio))).toBe(true);
    expect(conn.contexts.get('pieces')!.transcripts).toEqual(['The quick brown fox ', 'jumps over ', 'the lazy dog.']);
    await session.close();
  });

  it('flush() gets flush_done, and the chunks after it carry the next flush_id', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ chunkBytes: 500 });
    const session = await clientFor(emulator).tts.websocket();
    const context = session.context(ttsSettings, 'flushing');
    const events = collect(context);
    await context.push('First part. ');
    await context.flush();
    await context.push('Second part.');
    await context.flush();
    await context.end();
    const received = await within(events, 10_000, 'the context did not end');

    const conn = await emulator.connection();
    expect(conn.messages[1]).toEqual({ ...ttsSettings, transcript: '', continue: true, flush: true, context_id: 'flushing' });
    expect(conn.messages.at(-1)).toEqual({ ...ttsSettings, transcript: '', continue: false, context_id: 'flushing' });
    const summary = received.map((e) => `${e.type}:${'flush_id' in e ? e.flush_id : '-'}`);
    const firstAudio = Math.ceil(('First part. '.length * 64) / 500);
    const secondAudio = Math.ceil(('Second part.'.length * 64) / 500);
    expect(summary).toEqual([
      ...Array<string>(firstAudio).fill('chunk:1'),
      'flush_done:1',
      ...Array<string>(secondAudio).fill('chunk:2'),
      'flush_done:2',
      'done:-',
    ]);
    const flushDone = received.find((e) => e.type === 'flush_done');
    expect(flushDone).toEqual({ type: 'flush_done', context_id: 'flushing', status_code: 206, done: false, flush_done: true, flush_id: 1 });
    await session.close();
  });

  it('cancel() ends the context at once, and the server generates nothing more for it', async () => {
    const { emulator } = fixture;
    // Slow, long generations: the cancel arrives while most of the audio is still to come.
    emulator.behaveNext({ chunkBytes: 64, bytesPerChar: 400, delayMs: 4 });
    const session = await clientFor(emulator).tts.websocket();
    const doomed = session.context(ttsSettings, 'doomed');
    const survivor = session.context(ttsSettings, 'survivor');
    await doomed.end('A sentence long enough to take a while.');
    await survivor.end('Short.');
    const survivorEvents = collect(survivor);

    const iterator = doomed[Symbol.asyncIterator]();
    const first = await within(iterator.next(), 10_000, 'no first chunk');
    expect(first.done).toBe(false);
    await doomed.cancel();
    expect(doomed.done).toBe(true);
    expect(session.openContexts).not.toContain('doomed');
    // What was already buffered may still come out; then the iterator ends without an error.
    const rest: TtsWebsocketEvent[] = [];
    for (let step = await iterator.next(); !step.done; step = await iterator.next()) rest.push(step.value);
    expect(rest.every((e) => e.type === 'chunk' && e.context_id === 'doomed')).toBe(true);

    const conn = await emulator.connection();
    const state = await conn.until(() => conn.contexts.get('doomed')?.cancelled && conn.contexts.get('doomed'), 10_000, 'the cancel');
    expect(conn.messages.at(-1)).toEqual({ context_id: 'doomed', cancel: true });
    expect(state.droppedByCancel).toBeGreaterThan(0);
    expect(state.sentAfterCancel).toBe(0);
    expect(state.doneSent).toBe(false);

    // The other context on the socket carries on to its end.
    const other = await within(survivorEvents, 15_000, 'the survivor did not end');
    expect(other.at(-1)?.type).toBe('done');
    expect(audioOf(other).equals(audioPattern('survivor', 0, 'Short.'.length * 400))).toBe(true);
    await session.close();
  });

  it('hands audio over as Uint8Array, and bytes() yields it in order', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ chunkBytes: 333 });
    const session = await clientFor(emulator).tts.websocket();
    const context = await session.generate({ ...ttsSettings, transcript: 'Bytes, in order, please.' }, 'bytes');
    const parts: Uint8Array[] = [];
    for await (const part of context.bytes()) {
      expect(part).toBeInstanceOf(Uint8Array);
      expectTypeOf(part).toEqualTypeOf<Uint8Array>();
      parts.push(part);
    }
    const total = 'Bytes, in order, please.'.length * 64;
    expect(parts.length).toBe(Math.ceil(total / 333));
    expect(concat(parts).equals(audioPattern('bytes', 0, total))).toBe(true);
    await session.close();
  });

  it('generate() sends the whole request in one message and returns the context', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    const context: TtsWebsocketContext = await session.generate({ ...ttsSettings, transcript: 'All at once.' });
    const events = await within(collect(context), 10_000, 'the context did not end');
    const conn = await emulator.connection();
    expect(conn.messages).toEqual([{ ...ttsSettings, transcript: 'All at once.', continue: false, context_id: context.id }]);
    expect(context.id).toMatch(/\S/);
    expect(events.at(-1)).toEqual({ type: 'done', context_id: context.id, status_code: 200, done: true });
    for (const event of chunks(events)) expect(event.data).toBeInstanceOf(Uint8Array);
    await session.close();
  });

  it('delivers word and phoneme timestamps when asked, and none otherwise', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    const timed = await session.generate({
      ...ttsSettings,
      add_timestamps: true,
      add_phoneme_timestamps: true,
      transcript: 'Hello timed world',
    });
    const plain = await session.generate({ ...ttsSettings, transcript: 'Hello plain world' });
    const [timedEvents, plainEvents] = await within(Promise.all([collect(timed), collect(plain)]), 10_000, 'contexts did not end');

    const words = timedEvents.find((e) => e.type === 'timestamps');
    const phonemes = timedEvents.find((e) => e.type === 'phoneme_timestamps');
    if (words?.type !== 'timestamps' || phonemes?.type !== 'phoneme_timestamps') throw new Error('timestamps missing');
    expect(words.word_timestamps?.words).toEqual(['Hello', 'timed', 'world']);
    expect(words.word_timestamps?.start).toHaveLength(3);
    expect(words.word_timestamps?.end.every((end, i) => end >= words.word_timestamps!.start[i]!)).toBe(true);
    expect(phonemes.phoneme_timestamps?.phonemes.join('')).toBe('hellotimedworld');
    expect(plainEvents.some((e) => e.type === 'timestamps' || e.type === 'phoneme_timestamps')).toBe(false);
    await session.close();
  });

  it('joins messages the server splits over several frames, even inside a UTF-8 character', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ fragment: 7, chunkBytes: 200 });
    const session = await clientFor(emulator).tts.websocket();
    const context = await session.generate({ ...ttsSettings, add_timestamps: true, transcript: 'héllo wörld ☃☃☃' });
    const events = await within(collect(context), 10_000, 'the context did not end');
    const words = events.find((e) => e.type === 'timestamps');
    expect(words?.type === 'timestamps' && words.word_timestamps?.words).toEqual(['héllo', 'wörld', '☃☃☃']);
    expect(audioOf(events).equals(audioPattern(context.id, 0, 'héllo wörld ☃☃☃'.length * 64))).toBe(true);
    await session.close();
  });
});
