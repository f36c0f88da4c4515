// Speech-to-text with turn detection: `configure()` and `end()` send JSON the spec accepts, turn events arrive
// in order (the emulator hears speech in frames with a non-zero byte and silence in all-zero frames), and
// errors are thrown as StreamEventError.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { StreamEventError, type SttTurnsWebsocketEvent } from '../../generated/typescript/src/index.js';
import { clientFor, collect, drain, turnsParams } from './support/client.js';
import { countingBytes } from './support/emulator.js';
import { useEmulator } from './support/lifecycle.js';
import { within } from './support/wait.js';

const fixture = useEmulator();

const speech = (): Uint8Array => countingBytes(640);
const silence = (): Uint8Array => new Uint8Array(640);

/** Events as `type` or `type:transcript`, for comparing sequences. */
function summary(events: SttTurnsWebsocketEvent[]): string[] {
  return events.map((e) => ('transcript' in e ? `${e.type}:${e.transcript}` : e.type));
}

describe('STT with turn detection', () => {
  it('sends configure() and end() as JSON commands the spec accepts', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).stt.turns.websocket(turnsParams);
    const events = collect(session);
    await session.configure({ turn: { start_threshold: 0.7, eager_end_threshold: 0.5, end_threshold: 0.3, end_timeout_ms: 1200 } });
    await session.configure();
    await session.end();
    await within(events, 10_000, 'the session did not end');
    const conn = await emulator.connection();
    expect(conn.texts.map((text) => JSON.parse(text))).toEqual([
      { type: 'config', turn: { start_threshold: 0.7, eager_end_threshold: 0.5, end_threshold: 0.3, end_timeout_ms: 1200 } },
      { type: 'config' },
      { type: 'close' },
    ]);
    expect(emulator.violations).toEqual([]);
  });

  it('delivers connected first, then the turn events in order, and ends after the server closes', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).stt.turns.websocket(turnsParams);
    const events = collect(session);
    for (const frame of [speech(), speech(), silence(), speech(), silence(), silence(), speech(), silence()])
      await session.sendAudio(frame);
    await session.end();
    const received = await within(events, 10_000, 'the session did not end');
    const conn = await emulator.connection();

    expectTypeOf(received).toEqualTypeOf<SttTurnsWebsocketEvent[]>();
    expect(received[0]).toEqual({ type: 'connected', request_id: conn.requestId });
    expect(summary(received)).toEqual([
      'connected',
      'turn.start',
      'turn.update:word1',
      'turn.update:word1 word2',
      'turn.eager_end:word1 word2',
      'turn.resume',
      'turn.update:word1 word2 word3',
      'turn.eager_end:word1 word2 word3',
      'turn.end:word1 word2 word3',
      'turn.start',
      'turn.update:word4',
      'turn.eager_end:word4',
      // `close` ends the open turn before the server closes.
      'turn.end:word4',
    ]);
    expect(received.every((e) => e.request_id === conn.requestId)).toBe(true);
    expect(await session.closed).toEqual({ code: 1000, reason: '' });
  });

  it('receives connected even when the server sends it in the same breath as the handshake', async () => {
    const { emulator } = fixture;
    const client = clientFor(emulator);
    // Several sessions: the first message often travels in the same network read as the upgrade response.
    for (let i = 0; i < 10; i++) {
      const session = await client.stt.turns.websocket(turnsParams);
      const iterator = session[Symbol.asyncIterator]();
      const first = await within(iterator.next(), 10_000, 'no first event');
      expect(first.value).toMatchObject({ type: 'connected' });
      await session.close();
    }
  });

  it('throws StreamEventError for an error message, with the service status and message', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).stt.turns.websocket(turnsParams);
    const reading = drain(session);
    // Out of the spec's range: the emulator records the violation and answers like the service.
    await session.configure({ turn: { start_threshold: 2 } });
    const result = await within(reading, 10_000, 'the session did not fail');
    expect(result.items.map((e) => e.type)).toEqual(['connected']);
    expect(result.error).toBeInstanceOf(StreamEventError);
    expect(result.error).toMatchObject({ status: 400, body: { type: 'error', title: 'Invalid request' } });
    expect((result.error as Error).message).toMatch(/start_threshold/);
    const violations = emulator.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ source: 'client', channel: 'stt.turns.websocket' });
    await session.close();
  });

  it('keeps the session open for events after configure(), and end() leaves no turn open', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).stt.turns.websocket({ ...turnsParams, keyterm: ['Cartesia'] });
    const events = collect(session);
    await session.sendAudio(speech());
    await session.configure({ turn: { end_timeout_ms: 640 } });
    await session.sendAudio(speech());
    await session.end();
    expect(summary(await within(events, 10_000, 'the session did not end'))).toEqual([
      'connected',
      'turn.start',
      'turn.update:word1',
      'turn.update:word1 word2',
      'turn.end:word1 word2',
    ]);
  });
});
