// Credentials stay safe: no plain http except loopback, never visible when the client or an error is
// serialized or inspected, refused in browsers unless opted in, and never a header-injection vector.
import util from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  Cartesia,
  CartesiaError,
  ConfigurationError,
  InsecureTransportError,
  InvalidRequestError,
  MissingCredentialError,
} from '../../generated/typescript/src/index.js';
import { ACCESS_TOKEN, API_KEY, clientFor, ttsParams, voice, withEnv } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { json, text } from './support/server.js';

const server = useTestServer();
const collected: unknown[] = [];

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    collected.push(error);
    return error;
  }
  throw new Error('expected a throw');
}

async function rejected(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  collected.push(error);
  return error;
}

describe('transport', () => {
  it.each([
    'http://example.com',
    'HTTP://API.EXAMPLE.COM:8080/v1',
    'http://localhost.evil.com',
    'http://127.0.0.1.nip.io',
    'ws://example.com',
  ])('refuses to send credentials over plain %s', (baseURL) => {
    const error = thrown(() => new Cartesia({ apiKey: API_KEY, baseURL }));
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toBeInstanceOf(CartesiaError);
    expect(thrown(() => new Cartesia({ accessToken: ACCESS_TOKEN, baseURL }))).toBeInstanceOf(InsecureTransportError);
  });

  it('refuses an API key from the environment over plain http too', async () => {
    await withEnv({ CARTESIA_API_KEY: API_KEY }, () => {
      expect(thrown(() => new Cartesia({ baseURL: 'http://example.com' }))).toBeInstanceOf(InsecureTransportError);
    });
  });

  it.each([
    'http://localhost',
    'http://localhost:9999',
    'http://127.0.0.1',
    'http://127.3.2.1:80',
    'http://[::1]:8080',
    'http://api.localhost',
    'https://example.com',
  ])('allows %s', (baseURL) => {
    const client = new Cartesia({ apiKey: API_KEY, baseURL });
    expect(client.baseURL).toBe(baseURL);
  });

  it('allows the loopback test server and sends the request there', async () => {
    server.reply(json(200, voice('v1')));
    await new Cartesia({ apiKey: API_KEY, baseURL: `http://127.0.0.1:${server.url.split(':').pop()}` }).voices.get('v1');
    expect(server.requests).toHaveLength(1);
  });

  it('constructs without credentials over plain http, and then refuses every authenticated call', async () => {
    await withEnv({ CARTESIA_API_KEY: undefined }, async () => {
      const client = new Cartesia({ baseURL: 'http://example.com' });
      expect(client.baseURL).toBe('http://example.com');
      expect(await rejected(client.voices.get('v1'))).toBeInstanceOf(MissingCredentialError);
    });
  });
});

describe('secrets in serialization', () => {
  it('never shows the API key or access token when the client is serialized or inspected', () => {
    const client = new Cartesia({ apiKey: API_KEY, accessToken: ACCESS_TOKEN, baseURL: server.url });
    const views = [
      JSON.stringify(client),
      String(client),
      `${client}`,
      util.inspect(client),
      util.inspect(client, { depth: null, showHidden: true, customInspect: false, getters: true }),
      util.format('%o %O %j', client, client, client),
      JSON.stringify({ ...client }),
      JSON.stringify(client.voices),
      util.inspect(client.voices, { depth: null, showHidden: true }),
      util.inspect(client.agents.metrics.results, { depth: null, showHidden: true }),
      JSON.stringify(Object.getOwnPropertyNames(client).map((k) => [k, String((client as unknown as Record<string, unknown>)[k])])),
    ];
    for (const view of views) {
      expect(view).not.toContain(API_KEY);
      expect(view).not.toContain(ACCESS_TOKEN);
    }
    expect(JSON.parse(JSON.stringify(client))).toMatchObject({
      client: 'Cartesia',
      baseURL: server.url,
      credentials: ['apiKey', 'accessToken'],
    });
    expect(String(client)).toContain(server.url);
  });
});

describe('browsers', () => {
  async function inBrowser<T>(fn: () => T | Promise<T>): Promise<T> {
    const g = globalThis as Record<string, unknown>;
    const saved = { window: Object.getOwnPropertyDescriptor(g, 'window'), navigator: Object.getOwnPropertyDescriptor(g, 'navigator') };
    Object.defineProperty(g, 'window', { value: { document: {} }, configurable: true, writable: true });
    Object.defineProperty(g, 'navigator', { value: { userAgent: 'Mozilla/5.0 (test)' }, configurable: true, writable: true });
    try {
      return await fn();
    } finally {
      for (const [name, descriptor] of Object.entries(saved)) {
        if (descriptor) Object.defineProperty(g, name, descriptor);
        else delete g[name];
      }
    }
  }

  it('refuses an API key unless dangerouslyAllowBrowser is set', async () => {
    await inBrowser(async () => {
      const error = thrown(() => new Cartesia({ apiKey: API_KEY, baseURL: server.url }));
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).not.toBeInstanceOf(InsecureTransportError);
      expect((error as Error).message).toContain('dangerouslyAllowBrowser');
      expect((error as Error).message).toContain('accessToken');
      const allowed = new Cartesia({ apiKey: API_KEY, baseURL: server.url, dangerouslyAllowBrowser: true });
      server.reply(json(200, voice('v1')));
      await allowed.voices.get('v1');
      expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    });
    expect(globalThis).not.toHaveProperty('window');
  });

  it('accepts an access token', async () => {
    await inBrowser(async () => {
      const client = new Cartesia({ accessToken: ACCESS_TOKEN, baseURL: server.url });
      server.reply(text(200, 'RIFF', { 'content-type': 'audio/wav' }));
      await (await client.tts.bytes(ttsParams)).arrayBuffer();
      expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    });
  });

  it('does not read CARTESIA_API_KEY from the environment', async () => {
    await withEnv({ CARTESIA_API_KEY: API_KEY }, () =>
      inBrowser(async () => {
        const client = new Cartesia({ baseURL: server.url });
        expect(await rejected(client.voices.get('v1'))).toBeInstanceOf(MissingCredentialError);
      }),
    );
    expect(server.requests).toEqual([]);
  });

  it('is not fooled by a window without a document', async () => {
    const g = globalThis as Record<string, unknown>;
    g.window = {};
    try {
      expect(() => new Cartesia({ apiKey: API_KEY, baseURL: server.url })).not.toThrow();
    } finally {
      delete g.window;
    }
  });
});

describe('header injection through credentials and headers', () => {
  it.each([
    ['a line break', `${API_KEY}\r\nX-Injected: yes`],
    ['a NUL byte', `${API_KEY}\u0000tail`],
    ['a character outside Latin-1', `${API_KEY}\u2019`],
  ])('refuses an API key with %s, without echoing it, and sends nothing', async (_what, apiKey) => {
    const client = new Cartesia({ apiKey, baseURL: server.url, maxRetries: 0 });
    const error = await rejected(client.voices.get('v1'));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error).toBeInstanceOf(CartesiaError);
    expect((error as Error).message).toMatch(/authorization/i);
    expect(server.requests).toEqual([]);
  });

  it('refuses a header value with a NUL byte, like one with a line break', async () => {
    const client = clientFor(server, { maxRetries: 0 });
    expect(await rejected(client.voices.get('v1', {}, { headers: { 'X-Id': 'a\u0000b' } }))).toBeInstanceOf(InvalidRequestError);
    expect(await rejected(client.voices.get('v1', {}, { headers: { 'X-Id': 'a\nb' } }))).toBeInstanceOf(InvalidRequestError);
    expect(server.requests).toEqual([]);
  });

  it("refuses a header name that is not a token as the caller's error, not a connection error to retry", async () => {
    const client = clientFor(server, { maxRetries: 3 });
    for (const name of ['X Id', 'X-Id:', 'Ünïcode', ''])
      expect(await rejected(client.voices.get('v1', {}, { headers: { [name]: 'v' } }))).toBeInstanceOf(InvalidRequestError);
    expect(server.requests).toEqual([]);
    expect(() => new Cartesia({ apiKey: API_KEY, baseURL: server.url, defaultHeaders: { 'Bad Name': 'v' } })).toThrow(/defaultHeaders/);
  });

  it('sends a header named like an Object.prototype member as any other, and removes one set to null', async () => {
    server.reply(json(200, voice('v1')));
    const client = clientFor(server, { defaultHeaders: JSON.parse('{"X-Default": "d", "toString": "t"}') as Record<string, string> });
    await client.voices.get('v1', {}, { headers: { constructor: 'c', 'x-default': null } });
    const [request] = server.requests;
    // (Node's fetch itself drops a header named `__proto__`, whether given as Headers, pairs or a record.)
    expect(request!.headers['constructor']).toBe('c');
    expect(Object.getOwnPropertyDescriptor(request!.headers, 'tostring')?.value).toBe('t');
    expect(request!.headers['x-default']).toBeUndefined();
  });
});

describe('errors of this file', () => {
  it('never contain a credential', () => {
    expect(collected.length).toBeGreaterThanOrEqual(15);
    for (const error of collected) {
      const e = error as Error;
      for (const view of [e.message, String(e), JSON.stringify(e), util.inspect(e, { depth: 10, showHidden: true }), String(e.stack)]) {
        expect(view).not.toContain(API_KEY);
        expect(view).not.toContain(ACCESS_TOKEN);
      }
    }
  });
});
