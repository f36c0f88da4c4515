// What goes over the wire: method, path (with hostile path values), query, version and auth headers,
// credential choice, default and per-request headers.
import { describe, expect, it } from 'vitest';
import {
  Cartesia,
  ConfigurationError,
  InvalidRequestError,
  MissingCredentialError,
  type VoiceExpandOptions,
} from '../../generated/typescript/src/index.js';
import { ACCESS_TOKEN, API_KEY, clientFor, ttsParams, voice, withEnv } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { empty, json, text } from './support/server.js';

const server = useTestServer();

const audio = text(200, 'RIFF', { 'content-type': 'audio/wav' });

describe('method and path', () => {
  it('sends each operation with its method and path', async () => {
    const client = clientFor(server);
    server.reply(json(200, voice('v1')), json(200, voice('v1')), empty(204), empty(204), json(200, []));
    await client.voices.get('v1');
    await client.voices.update('v1', { name: 'New name' });
    await client.voices.delete('v1');
    await client.agents.metrics.addToAgent('agent_9', 'metric_3');
    await client.agents.phoneNumbers.list('agent_9');
    expect(server.requests.map((r) => `${r.method} ${r.target}`)).toEqual([
      'GET /voices/v1',
      'PATCH /voices/v1',
      'DELETE /voices/v1',
      'POST /agents/agent_9/metrics/metric_3',
      'GET /agents/agent_9/phone-numbers',
    ]);
  });

  it.each([
    ['../admin', '/voices/..%2Fadmin'],
    ['a/b', '/voices/a%2Fb'],
    ['what?x=1', '/voices/what%3Fx%3D1'],
    ['frag#ment', '/voices/frag%23ment'],
    ['100%', '/voices/100%25'],
    ['voz ñ 日本', '/voices/voz%20%C3%B1%20%E6%97%A5%E6%9C%AC'],
    ['..x', '/voices/..x'],
  ])('encodes the path value %j as one segment', async (id, path) => {
    server.reply(json(200, voice(id)));
    await clientFor(server).voices.get(id);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.path).toBe(path);
    expect(decodeURIComponent(server.requests[0]!.path.slice('/voices/'.length))).toBe(id);
    expect(server.requests[0]!.rawQuery).toBe('');
  });

  it.each(['..', '.'])('refuses the dot segment %j instead of letting it climb the path', async (id) => {
    server.always(json(200, {}));
    const client = clientFor(server);
    await expect(client.voices.get(id)).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(client.agents.metrics.addToAgent(id, 'metric_3')).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(client.voices.delete(id)).rejects.toThrow(/path/i);
    expect(server.requests).toEqual([]);
  });

  it('refuses a missing path value before sending', async () => {
    const client = clientFor(server);
    await expect(client.voices.get('')).rejects.toBeInstanceOf(InvalidRequestError);
    expect(server.requests).toEqual([]);
  });
});

describe('query parameters', () => {
  it('repeats array values, keeps brackets readable and omits null and undefined', async () => {
    server.reply(json(200, { data: [], has_more: false }));
    await clientFor(server).voices.list({
      limit: 2,
      'expand[]': ['preview_file_url', 'other_field' as VoiceExpandOptions],
      gender: 'feminine',
      q: undefined,
      language: null,
      starting_after: null,
    });
    const req = server.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.path).toBe('/voices');
    expect(req.rawQuery).toBe('limit=2&gender=feminine&expand[]=preview_file_url&expand[]=other_field');
    expect(req.query).toEqual({ limit: '2', gender: 'feminine', 'expand[]': ['preview_file_url', 'other_field'] });
  });

  it('encodes reserved characters in values and sends booleans as text', async () => {
    server.reply(json(200, { data: [], has_more: false }));
    const q = 'a&b=c d/é+#?%';
    await clientFor(server).voices.list({ q, is_owner: false });
    const req = server.requests[0]!;
    expect(req.query).toEqual({ q, is_owner: 'false' });
    expect(req.rawQuery).not.toContain('&b=');
    expect(req.rawQuery).not.toContain('#');
  });

  it('sends no query string when no parameter is set, and adds per-request extra query values', async () => {
    server.reply(json(200, voice('v1')), json(200, voice('v1')));
    const client = clientFor(server);
    await client.voices.get('v1', {});
    await client.voices.get('v1', { 'expand[]': ['preview_file_url'] }, { query: { trace: 'on', tags: ['a', 'b'] } });
    expect(server.requests[0]!.target).toBe('/voices/v1');
    expect(server.requests[1]!.query).toEqual({ 'expand[]': 'preview_file_url', trace: 'on', tags: ['a', 'b'] });
  });
});

describe('version header', () => {
  it('sends Cartesia-Version: 2026-08-14 with every request', async () => {
    const client = clientFor(server);
    server.reply(json(200, voice('v1')), audio, empty(204), json(200, { data: [], has_more: false }));
    await client.voices.get('v1');
    await (await client.tts.bytes(ttsParams)).arrayBuffer();
    await client.voices.delete('v1');
    await client.voices.list();
    expect(server.requests).toHaveLength(4);
    for (const req of server.requests) expect(req.headers['cartesia-version']).toBe('2026-08-14');
    expect(client.version).toBe('2026-08-14');
  });

  it('can be pinned per client and overridden per request', async () => {
    // Pinning the previous API version is what a user does who is not ready for 2026-08-14.
    const client = clientFor(server, { version: '2025-11-04' });
    server.reply(json(200, voice('v1')), json(200, voice('v1')), audio, json(200, voice('v1')));
    await client.voices.get('v1');
    await client.voices.get('v1', {}, { version: '2025-04-16' });
    await (await client.tts.bytes(ttsParams, { version: '2023-01-01' })).arrayBuffer();
    await client.voices.get('v1');
    expect(server.requests.map((r) => r.headers['cartesia-version'])).toEqual(['2025-11-04', '2025-04-16', '2023-01-01', '2025-11-04']);
  });

  it('refuses a malformed version, per client and per request, without sending', async () => {
    expect(() => clientFor(server, { version: 'latest' })).toThrow(ConfigurationError);
    await expect(clientFor(server).voices.get('v1', {}, { version: 'v2\r\nX: 1' })).rejects.toBeInstanceOf(ConfigurationError);
    expect(server.requests).toEqual([]);
  });
});

describe('credentials', () => {
  it('sends the API key as a bearer token', async () => {
    server.reply(json(200, voice('v1')));
    await clientFor(server).voices.get('v1');
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('reads CARTESIA_API_KEY when no apiKey is given, and prefers an explicit one', async () => {
    server.always(json(200, voice('v1')));
    await withEnv({ CARTESIA_API_KEY: '  sk_from_env  ' }, async () => {
      await new Cartesia({ baseURL: server.url }).voices.get('v1');
      await new Cartesia({ baseURL: server.url, apiKey: 'sk_explicit' }).voices.get('v1');
    });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer sk_from_env', 'Bearer sk_explicit']);
  });

  it('does not read the environment when apiKey is null, and then refuses before sending', async () => {
    server.always(json(200, voice('v1')));
    await withEnv({ CARTESIA_API_KEY: 'sk_from_env' }, async () => {
      const client = new Cartesia({ baseURL: server.url, apiKey: null });
      await expect(client.voices.get('v1')).rejects.toBeInstanceOf(MissingCredentialError);
    });
    expect(server.requests).toEqual([]);
  });

  it("uses the operation's first listed credential the client holds", async () => {
    server.reply(audio, json(200, voice('v1')), audio);
    const both = new Cartesia({ baseURL: server.url, apiKey: API_KEY, accessToken: ACCESS_TOKEN });
    await (await both.tts.bytes(ttsParams)).arrayBuffer(); // TokenAuth first, then APIKeyAuth
    await both.voices.get('v1'); // APIKeyAuth only
    const keyOnly = clientFor(server);
    await (await keyOnly.tts.bytes(ttsParams)).arrayBuffer();
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${ACCESS_TOKEN}`,
      `Bearer ${API_KEY}`,
      `Bearer ${API_KEY}`,
    ]);
  });

  it('with only an access token, serves TokenAuth operations and refuses the others before sending', async () => {
    await withEnv({ CARTESIA_API_KEY: undefined }, async () => {
      const client = new Cartesia({ baseURL: server.url, accessToken: ACCESS_TOKEN });
      server.reply(audio);
      await (await client.tts.bytes(ttsParams)).arrayBuffer();
      expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
      const error = await client.voices.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MissingCredentialError);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain('apiKey');
      expect((error as Error).message).toContain('CARTESIA_API_KEY');
      await expect(client.voices.delete('v1')).rejects.toBeInstanceOf(MissingCredentialError);
      expect(server.requests).toHaveLength(1);
    });
  });
});

describe('default and per-request headers', () => {
  it('sends defaultHeaders, lets a request override or remove them (null), and keeps the rest', async () => {
    server.always(json(200, voice('v1')));
    const client = clientFor(server, { defaultHeaders: { 'X-Team': 'blue', 'X-Trace': 'default' } });
    await client.voices.get('v1');
    await client.voices.get('v1', {}, { headers: { 'x-trace': 'override', 'X-Team': null, 'X-Extra': 'yes' } });
    const [first, second] = server.requests;
    expect(first!.headers['x-team']).toBe('blue');
    expect(first!.headers['x-trace']).toBe('default');
    expect(second!.headers['x-team']).toBeUndefined();
    expect(second!.headers['x-trace']).toBe('override');
    expect(second!.headers['x-extra']).toBe('yes');
    expect(second!.headers['cartesia-version']).toBe('2026-08-14');
    expect(second!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('lets null remove a header the client itself would send', async () => {
    server.always(json(200, voice('v1')));
    await clientFor(server, { defaultHeaders: { 'Cartesia-Version': null } }).voices.get('v1');
    await clientFor(server).voices.get('v1', {}, { headers: { 'cartesia-version': null } });
    expect(server.requests.map((r) => r.headers['cartesia-version'])).toEqual([undefined, undefined]);
  });

  it('takes defaultHeaders as they are when the client is built, and sends per-request headers only with their request', async () => {
    server.always(json(200, voice('v1')));
    const defaults: Record<string, string | null> = { 'X-Team': 'blue' };
    const client = clientFor(server, { defaultHeaders: defaults });
    // Changing the object given afterwards changes nothing: the headers were checked once, as they were.
    defaults['X-Team'] = 'red';
    defaults['X-Evil'] = 'a\r\nX-Injected: 1';
    await client.voices.get('v1', {}, { headers: { 'X-Once': '1' } });
    await client.voices.get('v1');
    await client.voices.get('v1', {}, { version: '2024-06-10' });
    await client.voices.get('v1');
    const [first, second, third, fourth] = server.requests;
    expect([first, second, third, fourth].map((r) => r!.headers['x-team'])).toEqual(['blue', 'blue', 'blue', 'blue']);
    expect(server.requests.map((r) => r.headers['x-evil'] ?? r.headers['x-injected'])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([first, second].map((r) => r!.headers['x-once'])).toEqual(['1', undefined]);
    expect(server.requests.map((r) => r.headers['cartesia-version'])).toEqual(['2026-08-14', '2026-08-14', '2024-06-10', '2026-08-14']);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(Array(4).fill(`Bearer ${API_KEY}`));
  });

  it('refuses header values with CR or LF, from a request or from the defaults, and sends nothing', async () => {
    server.always(json(200, voice('v1')));
    const client = clientFor(server);
    await expect(client.voices.get('v1', {}, { headers: { 'X-Evil': 'a\r\nX-Injected: 1' } })).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(client.voices.get('v1', {}, { headers: { 'X-Evil': 'line\nbreak' } })).rejects.toBeInstanceOf(InvalidRequestError);
    // Bad default headers are refused when the client is built, before any request.
    expect(() => clientFor(server, { defaultHeaders: { 'X-Evil': 'cr\rhere' } })).toThrow(ConfigurationError);
    expect(server.requests).toEqual([]);
  });
});
