// The Go realtime runtime against the project's realtime emulator (test/realtime/support), which checks every
// handshake and command against spec/cartesia.yaml: the client's Config and the channels are handed to the
// runtime as the IR states them, with nothing Cartesia-specific in Go. TTS contexts (audio byte for byte, cancel,
// an error for one context), both credential placements, STT audio and text commands, a refused handshake.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIR } from '../../generator/ir/build-ir.js';
import type { ApiModel, Channel } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { CARTESIA_SPEC, tempDir } from '../support/paths.js';
import { ACCESS_TOKEN, API_KEY, sttParams, ttsSettings } from '../realtime/support/client.js';
import { countingBytes } from '../realtime/support/emulator.js';
import { useEmulator } from '../realtime/support/lifecycle.js';
import { assembleModule, decodeBase64, driveProgram, OFFLINE, prepareGo, run } from './go-module.js';

interface Failure {
  type: string;
  message: string;
  status?: number;
  code?: number;
}
interface Outcome {
  connect?: Failure;
  contexts?: { id: string; audio: string; chunks: number; error?: Failure }[];
  events?: Record<string, unknown>[];
  error?: Failure;
  close?: { Code: number; Reason: string };
}

const fixture = useEmulator();
const workspace = tempDir('go-interop-');
const program = path.join(workspace.dir, 'interop');
let model: ApiModel;

let built = false;

/** Builds the interop program once (in the first test that needs it: a missing toolchain fails each test). */
function buildProgram(): void {
  if (built) return;
  prepareGo();
  const moduleDir = path.join(workspace.dir, 'module');
  fs.rmSync(moduleDir, { recursive: true, force: true });
  fs.mkdirSync(moduleDir);
  assembleModule(moduleDir);
  const build = run('go', ['build', '-o', program, './interop'], moduleDir, OFFLINE);
  if (build.status !== 0) throw new Error(`go build ./interop failed:\n${build.output}`);
  built = true;
}

beforeAll(() => {
  model = buildIR(loadSpec(CARTESIA_SPEC).source).model;
});
afterAll(() => workspace.cleanup());

/** The client's Config as a generated client fills it from the IR, pointed at the emulator. */
function config(held: Record<string, string>): Record<string, unknown> {
  return {
    BaseURL: fixture.emulator.url,
    Version: model.apiVersion?.default,
    APIVersion: model.apiVersion,
    Credentials: model.auth.schemes.map((s) => ({
      Scheme: s.key,
      Option: s.option,
      Transport: s.transport,
      In: s.in ?? '',
      ParameterName: s.parameterName ?? '',
      WebsocketQueryParameter: s.websocketQueryParameter ?? '',
    })),
    Held: held,
    TLSRequired: model.transport.tls === 'required',
    LoopbackException: model.transport.loopbackException,
    InStream: model.errors.inStream,
  };
}

/** A channel of the IR as the runtime's Channel, and its commands as Commands. */
function channel(id: string): { channel: Record<string, unknown>; commands: Record<string, unknown> } {
  const found: Channel = model.channels.find((c) => c.id === id)!;
  return {
    channel: {
      Path: found.path,
      Security: found.security,
      Base64Fields: found.receive.base64Fields,
      Context: found.context ? { IDField: found.context.idField, EndField: found.context.endField ?? '' } : null,
    },
    commands: Object.fromEntries(
      found.send.map((c) => [
        c.name,
        {
          Text: c.kind === 'text' ? c.text : '',
          Argument: c.argument ?? '',
          ArgumentDefault: c.argumentDefault ?? null,
          Set: c.set,
          WithSettings: c.withSettings,
          EndsContext: c.endsContext,
        },
      ]),
    ),
  };
}

async function drive(scenario: Record<string, unknown>): Promise<Outcome> {
  buildProgram();
  return driveProgram<Outcome>(program, scenario);
}

describe('Go realtime runtime against the emulator', { timeout: 240_000 }, () => {
  it('runs TTS contexts on one socket: each gets its own audio byte for byte, a cancel ends one', async () => {
    const { emulator } = fixture;
    const outcome = await drive({
      config: config({ APIKeyAuth: API_KEY }),
      ...channel('tts.websocket'),
      contexts: [
        { id: 'first', settings: ttsSettings, pieces: ['Hello there. ', 'How are you?'], last: 'end' },
        { id: 'second', settings: ttsSettings, pieces: ['A second voice.'], last: 'end' },
        { id: 'dropped', settings: ttsSettings, pieces: ['Never mind.'], last: 'cancel' },
      ],
    });
    expect(outcome.connect).toBeUndefined();
    const [handshake] = emulator.handshakes;
    expect(handshake!.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(handshake!.headers['cartesia-version']).toBe(model.apiVersion!.default);
    expect(handshake!.target).toBe('/tts/websocket');
    const conn = await emulator.connection(0);
    for (const id of ['first', 'second']) {
      const result = outcome.contexts!.find((c) => c.id === id)!;
      const state = conn.contexts.get(id)!;
      expect(result.error).toBeUndefined();
      expect(state.doneSent).toBe(true);
      expect(result.chunks).toBeGreaterThan(0);
      expect(decodeBase64(result.audio).equals(Buffer.concat(state.audio))).toBe(true);
      expect(state.requests[0]).toMatchObject({ ...ttsSettings, context_id: id, continue: true });
    }
    // Whatever audio came before the cancel is what the server sent for it, and the context ends without error.
    const dropped = outcome.contexts!.find((c) => c.id === 'dropped')!;
    const sentForDropped = Buffer.concat(conn.contexts.get('dropped')!.audio);
    expect(conn.contexts.get('dropped')!.cancelled).toBe(true);
    expect(dropped.error).toBeUndefined();
    expect(sentForDropped.subarray(0, decodeBase64(dropped.audio).length).equals(decodeBase64(dropped.audio))).toBe(true);
    expect(outcome.close).toEqual({ Code: 1000, Reason: '' });
  });

  it('sends the version and the access token in the query when asked, and the token first when both are held', async () => {
    const { emulator } = fixture;
    const outcome = await drive({
      config: config({ APIKeyAuth: API_KEY, TokenAuth: ACCESS_TOKEN }),
      ...channel('tts.websocket'),
      credentialsInQuery: true,
      contexts: [{ id: 'q', settings: ttsSettings, pieces: ['Hi.'], last: 'end' }],
    });
    expect(outcome.contexts![0]!.error).toBeUndefined();
    const [handshake] = emulator.handshakes;
    expect(handshake!.query).toEqual({ cartesia_version: model.apiVersion!.default, access_token: ACCESS_TOKEN });
    expect(handshake!.headers['authorization']).toBeUndefined();
    expect(handshake!.headers['cartesia-version']).toBeUndefined();
  });

  it('fails only the context the server sends an error for', async () => {
    const { emulator } = fixture;
    emulator.behave({ failContexts: ['bad'] });
    const outcome = await drive({
      config: config({ APIKeyAuth: API_KEY }),
      ...channel('tts.websocket'),
      contexts: [
        { id: 'bad', settings: ttsSettings, pieces: ['Fails.'], last: 'end' },
        { id: 'good', settings: ttsSettings, pieces: ['Works.'], last: 'end' },
      ],
    });
    const [bad, good] = outcome.contexts!;
    expect(bad!.error?.type).toBe('*main.apiError');
    expect(good!.error).toBeUndefined();
    expect(decodeBase64(good!.audio).length).toBeGreaterThan(0);
  });

  it('streams STT audio in frames, then finalize and close as text, and reads every event to the end', async () => {
    const { emulator } = fixture;
    const audio = Buffer.from(countingBytes(38_400));
    const outcome = await drive({
      config: config({ APIKeyAuth: API_KEY }),
      ...channel('stt.websocket'),
      query: Object.fromEntries(Object.entries(sttParams).map(([k, v]) => [k, [String(v)]])),
      audio: audio.toString('base64'),
      chunkSize: 3200,
      then: ['finalize', 'end'],
    });
    expect(outcome.error).toBeUndefined();
    const conn = await emulator.connection(0);
    expect(conn.binaryFrames.map((f) => f.length)).toEqual(Array(12).fill(3200));
    expect(Buffer.concat(conn.binaryFrames).equals(audio)).toBe(true);
    expect(conn.texts).toEqual(['finalize', 'close']);
    expect(outcome.events!.map((e) => e['type'])).toEqual(['transcript', 'flush_done', 'done']);
    expect(outcome.events![0]).toMatchObject({ text: 'heard 38400 bytes. ', is_final: true });
    expect(outcome.close?.Code).toBe(1000);
  });

  it('turns a refused handshake into the client error for its status, without the credential', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ rejectHandshake: { status: 401, body: `{"message":"Invalid API key ${API_KEY}"}` } });
    const outcome = await drive({ config: config({ APIKeyAuth: API_KEY }), ...channel('tts.websocket'), contexts: [] });
    expect(outcome.connect).toMatchObject({ type: '*main.apiError', status: 401 });
    expect(outcome.connect!.message).toContain('Invalid API key ***');
    expect(JSON.stringify(outcome)).not.toContain(API_KEY);
    expect(emulator.handshakes[0]!.refused).toBe(401);
  });
});
