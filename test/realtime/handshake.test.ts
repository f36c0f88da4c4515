// Opening a channel: the handshake (the version and one credential in headers on Node, in the query when asked
// for, as browsers do; the channel's parameters), the transport and credential rules applied before anything
// connects, refused handshakes (typed as HTTP errors are), and handshakes that never end.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  Cartesia,
  ConfigurationError,
  AuthenticationError,
  InsecureTransportError,
  MissingCredentialError,
  PermissionDeniedError,
} from '../../generated/typescript/src/index.js';
import { ACCESS_TOKEN, API_KEY, clientFor, sttParams, turnsParams, withEnv } from './support/client.js';
import { RealtimeEmulator } from './support/emulator.js';
import { leftoverResources, resourceCounts, useEmulator } from './support/lifecycle.js';
import { within } from './support/wait.js';

const fixture = useEmulator();

/** A TCP server that accepts connections and never answers: a handshake that never completes. */
async function silentServer(): Promise<{ url: string; accepted: () => number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted: () => accepted,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('handshake credentials and version', () => {
  it('sends the API key as Authorization: Bearer and the version as its header on Node: no credential in the URL', async () => {
    const { emulator } = fixture;
    const session = await clientFor(emulator).tts.websocket();
    const [handshake] = emulator.handshakes;
    expect(handshake!.path).toBe('/tts/websocket');
    expect(handshake!.target).toBe('/tts/websocket');
    expect(handshake!.target).not.toContain(API_KEY);
    expect(handshake!.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(handshake!.headers['cartesia-version']).toBe('2026-08-14');
    expect(handshake!.refused).toBeUndefined();
    await session.close();
  });

  it('sends the version and credential as query parameters when asked to (as browsers must), per client or per call', async () => {
    const { emulator } = fixture;
    const perClient = await clientFor(emulator, { websocketCredentials: 'query' }).tts.websocket();
    const perCall = await clientFor(emulator).tts.websocket({ websocketCredentials: 'query' });
    for (const handshake of emulator.handshakes) {
      expect(handshake.query).toEqual({ cartesia_version: '2026-08-14', api_key: API_KEY });
      expect(handshake.headers['authorization']).toBeUndefined();
      expect(handshake.headers['cartesia-version']).toBeUndefined();
    }
    expect(emulator.handshakes).toHaveLength(2);
    await Promise.all([perClient.close(), perCall.close()]);
  });

  it('sends the version set on the client, and the one set for a single connection', async () => {
    const { emulator } = fixture;
    const client = clientFor(emulator, { version: '2025-11-04' });
    const first = await client.tts.websocket();
    const second = await client.tts.websocket({ version: '2025-04-16' });
    expect(emulator.handshakes.map((h) => h.headers['cartesia-version'])).toEqual(['2025-11-04', '2025-04-16']);
    await Promise.all([first.close(), second.close()]);
    await expect(client.tts.websocket({ version: 'yesterday' })).rejects.toBeInstanceOf(ConfigurationError);
    expect(emulator.handshakes).toHaveLength(2);
  });

  it('sends the access token when the client holds one, and only one credential when it holds both', async () => {
    const { emulator } = fixture;
    const tokenOnly = await clientFor(emulator, { apiKey: null, accessToken: ACCESS_TOKEN }).stt.websocket(sttParams);
    const both = await clientFor(emulator, { accessToken: ACCESS_TOKEN }).tts.websocket();
    const inQuery = await clientFor(emulator, { accessToken: ACCESS_TOKEN, websocketCredentials: 'query' }).tts.websocket();
    expect(emulator.handshakes[0]!.query).toEqual(queryOf(sttParams));
    // The channel lists the token first: a client holding both sends the token and not the key.
    for (const handshake of emulator.handshakes.slice(0, 2)) expect(handshake.headers['authorization']).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(emulator.handshakes[2]!.query).toEqual({ cartesia_version: '2026-08-14', access_token: ACCESS_TOKEN });
    await Promise.all([tokenOnly.close(), both.close(), inQuery.close()]);
  });

  it("sends the channel's parameters: required ones, optional ones, and arrays as repeated parameters", async () => {
    const { emulator } = fixture;
    const client = clientFor(emulator);
    const manual = await client.stt.websocket({ ...sttParams, language: 'en', min_volume: 0.25, max_silence_duration_secs: 1.5 });
    const turns = await client.stt.turns.websocket({ ...turnsParams, keyterm: ['Cartesia', 'Sonic three'] });
    expect(emulator.handshakes[0]!.path).toBe('/stt/websocket');
    expect(emulator.handshakes[0]!.query).toEqual({
      model: 'ink-whisper',
      encoding: 'pcm_s16le',
      sample_rate: '16000',
      language: 'en',
      min_volume: '0.25',
      max_silence_duration_secs: '1.5',
    });
    expect(emulator.handshakes[1]!.path).toBe('/stt/turns/websocket');
    expect(emulator.handshakes[1]!.query).toMatchObject({ model: 'ink-2', keyterm: ['Cartesia', 'Sonic three'] });
    await Promise.all([manual.close(), turns.close()]);
  });
});

describe('rules checked before connecting', () => {
  it('refuses to connect without a credential (MissingCredentialError)', async () => {
    const { emulator } = fixture;
    await withEnv({ CARTESIA_API_KEY: undefined }, async () => {
      const client = new Cartesia({ baseURL: emulator.url });
      await expect(client.tts.websocket()).rejects.toBeInstanceOf(MissingCredentialError);
      await expect(client.stt.websocket(sttParams)).rejects.toThrow(/`accessToken` or `apiKey`/);
    });
    expect(emulator.handshakes).toEqual([]);
  });

  it('refuses a credential over plain http to a remote host (InsecureTransportError), but allows loopback', async () => {
    const { emulator } = fixture;
    expect(() => new Cartesia({ apiKey: API_KEY, baseURL: 'http://example.com' })).toThrow(InsecureTransportError);
    expect(() => new Cartesia({ accessToken: ACCESS_TOKEN, apiKey: null, baseURL: 'ws://example.com' })).toThrow(InsecureTransportError);
    // http to 127.0.0.1 becomes ws:// and is allowed.
    const session = await clientFor(emulator).tts.websocket();
    expect(session.socket.readyState).toBe(1);
    expect(emulator.handshakes).toHaveLength(1);
    await session.close();
  });
});

describe('refused and stalled handshakes', () => {
  it('rejects a handshake answered 401 with AuthenticationError (status, body, request id) and never the credential', async () => {
    const { emulator } = fixture;
    const body = JSON.stringify({ message: `Invalid API key ${API_KEY}`, request_id: 'req_hs_401' });
    emulator.behaveNext({ rejectHandshake: { status: 401, body } });
    const error = await clientFor(emulator)
      .tts.websocket()
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as AuthenticationError).requestId).toBe('req_hs_401');
    expect((error as Error).message).toMatch(/^401 Invalid API key/);
    expect(String(error)).not.toContain(API_KEY);
    expect(JSON.stringify(error)).not.toContain(API_KEY);
    expect((error as Error).stack ?? '').not.toContain(API_KEY);
    expect(emulator.handshakes[0]!.refused).toBe(401);
    expect(emulator.connections).toEqual([]);
  });

  it('rejects a handshake answered 403 with PermissionDeniedError, in either placement', async () => {
    const { emulator } = fixture;
    for (const websocketCredentials of ['headers', 'query'] as const) {
      emulator.behaveNext({ rejectHandshake: { status: 403, body: '{"message":"Not on this plan"}' } });
      const error = await clientFor(emulator, { websocketCredentials })
        .tts.websocket()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as Error).message).toBe('403 Not on this plan');
    }
    expect(emulator.handshakes.map((h) => h.refused)).toEqual([403, 403]);
  });

  it('rejects when the server does not know the credential, for access tokens too', async () => {
    const { emulator } = fixture;
    const strict = await RealtimeEmulator.start({ credentials: { access_token: ['tok_other'] } });
    try {
      const client = clientFor(strict, { apiKey: null, accessToken: ACCESS_TOKEN });
      const error = await client.stt.turns.websocket(turnsParams).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expect((error as Error).message).not.toContain(ACCESS_TOKEN);
      expect(strict.handshakes[0]!.refused).toBe(401);
      expect(strict.violations).toEqual([]);
    } finally {
      await strict.close();
    }
    expect(emulator.handshakes).toEqual([]);
  });

  it('gives up a handshake that never completes with APIConnectionTimeoutError, per call or per client', async () => {
    const baseline = resourceCounts();
    const server = await silentServer();
    try {
      const client = new Cartesia({ apiKey: API_KEY, baseURL: server.url });
      const perCall = await within(
        client.tts.websocket({ timeout: 150 }).catch((e: unknown) => e),
        10_000,
        'the handshake did not time out',
      );
      expect(perCall).toBeInstanceOf(APIConnectionTimeoutError);
      expect((perCall as Error).message).toMatch(/timed out/);
      expect((perCall as Error).message).not.toContain(API_KEY);

      const slowClient = new Cartesia({ apiKey: API_KEY, baseURL: server.url, timeout: 150 });
      const perClient = await within(
        slowClient.stt.websocket(sttParams).catch((e: unknown) => e),
        10_000,
        'the handshake did not time out',
      );
      expect(perClient).toBeInstanceOf(APIConnectionTimeoutError);
      expect(server.accepted()).toBe(2);
    } finally {
      await server.close();
    }
    // No timer, socket or server outlives the attempts.
    expect(await leftoverResources(baseline)).toEqual([]);
  });

  it('stops a handshake when the caller aborts (APIUserAbortError), and does not start one already aborted', async () => {
    const baseline = resourceCounts();
    const server = await silentServer();
    try {
      const client = new Cartesia({ apiKey: API_KEY, baseURL: server.url });
      const controller = new AbortController();
      const pending = client.tts.websocket({ signal: controller.signal }).catch((e: unknown) => e);
      await within(
        (async () => {
          while (server.accepted() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        })(),
        10_000,
        'the client did not connect',
      );
      controller.abort();
      expect(await within(pending, 10_000, 'the abort was ignored')).toBeInstanceOf(APIUserAbortError);

      const aborted = AbortSignal.abort();
      await expect(client.tts.websocket({ signal: aborted })).rejects.toBeInstanceOf(APIUserAbortError);
      expect(server.accepted()).toBe(1);
    } finally {
      await server.close();
    }
    expect(await leftoverResources(baseline)).toEqual([]);
  });
});

function queryOf(params: object): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}
