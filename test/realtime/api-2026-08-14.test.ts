// What API version 2026-08-14 (and the reference gaps fixed with it) changed on the sockets, end to end through
// the generated client and the spec-checking emulator: the TTS voice as an id or an open object, `locale` and
// `normalization`; `language` as any ISO-639-1 code on both STT sockets; the turn_* handshake parameters.
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { clientFor, collect, turnsParams } from './support/client.js';
import { useEmulator } from './support/lifecycle.js';
import { within } from './support/wait.js';

const fixture = useEmulator();
const FORMAT = { container: 'raw', encoding: 'pcm_s16le', sample_rate: 24000 } as const;

/** Opens a socket with a plain `ws` client; resolves with 101 when it opens, else the HTTP status. */
function handshake(target: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${fixture.emulator.wsURL}${target}`);
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', (error) => resolve(Number(/\b(\d{3})\b/.exec(error.message)?.[1] ?? 0)));
  });
}

const AUTH = 'cartesia_version=2026-08-14&api_key=k';

describe('TTS WebSocket generation request (2026-08-14)', () => {
  it('takes the voice as an id string or as an object with id (extra keys allowed), with locale and normalization', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    const voices = ['a0e99841-438c-4a64-b679-ae501e7d6091', { id: 'voice_obj' }, { id: 'voice_open', future_field: 1 }];
    const contexts = await Promise.all(
      voices.map((voice, i) =>
        session.generate({
          model_id: 'sonic-latest',
          voice,
          output_format: FORMAT,
          transcript: `Take ${i}.`,
          locale: 'en-GB',
          normalization: 'off',
        }),
      ),
    );
    const events = await within(Promise.all(contexts.map((c) => collect(c))), 10_000, 'contexts did not end');
    expect(events.every((list) => list.some((e) => e.type === 'chunk'))).toBe(true);
    const conn = await emulator.connection();
    expect(conn.messages.map((m) => m.voice)).toEqual(voices);
    expect(conn.messages.map((m) => [m.locale, m.normalization])).toEqual(voices.map(() => ['en-GB', 'off']));
    expect(emulator.violations).toEqual([]);
    await session.close();
  });

  it('refuses a voice object without id, and records it', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    const conn = await emulator.connection();
    session.socket.send(
      JSON.stringify({ context_id: 'c', model_id: 'sonic-3', transcript: 'Hi.', output_format: FORMAT, voice: { mode: 'id' } }),
    );
    await conn.until(() => emulator.violations.length > 0, 10_000, 'the violation');
    expect(
      emulator
        .takeViolations()
        .map((v) => v.problem)
        .join('\n'),
    ).toMatch(/voice/);
    await session.close();
  });
});

describe('STT sockets take language as an ISO-639-1 code, and turn detection on the handshake', () => {
  it.each([
    ['manual finalize, Spanish', `/stt/websocket?model=ink-whisper&encoding=pcm_s16le&sample_rate=16000&language=es&${AUTH}`],
    ['turns, French', `/stt/turns/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=16000&language=fr&${AUTH}`],
    [
      'turns, every turn_* parameter',
      `/stt/turns/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=16000&turn_start_threshold=0.7&turn_eager_end_threshold=0.5&turn_end_threshold=0.3&turn_end_timeout_ms=1200&${AUTH}`,
    ],
  ])('accepts %s', async (_name, target) => {
    expect(await handshake(target)).toBe(101);
    expect(fixture.emulator.violations).toEqual([]);
  });

  it.each([
    [
      'a language that is not a two-letter code',
      `/stt/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=16000&language=english&${AUTH}`,
      /language/,
    ],
    [
      'a turn threshold out of range',
      `/stt/turns/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=16000&turn_start_threshold=0.95&${AUTH}`,
      /turn_start_threshold/,
    ],
  ])('refuses %s', async (_name, target, problem) => {
    expect(await handshake(target)).toBe(400);
    expect(
      fixture.emulator
        .takeViolations()
        .map((v) => v.problem)
        .join('\n'),
    ).toMatch(problem);
  });

  it('the generated client sends language and turn_* on the turns socket, and the manual socket answers in the language asked', async () => {
    const { emulator } = fixture;
    const client = clientFor(emulator);
    const turns = await client.stt.turns.websocket({ ...turnsParams, language: 'de', turn_end_threshold: 0.3, turn_end_timeout_ms: 1200 });
    expect(emulator.handshakes[0]!.query).toMatchObject({ language: 'de', turn_end_threshold: '0.3', turn_end_timeout_ms: '1200' });
    await turns.close();

    const manual = await client.stt.websocket({ model: 'ink-whisper', encoding: 'pcm_s16le', sample_rate: 16000, language: 'ja' });
    const events = collect(manual);
    await manual.sendAudio(new Uint8Array(3200));
    await manual.finalize();
    await manual.end();
    expect((await within(events, 10_000, 'the session did not end'))[0]).toMatchObject({ type: 'transcript', language: 'ja' });
    expect(emulator.violations).toEqual([]);
  });
});
