// WebSocket handshakes carry the User-Agent (the `ws` package can send headers), and connects, closes and
// refused handshakes are logged at info without the credential the handshake URL carries.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogRecorder } from '../behaviour/support/log-recorder.js';
import { REPO } from '../support/paths.js';
import { ACCESS_TOKEN, API_KEY, clientFor, sttParams, wsOf } from './support/client.js';
import { useEmulator } from './support/lifecycle.js';

const fixture = useEmulator();
const pkg = JSON.parse(readFileSync(path.join(REPO, 'generated/typescript/package.json'), 'utf8')) as {
  name: string;
  version: string;
};

describe('WebSocket identity', () => {
  it('sends the User-Agent on the handshake', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    expect(emulator.handshakes[0]!.headers['user-agent']).toBe(
      `${pkg.name}/${pkg.version} node/${process.version} ${process.platform}/${process.arch}`,
    );
    await session.close();
  });
});

describe('WebSocket identity, the caller’s own', () => {
  it('a User-Agent in defaultHeaders is the handshake’s too', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator, { defaultHeaders: { 'User-Agent': 'my-app/2.0' } }).tts.websocket();
    expect(emulator.handshakes[0]!.headers['user-agent']).toBe('my-app/2.0');
    await session.close();
  });
});

describe('WebSocket logging', () => {
  it('info: the connect (with its duration) and the close (with its code), credential masked', async () => {
    const { emulator } = fixture;
    const logger = new LogRecorder();
    // The query form, so that the logged URL holds a credential to mask.
    const session = await clientFor(emulator, { logLevel: 'info', logger, websocketCredentials: 'query' }).tts.websocket();
    await session.close();
    // The close is logged by a listener that goes away with it.
    expect(wsOf(session).listenerCount('close')).toBe(0);
    const messages = logger.at('info').map((l) => l.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /^\[Cartesia\] WebSocket connected to ws:\/\/127\.0\.0\.1:\d+\/tts\/websocket\?cartesia_version=\d{4}-\d{2}-\d{2}&api_key=\[REDACTED\] in \d+ ms$/,
      ),
      expect.stringMatching(/^\[Cartesia\] WebSocket to ws:\S+\/tts\/websocket\?\S+ closed: 1000/),
    ]);
    expect(logger.text()).not.toContain(API_KEY);
  });

  it('debug adds the attempt to connect; a refused handshake is logged; no access token anywhere', async () => {
    const { emulator } = fixture;
    const logger = new LogRecorder();
    const client = clientFor(emulator, {
      apiKey: null,
      accessToken: ACCESS_TOKEN,
      logLevel: 'debug',
      logger,
      websocketCredentials: 'query',
    });
    emulator.behaveNext({ rejectHandshake: { status: 401, body: '{"message":"Invalid token"}' } });
    await expect(client.stt.websocket(sttParams)).rejects.toThrow(/401/);
    const session = await client.stt.websocket(sttParams);
    await session.close();
    expect(logger.lines.map((l) => `${l.level} ${l.message.replace(/ws:\/\/\S+\?\S+/, '<url>')}`)).toEqual([
      'debug [Cartesia] WebSocket connecting to <url>',
      expect.stringMatching(/^info \[Cartesia\] WebSocket to <url> failed to open: .*401/),
      'debug [Cartesia] WebSocket connecting to <url>',
      expect.stringMatching(/^info \[Cartesia\] WebSocket connected to <url> in \d+ ms$/),
      expect.stringMatching(/^info \[Cartesia\] WebSocket to <url> closed: 1000/),
    ]);
    expect(logger.text()).toContain('access_token=[REDACTED]');
    expect(logger.text()).not.toContain(ACCESS_TOKEN);
  });

  it('warn (the default) logs nothing for a normal session', async () => {
    const { emulator } = fixture;
    const logger = new LogRecorder();
    const session = await clientFor(emulator, { logger }).tts.websocket();
    await session.close();
    expect(logger.lines).toEqual([]);
  });
});
