// The GENERATED Go client's channel API (generated/go: client.TTS.WebSocket, client.STT.WebSocket) against the
// project's realtime emulator, which checks every handshake and command against spec/cartesia.yaml. A Go program
// (test/go/channels/main.go) is built inside a copy of the module and driven by a scenario on stdin: TTS contexts
// (typed settings and optional fields, audio byte for byte, typed events, cancel, the one-call Generate, an error for
// one context), STT audio frames and text commands with typed events, and the client's typed errors for a refused
// handshake, a missing credential and plain ws to a remote host.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { REPO, tempDir, writeTree } from '../support/paths.js';
import { ACCESS_TOKEN, API_KEY, ttsSettings } from '../realtime/support/client.js';
import { countingBytes } from '../realtime/support/emulator.js';
import { useEmulator } from '../realtime/support/lifecycle.js';
import { decodeBase64, driveProgram, OFFLINE, prepareGo, run } from './go-module.js';
import { goSync } from './support.js';

interface Failure {
  type: string;
  message: string;
  status?: number;
  code?: number;
  apiError: boolean;
  streamEvent: boolean;
  socketClosed: boolean;
  connectionError: boolean;
}
interface ContextResult {
  id: string;
  audio: string;
  chunks: number;
  events?: string[];
  error?: Failure;
}
interface Outcome {
  connect?: Failure;
  contexts?: ContextResult[];
  events?: { type: string; text?: string; isFinal?: boolean }[];
  error?: Failure;
  close?: { Code: number; Reason: string };
}

const fixture = useEmulator();
const workspace = tempDir('go-channels-');
const program = path.join(workspace.dir, 'channels');
let built = false;

/** Builds the program in a copy of generated/go, once (in the first test: a missing toolchain fails each test). */
function buildProgram(): void {
  if (built) return;
  prepareGo();
  const moduleDir = path.join(workspace.dir, 'module');
  fs.rmSync(moduleDir, { recursive: true, force: true });
  fs.cpSync(path.join(REPO, 'generated/go'), moduleDir, { recursive: true });
  fs.mkdirSync(path.join(moduleDir, 'cmd/channels'), { recursive: true });
  fs.copyFileSync(path.join(REPO, 'test/go/channels/main.go'), path.join(moduleDir, 'cmd/channels/main.go'));
  const build = run('go', ['build', '-o', program, './cmd/channels'], moduleDir, OFFLINE);
  if (build.status !== 0) throw new Error(`go build ./cmd/channels failed:\n${build.output}`);
  built = true;
}

afterAll(() => workspace.cleanup());

async function drive(scenario: Record<string, unknown>): Promise<Outcome> {
  buildProgram();
  return driveProgram<Outcome>(program, { baseURL: fixture.emulator.url, ...scenario });
}

describe('the generated Go client on the realtime emulator', { timeout: 240_000 }, () => {
  it('runs TTS contexts on one socket with typed settings, commands and events', async () => {
    const { emulator } = fixture;
    const outcome = await drive({
      apiKey: API_KEY,
      channel: 'tts',
      contexts: [
        { id: 'first', pieces: ['Hello there. ', 'How are you?'], last: 'end', read: 'audio', maxBufferDelayMs: 250 },
        { id: 'typed', pieces: ['Typed events.'], last: 'end', read: 'events' },
        { id: 'oneshot', pieces: ['All ', 'at once.'], last: 'generate', read: 'audio' },
        { id: 'dropped', pieces: ['Never mind.'], last: 'cancel', read: 'audio' },
      ],
    });
    expect(outcome.connect).toBeUndefined();
    const [handshake] = emulator.handshakes;
    expect(handshake!.target).toBe('/tts/websocket');
    expect(handshake!.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(handshake!.headers['cartesia-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(handshake!.headers['user-agent']).toMatch(/^Cartesia\/Go /);
    const conn = await emulator.connection(0);
    for (const id of ['first', 'typed', 'oneshot']) {
      const result = outcome.contexts!.find((c) => c.id === id)!;
      const state = conn.contexts.get(id)!;
      expect(result.error, id).toBeUndefined();
      expect(state.doneSent, id).toBe(true);
      expect(result.chunks, id).toBeGreaterThan(0);
      expect(decodeBase64(result.audio).equals(Buffer.concat(state.audio)), id).toBe(true);
      // The settings built from the generated types arrive as the JSON the TypeScript tests send.
      expect(state.requests[0], id).toMatchObject({ ...ttsSettings, context_id: id });
    }
    const first = conn.contexts.get('first')!;
    expect(first.requests.map((r) => r['transcript'])).toEqual(['Hello there. ', 'How are you?', '']);
    expect(first.requests.map((r) => r['continue'])).toEqual([true, true, false]);
    expect(first.requests[0]!['max_buffer_delay_ms']).toBe(250);
    expect(first.requests[1]).not.toHaveProperty('max_buffer_delay_ms');
    // Generate sends the whole transcript in one end command.
    expect(conn.contexts.get('oneshot')!.requests.map((r) => [r['transcript'], r['continue']])).toEqual([['All at once.', false]]);
    // Typed events: every chunk of the context named by its id, then done.
    const typed = outcome.contexts!.find((c) => c.id === 'typed')!;
    expect(typed.events!.length).toBeGreaterThan(1);
    expect(typed.events!.filter((e) => e.startsWith('chunk:'))).toEqual(Array(typed.chunks).fill('chunk:typed'));
    expect(typed.events!.at(-1)).toBe('done');
    // A cancel ends the context without error; whatever audio came before it is what the server sent.
    const dropped = outcome.contexts!.find((c) => c.id === 'dropped')!;
    expect(conn.contexts.get('dropped')!.cancelled).toBe(true);
    expect(dropped.error).toBeUndefined();
    const sent = Buffer.concat(conn.contexts.get('dropped')!.audio);
    expect(sent.subarray(0, decodeBase64(dropped.audio).length).equals(decodeBase64(dropped.audio))).toBe(true);
    expect(outcome.close).toEqual({ Code: 1000, Reason: '' });
  });

  it('fails only the context the server sends an error for, as the client StreamEventError', async () => {
    const { emulator } = fixture;
    emulator.behave({ failContexts: ['bad'] });
    const outcome = await drive({
      apiKey: API_KEY,
      channel: 'tts',
      contexts: [
        { id: 'bad', pieces: ['Fails.'], last: 'end', read: 'events' },
        { id: 'good', pieces: ['Works.'], last: 'end', read: 'audio' },
      ],
    });
    const [bad, good] = outcome.contexts!;
    expect(bad!.error).toMatchObject({ type: '*core.StreamEventError', apiError: true, streamEvent: true });
    expect(bad!.error!.status).toBeGreaterThanOrEqual(400);
    expect(good!.error).toBeUndefined();
    expect(decodeBase64(good!.audio).length).toBeGreaterThan(0);
  });

  it('streams STT audio in frames, then finalize and close as text, and reads typed events to the end', async () => {
    const { emulator } = fixture;
    const audio = Buffer.from(countingBytes(38_400));
    const outcome = await drive({ apiKey: API_KEY, channel: 'stt', audio: audio.toString('base64'), chunkSize: 3200 });
    expect(outcome.connect).toBeUndefined();
    expect(outcome.error).toBeUndefined();
    const [handshake] = emulator.handshakes;
    expect(handshake!.target.split('?')[0]).toBe('/stt/websocket');
    expect(handshake!.query).toMatchObject({ model: 'ink-whisper', encoding: 'pcm_s16le', sample_rate: '16000', language: 'en' });
    const conn = await emulator.connection(0);
    expect(conn.binaryFrames.map((f) => f.length)).toEqual(Array(12).fill(3200));
    expect(Buffer.concat(conn.binaryFrames).equals(audio)).toBe(true);
    expect(conn.texts).toEqual(['finalize', 'close']);
    expect(outcome.events!.map((e) => e.type)).toEqual(['transcript', 'flush_done', 'done']);
    expect(outcome.events![0]).toMatchObject({ text: 'heard 38400 bytes. ', isFinal: true });
    expect(outcome.close?.Code).toBe(1000);
  });

  it('sends the access token when the client holds one, before the API key', async () => {
    const { emulator } = fixture;
    const outcome = await drive({
      apiKey: API_KEY,
      accessToken: ACCESS_TOKEN,
      channel: 'tts',
      contexts: [{ id: 'tok', pieces: ['Hi.'], last: 'end', read: 'audio' }],
    });
    expect(outcome.contexts![0]!.error).toBeUndefined();
    expect(emulator.handshakes[0]!.headers['authorization']).toBe(`Bearer ${ACCESS_TOKEN}`);
  });

  it('turns a refused handshake into the client error class for its status, without the credential', async () => {
    const { emulator } = fixture;
    emulator.behaveNext({ rejectHandshake: { status: 401, body: `{"message":"Invalid API key ${API_KEY}"}` } });
    const outcome = await drive({ apiKey: API_KEY, channel: 'tts', contexts: [] });
    expect(outcome.connect).toMatchObject({ type: '*cartesia.AuthenticationError', status: 401, apiError: true });
    expect(outcome.connect!.message).toContain('Invalid API key ***');
    expect(JSON.stringify(outcome)).not.toContain(API_KEY);
    expect(emulator.handshakes[0]!.refused).toBe(401);
  });

  it('refuses to connect without a credential, or with one over plain ws to a remote host', async () => {
    const missing = await drive({ channel: 'stt', audio: '', chunkSize: 0 });
    expect(missing.connect).toMatchObject({ type: '*core.MissingCredentialError' });
    expect(missing.connect!.message).toContain('option.WithAPIKey');
    const insecure = await drive({ baseURL: 'http://api.example.invalid', apiKey: API_KEY, channel: 'tts', contexts: [] });
    expect(insecure.connect).toMatchObject({ type: '*core.InsecureTransportError' });
    expect(insecure.connect!.message).not.toContain(API_KEY);
    expect(fixture.emulator.handshakes).toEqual([]);
  });
});

describe('Go channels from a hostile spec', () => {
  it('vets: names that collide with generated members and locals, quotes and comment markers in spec text', async () => {
    prepareGo();
    const { files } = await renderClient({
      spec: path.join(REPO, 'test/go/channels/hostile.yaml'),
      templates: path.join(REPO, 'templates/go'),
    });
    const root = path.join(workspace.dir, 'hostile');
    writeTree(root, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
    const vet = goSync(['vet', './...'], root);
    expect(vet.output).toBe('');
    expect(vet.status).toBe(0);
    const code = files.get('session_service.go')!.content;
    // A command named like a context method gets a name of its own; an argument named like a local is renamed.
    expect(code).toContain('func (s *SessionOpenContext) ID2(ctx context.Context) error');
    expect(code).toMatch(
      /func \(s \*SessionOpenContext\) Close2\(ctx context\.Context, settings2 string, fields \.\.\.SessionOpenClose2Fields\) error/,
    );
  }, 240_000);
});
