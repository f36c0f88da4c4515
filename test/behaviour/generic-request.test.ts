// `client.request()`, for endpoints the spec does not describe: on the wire it carries the same credential,
// version and defaults as a generated method, is retried, timed out and mapped to typed errors the same way,
// follows redirects under the same rules, and never sends the credential to another origin.
import { describe, expect, it } from 'vitest';
import {
  APIConnectionTimeoutError,
  BinaryResponse,
  InvalidRequestError,
  NotFoundError,
  RateLimitError,
} from '../../generated/typescript/src/index.js';
import { ACCESS_TOKEN, API_KEY, clientFor } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { hang, json, text, TestServer } from './support/server.js';

const server = useTestServer();

describe('client.request()', () => {
  it('sends a JSON body with the credential, version and default headers, and resolves with the JSON answer', async () => {
    server.reply(json(201, { id: 'beta_1', ok: true }, { 'x-request-id': 'req_generic' }));
    const client = clientFor(server, { defaultHeaders: { 'x-team': 'voice' } });
    const result = await client.request<{ id: string; ok: boolean }>({
      method: 'post',
      path: '/beta/things',
      query: { limit: 2, tags: ['a', 'b'] },
      body: { name: 'A thing', sample_rate: 44100 },
      headers: { 'x-extra': 'yes' },
    });
    expect(result).toEqual({ id: 'beta_1', ok: true });
    const [request] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/beta/things');
    expect(request!.rawQuery).toBe('limit=2&tags=a&tags=b');
    expect(request!.headers['authorization']).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers['cartesia-version']).toBe('2026-08-14');
    expect(request!.headers['x-team']).toBe('voice');
    expect(request!.headers['x-extra']).toBe('yes');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.body.toString())).toEqual({ name: 'A thing', sample_rate: 44100 });
  });

  it('uses an access token when that is what the client holds, and the version of the call', async () => {
    server.reply(json(200, {}));
    await clientFor(server, { apiKey: null, accessToken: ACCESS_TOKEN }).request({
      method: 'GET',
      path: 'beta/ping',
      version: '2024-06-10',
    });
    expect(server.requests[0]!.path).toBe('/beta/ping');
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(server.requests[0]!.headers['cartesia-version']).toBe('2024-06-10');
  });

  it('retries as the retry policy says and maps the final error status to the typed error', async () => {
    server.reply(json(429, { message: 'slow down' }, { 'retry-after-ms': '1' }), json(404, { message: 'No such thing' }));
    const error = await clientFor(server)
      .request({ method: 'GET', path: '/beta/missing' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe('404 No such thing');
    expect(server.requests).toHaveLength(2);

    server.reset();
    server.always(json(429, { message: 'still slow' }, { 'retry-after-ms': '1' }));
    const limited = await clientFor(server, { maxRetries: 1 })
      .request({ method: 'DELETE', path: '/beta/x' })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('times out like any request', async () => {
    server.always(hang());
    const error = await clientFor(server, { maxRetries: 0 })
      .request({ method: 'GET', path: '/beta/slow', timeout: 100 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('reads text, binary and raw responses when asked', async () => {
    server.reply(text(200, 'plain words'), text(200, 'RIFF....', { 'content-type': 'audio/wav' }), json(200, { a: 1 }));
    const client = clientFor(server);
    expect(await client.request<string>({ method: 'GET', path: '/t', responseKind: 'text' })).toBe('plain words');
    const audio = await client.request<BinaryResponse>({ method: 'GET', path: '/b', responseKind: 'binary' });
    expect(audio).toBeInstanceOf(BinaryResponse);
    expect(new TextDecoder().decode(await audio.bytes())).toBe('RIFF....');
    const { data, response } = await client.request({ method: 'GET', path: '/j' }).withResponse();
    expect(data).toEqual({ a: 1 });
    expect(response.status).toBe(200);
  });

  it('sends a string as text and bytes as binary, unless the caller sets the content type', async () => {
    server.always(json(200, {}));
    const client = clientFor(server);
    await client.request({ method: 'POST', path: '/s', body: 'hello' });
    await client.request({ method: 'POST', path: '/n', body: '{"a":1}\n', headers: { 'content-type': 'application/x-ndjson' } });
    await client.request({ method: 'PUT', path: '/b', body: new Uint8Array([1, 2, 3]) });
    const [plain, ndjson, bytes] = server.requests;
    expect(plain!.headers['content-type']).toBe('text/plain;charset=UTF-8');
    expect(plain!.body.toString()).toBe('hello');
    expect(ndjson!.headers['content-type']).toBe('application/x-ndjson');
    expect(bytes!.headers['content-type']).toBe('application/octet-stream');
    expect([...bytes!.body]).toEqual([1, 2, 3]);
  });

  it('accepts an absolute URL under the base URL and refuses one to another origin, sending nothing', async () => {
    server.always(json(200, { here: true }));
    const client = clientFor(server);
    expect(await client.request({ method: 'GET', path: `${server.url}/beta/abs` })).toEqual({ here: true });
    expect(server.requests[0]!.path).toBe('/beta/abs');
    const other = await TestServer.start();
    try {
      for (const path of [`${other.url}/steal`, `//127.0.0.1:1/steal`, 'https://api.example.com/v1']) {
        const error = await client.request({ method: 'GET', path }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidRequestError);
        expect((error as Error).message).toMatch(/must be under the client's base URL/);
      }
      expect(other.requests).toEqual([]);
    } finally {
      await other.close();
    }
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a bad method or a query string in the path with a clear error', async () => {
    const client = clientFor(server);
    await expect(client.request({ method: 'GET /x', path: '/x' })).rejects.toThrow(/HTTP method/);
    await expect(client.request({ method: 'GET', path: '/x?a=1' })).rejects.toThrow(/pass query parameters in `query`/);
    expect(server.requests).toEqual([]);
  });

  it('keeps the credential on a redirect within the origin and drops it across origins, as generated methods do', async () => {
    const other = await TestServer.start();
    try {
      other.reply(json(200, { moved: true }));
      server.reply((_req, res) => {
        res.writeHead(307, { location: `${other.url}/elsewhere` });
        res.end();
      });
      expect(await clientFor(server).request({ method: 'GET', path: '/beta/moved' })).toEqual({ moved: true });
      expect(other.requests[0]!.headers['authorization']).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});
