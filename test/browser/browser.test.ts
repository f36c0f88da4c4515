// The generated client in a real browser: Debian's chromium, driven by playwright-core, loads a page from a
// loopback web app whose script is the client's source bundled by esbuild for browsers. The page gets an access
// token from its backend, calls `tts.bytes` across origins (CORS preflight included), streams two TTS contexts
// over one WebSocket from the realtime emulator, and shows that an API key is refused in a browser unless the
// page opts in. The page reports into the DOM and `window`; this file asserts both sides of every exchange.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leftoverNetworkResources } from '../behaviour/support/leaks.js';
import { RealtimeEmulator } from '../realtime/support/emulator.js';
import { REPO, tempDir } from '../support/paths.js';
import { BROWSER_API_KEY, RESULTS_KEY, type PageResults } from './support/results.js';
import { ALLOWED_HEADERS, AppServer, bundlePage, toneWav, ttsBytesRoute, type Bundle } from './support/servers.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VERSION = '2026-08-14';
const TOKEN = `tok_browser_${randomUUID()}`;
const AUDIO = toneWav(2400); // 0.1 s at 24 kHz
const SCREENSHOT = path.join(REPO, 'test-output/browser/browser-client.png');

let bundle: Bundle;
let app: AppServer | undefined;
let emulator: RealtimeEmulator | undefined;
let route: ReturnType<typeof ttsBytesRoute>;
let profile: ReturnType<typeof tempDir> | undefined;
let browser: BrowserContext | undefined;
let page: Page;
let results: PageResults;
const pageErrors: string[] = [];
const consoleLines: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the browser test needs Debian's chromium (apt-get install -y chromium; .ci/run installs it).`);
  }
  bundle = await bundlePage();
  app = await new AppServer(TOKEN, bundle.code).listen();
  const origin = app.origin;
  route = ttsBytesRoute({ origin: () => origin, token: TOKEN, version: VERSION, audio: AUDIO });
  emulator = await RealtimeEmulator.start({ credentials: { access_token: [TOKEN] }, http: route.handle, behaviour: { chunkBytes: 256 } });

  // A fresh profile for this run only, removed afterwards.
  profile = tempDir('chromium-profile-');
  browser = await chromium.launchPersistentContext(profile.dir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  await page.goto(`${origin}/?api=${encodeURIComponent(emulator.url)}`);
  await page
    .waitForFunction(() => ['done', 'failed'].includes(document.body.dataset.state ?? ''), undefined, { timeout: 30_000 })
    .catch((error: Error) => {
      throw new Error(`The page never finished: ${error.message}\n${JSON.stringify({ pageErrors, consoleLines }, null, 2)}`);
    });
  results = await page.evaluate((key) => (window as unknown as Record<string, PageResults>)[key]!, RESULTS_KEY);
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
  await app?.close();
  profile?.cleanup();
  expect(await leftoverNetworkResources()).toEqual([]);
});

const explain = (): string => JSON.stringify({ results, pageErrors, consoleLines }, null, 2);

describe('the client in a real browser', () => {
  it('is bundled from its source for browsers, with nothing left for Node to resolve', () => {
    expect(bundle.inputs).toContain('generated/typescript/src/index.ts');
    expect(bundle.inputs).toContain('generated/typescript/src/core/websocket.ts');
    expect(bundle.inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(bundle.external).toEqual([]);
    expect(bundle.code).not.toMatch(/from\s*["']node:|require\(["']/);
  });

  it('runs every step of the page without an error', () => {
    expect(results.state, explain()).toBe('done');
    expect(results.error).toBeUndefined();
    expect(results.checks.filter((c) => !c.ok)).toEqual([]);
    expect(results.checks.map((c) => c.name)).toEqual([
      'backend token',
      'tts.bytes',
      'websocket browser-a',
      'websocket browser-b',
      'websocket close',
      'apiKey refused',
      'apiKey with dangerouslyAllowBrowser',
    ]);
    expect(pageErrors).toEqual([]);
    expect(consoleLines.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it('gets its access token from the backend route of its own origin', () => {
    expect(results.token).toBe(TOKEN);
    expect(app!.tokenCalls).toHaveLength(1);
    expect(app!.tokenCalls[0]!.origin).toBe(app!.origin);
    expect(app!.requests).toEqual(['GET /', 'GET /page.js', 'POST /backend/token']);
  });

  it('calls tts.bytes across origins: a preflight, then the POST with the bearer token and Cartesia-Version', () => {
    const [preflight, post, ...rest] = route.exchanges;
    expect(rest).toEqual([]);
    expect(preflight).toMatchObject({ method: 'OPTIONS', path: '/tts/bytes', status: 204 });
    expect(preflight!.headers).toMatchObject({
      origin: app!.origin,
      'access-control-request-method': 'POST',
      // Only the headers the API's CORS setup allows: anything more and the browser would refuse the call.
      'access-control-request-headers': ALLOWED_HEADERS.join(','),
    });
    expect(post).toMatchObject({ method: 'POST', path: '/tts/bytes', status: 200 });
    expect(post!.headers).toMatchObject({
      origin: app!.origin,
      authorization: `Bearer ${TOKEN}`,
      'cartesia-version': VERSION,
      'content-type': 'application/json',
      accept: 'audio/wav',
    });
    // The browser's own User-Agent: the client sets none there (and the preflight above lists no user-agent).
    expect(post!.headers['user-agent']).toMatch(/Chrom/);
    expect(post!.headers['user-agent']).not.toContain('@cartesia-gen/client');
    expect(JSON.parse(post!.body)).toEqual({
      model_id: 'sonic-3',
      transcript: 'Hello from a browser.',
      voice: 'voice_browser',
      output_format: { container: 'wav', encoding: 'pcm_s16le', sample_rate: 24000 },
      language: 'en',
    });
    // The page received exactly the bytes sent, and read their WAV header.
    expect(results.bytes).toMatchObject({ status: 200, contentType: 'audio/wav', base64: AUDIO.toString('base64') });
    expect(results.bytes!.wav).toEqual({
      riff: true,
      wave: true,
      format: 1,
      channels: 1,
      sampleRate: 24000,
      bitsPerSample: 16,
      dataBytes: AUDIO.byteLength - 44,
    });
  });

  it('opens the TTS WebSocket with the token and version in the handshake URL, and gets audio for two contexts', async () => {
    expect(emulator!.handshakes).toHaveLength(1);
    const handshake = emulator!.handshakes[0]!;
    expect(handshake.path).toBe('/tts/websocket');
    expect(handshake.target).toMatch(/[?&]access_token=/);
    expect(handshake.target).toMatch(/[?&]cartesia_version=/);
    expect(handshake.query).toEqual({ access_token: TOKEN, cartesia_version: VERSION });
    // A browser cannot set handshake headers: the client keeps the query form there.
    expect(handshake.headers.authorization).toBeUndefined();
    expect(handshake.refused).toBeUndefined();
    // It came from the page: a browser sends its origin with the handshake.
    expect(handshake.headers.origin).toBe(app!.origin);

    const connection = await emulator!.connection(0);
    expect([...connection.contexts.keys()].sort()).toEqual(['browser-a', 'browser-b']);
    expect(connection.contexts.get('browser-a')!.transcripts).toEqual(['Two contexts ', 'socket.']);
    expect(connection.contexts.get('browser-b')!.transcripts).toEqual(['share one ', 'connection.']);
    for (const received of results.websocket!.contexts) {
      const sent = Buffer.concat(connection.contexts.get(received.id)!.audio);
      expect(sent.byteLength).toBeGreaterThan(256); // more than one chunk each
      expect(received.base64, received.id).toBe(sent.toString('base64'));
      expect(received.types.filter((t) => t === 'chunk').length).toBeGreaterThan(1);
      expect(received.types.at(-1)).toBe('done');
    }
    expect(results.websocket!.close.code).toBe(1000);
    expect(await connection.closed).toMatchObject({ code: 1000, by: 'client' });
    expect(emulator!.violations).toEqual([]);
  });

  it('refuses an API key in the browser with a ConfigurationError unless dangerouslyAllowBrowser is true', () => {
    const { refused, optedIn } = results.apiKey!;
    expect(refused).toMatchObject({ name: 'ConfigurationError', isConfigurationError: true });
    expect(refused!.message).toMatch(/Refusing to use `apiKey` in a browser/);
    expect(refused!.message).toMatch(/`accessToken`/);
    expect(refused!.message).toMatch(/dangerouslyAllowBrowser: true/);
    expect(refused!.message).not.toContain(BROWSER_API_KEY);
    expect(optedIn).toMatchObject({ client: 'Cartesia', version: VERSION, credentials: ['apiKey'] });
    // Neither client sent anything: the key never reached the API.
    const seen = JSON.stringify([route.exchanges, emulator!.handshakes]);
    expect(seen).not.toContain(BROWSER_API_KEY);
  });

  it('shows the results in the page, and leaves a screenshot in test-output/browser/', async () => {
    const items = page.locator('#checks li');
    expect(await items.count()).toBe(results.checks.length);
    expect(await page.locator('#checks li[data-ok="false"]').count()).toBe(0);
    expect(await page.locator('#state').textContent()).toBe('done');
    const png = fs.readFileSync(SCREENSHOT);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(png.byteLength).toBeGreaterThan(2_000);
  });
});
