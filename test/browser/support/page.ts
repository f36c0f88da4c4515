// The script of the browser page (bundled by esbuild together with the generated client's source): what a web
// app does with the client. It gets an access token from its backend, fetches TTS bytes over CORS, streams two
// TTS contexts over one WebSocket, and checks that an API key is refused unless explicitly allowed. It reports
// everything on `window` and in the DOM; the test asserts it with Playwright.
import {
  Cartesia,
  ConfigurationError,
  type TtsWebsocketContext,
  type TtsWebsocketSettings,
} from '../../../generated/typescript/src/index.js';
import { BROWSER_API_KEY, RESULTS_KEY, type PageResults, type WavInfo } from './results.js';

const results: PageResults = { state: 'running', checks: [] };
(window as unknown as Record<string, unknown>)[RESULTS_KEY] = results;

function check(name: string, ok: boolean, detail: string): void {
  results.checks.push({ name, ok, detail });
  const item = document.createElement('li');
  item.dataset.check = name;
  item.dataset.ok = String(ok);
  item.textContent = `${name}: ${detail}`;
  document.getElementById('checks')!.append(item);
}

function setState(state: PageResults['state']): void {
  results.state = state;
  document.body.dataset.state = state;
  document.getElementById('state')!.textContent = state;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/** Reads a canonical 44-byte WAV header (no playback: the page only checks what it received). */
function readWav(bytes: Uint8Array): WavInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  return {
    riff: tag(0) === 'RIFF' && view.getUint32(4, true) === bytes.byteLength - 8,
    wave: tag(8) === 'WAVE' && tag(12) === 'fmt ' && tag(36) === 'data',
    format: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    bitsPerSample: view.getUint16(34, true),
    dataBytes: view.getUint32(40, true),
  };
}

async function collect(context: TtsWebsocketContext): Promise<{ id: string; types: string[]; base64: string }> {
  const types: string[] = [];
  const audio: Uint8Array[] = [];
  for await (const event of context) {
    types.push(event.type);
    if (event.type === 'chunk') audio.push(event.data);
  }
  return { id: context.id, types, base64: base64(concat(audio)) };
}

async function main(): Promise<void> {
  const api = new URL(location.href).searchParams.get('api');
  if (!api) throw new Error('The page needs ?api=<base URL of the emulated API>.');

  // 1. The page's own backend mints the short-lived token (here a fixed one from the test server).
  const minted = await fetch('/backend/token', { method: 'POST' });
  const { token } = (await minted.json()) as { token: string };
  results.token = token;
  check('backend token', minted.ok && typeof token === 'string' && token.length > 0, `${minted.status}, ${token.length} characters`);
  const client = new Cartesia({ accessToken: token, baseURL: api });

  // 2. REST over CORS: POST /tts/bytes with the bearer token and the version header (a preflighted request).
  const audio = await client.tts.bytes({
    model_id: 'sonic-3',
    transcript: 'Hello from a browser.',
    voice: 'voice_browser',
    output_format: { container: 'wav', encoding: 'pcm_s16le', sample_rate: 24000 },
    language: 'en',
  });
  const bytes = await audio.bytes();
  const wav = readWav(bytes);
  results.bytes = { base64: base64(bytes), contentType: audio.contentType, status: audio.status, wav };
  check(
    'tts.bytes',
    wav.riff && wav.wave && wav.sampleRate === 24000 && wav.dataBytes === bytes.byteLength - 44,
    `${bytes.byteLength} bytes of ${audio.contentType}, ${wav.channels} channel(s) at ${wav.sampleRate} Hz, ${wav.dataBytes} bytes of samples`,
  );

  // 3. The TTS WebSocket: the browser cannot set handshake headers, so the token and version go in the query.
  const session = await client.tts.websocket();
  const settings: TtsWebsocketSettings = {
    model_id: 'sonic-3',
    voice: 'voice_browser',
    output_format: { container: 'raw', encoding: 'pcm_s16le', sample_rate: 24000 },
    language: 'en',
  };
  const first = session.context(settings, 'browser-a');
  const second = session.context(settings, 'browser-b');
  const streams = Promise.all([collect(first), collect(second)]);
  await first.push('Two contexts ');
  await second.push('share one ');
  await first.end('socket.');
  await second.end('connection.');
  const contexts = await streams;
  const close = await session.close();
  results.websocket = { contexts, close };
  for (const context of contexts) {
    const length = atob(context.base64).length;
    check(
      `websocket ${context.id}`,
      context.types.at(-1) === 'done' && length > 0,
      `${context.types.filter((t) => t === 'chunk').length} chunks, ${length} bytes, ended with ${context.types.at(-1)}`,
    );
  }
  check('websocket close', close.code === 1000, `code ${close.code}`);

  // 4. A long-lived API key in a browser: refused unless the page opts in with dangerouslyAllowBrowser.
  let refused: NonNullable<PageResults['apiKey']>['refused'] = null;
  try {
    new Cartesia({ apiKey: BROWSER_API_KEY, baseURL: api });
  } catch (error) {
    const e = error as Error;
    refused = { name: e.name, isConfigurationError: error instanceof ConfigurationError, message: e.message };
  }
  let optedIn: Record<string, unknown> | null = null;
  try {
    optedIn = new Cartesia({ apiKey: BROWSER_API_KEY, baseURL: api, dangerouslyAllowBrowser: true }).toJSON();
  } catch {
    optedIn = null;
  }
  results.apiKey = { refused, optedIn };
  check('apiKey refused', refused?.isConfigurationError === true, refused ? `${refused.name}: ${refused.message}` : 'no error');
  check('apiKey with dangerouslyAllowBrowser', optedIn !== null, optedIn ? `credentials ${JSON.stringify(optedIn.credentials)}` : 'threw');
}

main().then(
  () => setState(results.checks.every((c) => c.ok) ? 'done' : 'failed'),
  (error: unknown) => {
    const e = error as Error;
    results.error = `${e?.name}: ${e?.message}`;
    document.getElementById('error')!.textContent = results.error;
    setState('failed');
  },
);
