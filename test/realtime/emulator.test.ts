// The emulator itself: it refuses what the spec refuses and records it (so the other tests' "no violations"
// can fail), answers invalid messages as the service would, checks its own messages, and misbehaves only
// when told to.
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { APIConnectionTimeoutError, StreamEventError } from '../../generated/typescript/src/index.js';
import { API_KEY, clientFor, collect, drain, sttParams, ttsSettings } from './support/client.js';
import { useEmulator } from './support/lifecycle.js';
import { within } from './support/wait.js';

const fixture = useEmulator();

/** Attempts a handshake with a plain `ws` client; resolves with 101 when it opens, else the HTTP status. */
function handshake(target: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${fixture.emulator.wsURL}${target}`, { headers });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', (error) => resolve(Number(/\b(\d{3})\b/.exec(error.message)?.[1] ?? 0)));
  });
}

describe('the emulator checks the handshake', () => {
  it('accepts a handshake that follows the spec', async () => {
    const { emulator } = fixture;
    expect(await handshake(`/stt/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=16000&cartesia_version=2026-08-14&api_key=k`)).toBe(
      101,
    );
    expect(emulator.violations).toEqual([]);
  });

  it('accepts the version and credential in headers instead (as the security scheme sends them)', async () => {
    const { emulator } = fixture;
    const headers = { authorization: 'Bearer k', 'cartesia-version': '2025-11-04' };
    expect(await handshake('/stt/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=16000', headers)).toBe(101);
    expect(emulator.violations).toEqual([]);
  });

  it.each([
    ['no version header', { authorization: 'Bearer k' }, 400, /Cartesia-Version/],
    ['a malformed version header', { authorization: 'Bearer k', 'cartesia-version': 'latest' }, 400, /does not match/],
    ['a header credential that is not bearer', { authorization: 'Token k', 'cartesia-version': '2025-11-04' }, 401, /exactly one of/],
  ])('refuses and records %s', async (_name, headers, status, problem) => {
    const { emulator } = fixture;
    expect(await handshake('/tts/websocket', headers)).toBe(status);
    expect(
      emulator
        .takeViolations()
        .map((v) => v.problem)
        .join('\n'),
    ).toMatch(problem);
  });

  it('refuses a credential sent both in a header and in the query', async () => {
    const { emulator } = fixture;
    expect(await handshake('/tts/websocket?api_key=k', { authorization: 'Bearer k', 'cartesia-version': '2025-11-04' })).toBe(401);
    expect(
      emulator
        .takeViolations()
        .map((v) => v.problem)
        .join('\n'),
    ).toMatch(/got api_key, header authorization/);
  });

  it.each([
    ['an unknown path', '/tts/websockets?cartesia_version=2026-08-14&api_key=k', 404, /no channel/],
    ['no version', '/tts/websocket?api_key=k', 400, /cartesia_version/],
    ['a malformed version', '/tts/websocket?cartesia_version=latest&api_key=k', 400, /does not match/],
    ['no credential', '/tts/websocket?cartesia_version=2026-08-14', 401, /exactly one of/],
    ['two credentials', '/tts/websocket?cartesia_version=2026-08-14&api_key=k&access_token=t', 401, /exactly one of/],
    [
      'a missing required parameter',
      '/stt/websocket?model=ink-2&encoding=pcm_s16le&cartesia_version=2026-08-14&api_key=k',
      400,
      /sample_rate/,
    ],
    [
      'a parameter of the wrong type',
      '/stt/websocket?model=ink-2&encoding=pcm_s16le&sample_rate=fast&cartesia_version=2026-08-14&api_key=k',
      400,
      /integer/,
    ],
    [
      'a value outside the enum',
      '/stt/turns/websocket?model=ink-whisper&encoding=pcm_s16le&sample_rate=16000&cartesia_version=2026-08-14&api_key=k',
      400,
      /model/,
    ],
  ])('refuses and records %s', async (_name, target, status, problem) => {
    const { emulator } = fixture;
    expect(await handshake(target)).toBe(status);
    const violations = emulator.takeViolations();
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.source === 'handshake')).toBe(true);
    expect(violations.map((v) => v.problem).join('\n')).toMatch(problem);
    expect(emulator.handshakes[0]!.refused).toBe(status);
    expect(emulator.connections).toEqual([]);
  });
});

describe('the emulator checks messages', () => {
  it('answers a TTS message outside the spec with an error for its context, and records it', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    const context = session.context(ttsSettings, 'broken');
    const reading = drain(context);
    await context.push('First.');
    // Missing `voice`: raw, as a client built from a wrong spec would send it.
    const { voice: _voice, ...withoutVoice } = ttsSettings;
    session.socket.send(JSON.stringify({ ...withoutVoice, transcript: 'Second.', continue: false, context_id: 'broken' }));
    const result = await within(reading, 10_000, 'the context did not fail');
    expect(result.error).toBeInstanceOf(StreamEventError);
    expect(result.error).toMatchObject({ status: 400, body: { context_id: 'broken', title: 'Invalid request' } });
    const violations = emulator.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]!.problem).toMatch(/voice/);
    await session.close();
  });

  it('records a binary frame on TTS, a text frame that is not JSON, and an unknown STT command', async () => {
    const { emulator } = fixture;
    const client = clientFor(emulator);
    const tts = await client.tts.websocket();
    tts.socket.send(new Uint8Array([1, 2, 3]));
    tts.socket.send('hello?');
    const stt = await client.stt.websocket(sttParams);
    const sttEvents = drain(stt);
    stt.socket.send('flush');
    expect((await within(sttEvents, 10_000, 'no error')).error).toMatchObject({ name: 'StreamEventError', status: 400 });
    await emulator.until(() => emulator.violations.length === 3, 10_000, 'three violations');
    expect(emulator.takeViolations().map((v) => v.problem)).toEqual([
      'binary frame on a channel that takes no audio',
      'text frame that is not JSON',
      expect.stringMatching(/text frame "flush" is none of finalize, close/),
    ]);
    await Promise.all([tts.close(), stt.close()]);
  });

  it('checks its own messages against the receive schema', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    const conn = await emulator.connection();
    conn.send({ type: 'chunk', context_id: 'x' });
    expect(emulator.takeViolations()).toEqual([expect.objectContaining({ source: 'emulator', channel: 'tts.websocket' })]);
    await session.close();
  });
});

describe('the emulator misbehaves on command', () => {
  it('stays silent when told to, and still records what arrives', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ silent: true });
    const session = await clientFor(emulator).tts.websocket();
    const context = await session.generate({ ...ttsSettings, transcript: 'Anyone there?' });
    const conn = await emulator.connection();
    await conn.until(() => conn.messages.length === 1, 10_000, 'the request');
    expect(conn.sent).toEqual([]);
    await session.close();
    expect(await collect(context)).toEqual([]);
  });

  it('sends one context after the other when interleaving is off', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ hold: true, interleave: false, chunkBytes: 64 });
    const session = await clientFor(emulator).tts.websocket();
    const conn = await emulator.connection();
    const contexts = ['first', 'second'].map((id) => session.context(ttsSettings, id));
    for (const context of contexts) await context.end('Twelve chars');
    await conn.until(() => conn.contexts.get('second')?.lastInputReceived, 10_000, 'both requests');
    conn.release();
    await within(Promise.all(contexts.map((c) => collect(c))), 10_000, 'contexts did not end');
    const order = conn.sent.map((f) => f.contextId);
    expect(order.indexOf('second')).toBe(order.lastIndexOf('first') + 1);
    await session.close();
  });

  it.each([
    ['malformed', { action: 'malformed' }, 'ProtocolError'],
    ['error', { action: 'error', fields: { status_code: 502 } }, 'StreamEventError'],
    ['terminate', { action: 'terminate' }, 'SocketClosedError'],
  ] as const)('disrupts a connection after a number of messages: %s', async (_name, disruption, errorName) => {
    const { emulator } = fixture;
    emulator.behaveNext({ chunkBytes: 64, disrupt: { afterMessages: 3, ...disruption } });
    const session = await clientFor(emulator).tts.websocket();
    const context = await session.generate({ ...ttsSettings, transcript: 'Long enough for many chunks.' });
    const result = await within(drain(context), 10_000, 'the context did not fail');
    expect(result.items).toHaveLength(3);
    expect(result.error).toMatchObject({ name: errorName });
    await session.close();
  });

  it('can leave a handshake hanging, which the client gives up on', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ stallHandshake: true });
    const error = await clientFor(emulator)
      .tts.websocket({ timeout: 100 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(String(error)).not.toContain(API_KEY);
    expect(emulator.handshakes).toHaveLength(1);
    expect(emulator.connections).toEqual([]);
  });
});
