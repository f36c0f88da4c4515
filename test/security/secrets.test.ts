// The client's credential values never leave through its errors, even when a server echoes them back (in a
// JSON or text error body, a header, or an event of a stream); a base URL cannot carry a password; and
// server variables cannot move the host.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import util from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  Cartesia,
  ConfigurationError,
  StreamEventError,
} from '../../generated/typescript/src/index.js';
import { API_KEY, clientFor, sseParams } from '../behaviour/support/client.js';
import { useTestServer } from '../behaviour/support/lifecycle.js';
import { json, text } from '../behaviour/support/server.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';

const server = useTestServer();

/** Every way an error is commonly shown or logged. */
function views(error: unknown): string[] {
  const e = error as Error;
  return [
    e.message,
    String(e),
    JSON.stringify(e),
    util.inspect(e, { depth: 10, showHidden: true }),
    util.format('%o %O %j', e, e, e),
    String(e.stack),
    String(JSON.stringify((e as APIError).body)),
  ];
}

function expectNoSecret(error: unknown, secrets: readonly string[] = [API_KEY]): void {
  for (const view of views(error)) for (const secret of secrets) expect(view).not.toContain(secret);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('a server that echoes the credential', () => {
  it('in a 401 JSON body: masked in the message, the body and every serialization', async () => {
    server.reply(json(401, { message: `Invalid API key ${API_KEY}`, request_id: `req-${API_KEY}`, detail: { key: API_KEY } }));
    const error = await rejection(clientFor(server).voices.get('v1'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expectNoSecret(error);
    expect((error as APIError).message).toBe('401 Invalid API key [REDACTED]');
    expect((error as APIError).body).toEqual({
      message: 'Invalid API key [REDACTED]',
      request_id: 'req-[REDACTED]',
      detail: { key: '[REDACTED]' },
    });
  });

  it('in a text body, URL-encoded or as the whole Authorization header', async () => {
    server.reply(text(403, `forbidden: Bearer ${API_KEY} (${encodeURIComponent(API_KEY + '/')})`, { 'content-type': 'text/plain' }));
    const error = await rejection(clientFor(server).voices.get('v1'));
    expect(error).toBeInstanceOf(APIError);
    expectNoSecret(error);
    expect((error as APIError).body).toContain('Bearer [REDACTED]');
  });

  it('in a response header shown with the error', async () => {
    server.reply(json(500, { message: 'boom' }, { 'x-echo-authorization': `Bearer ${API_KEY}`, 'x-request-id': API_KEY }));
    const error = await rejection(clientFor(server, { maxRetries: 0 }).voices.get('v1'));
    expectNoSecret(error);
    expect((error as APIError).headers.get('x-echo-authorization')).toBe('Bearer [REDACTED]');
    expect((error as APIError).requestId).toBe('[REDACTED]');
  });

  it('in an error event of a server-sent event stream', async () => {
    server.reply((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`event: error\ndata: ${JSON.stringify({ type: 'error', message: `bad key ${API_KEY}` })}\n\n`);
    });
    const stream = await clientFor(server).tts.sse(sseParams);
    const error = await rejection(
      (async () => {
        for await (const _ of stream) void _;
      })(),
    );
    expect(error).toBeInstanceOf(StreamEventError);
    expectNoSecret(error);
    expect((error as Error).message).toBe('bad key [REDACTED]');
  });
});

describe('a transport failure whose message carries the credential', () => {
  it('is an APIConnectionError with the credential masked', async () => {
    // A fetch (a proxy agent, a polyfill) whose error quotes the request it failed on.
    const leaky = (async (_url: string, init: RequestInit) => {
      throw new TypeError(`connect failed: ${JSON.stringify(init.headers)}`);
    }) as unknown as typeof fetch;
    const error = await rejection(new Cartesia({ apiKey: API_KEY, baseURL: server.url, maxRetries: 0, fetch: leaky }).voices.get('v1'));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toContain('Bearer [REDACTED]');
    expect((error as Error).message).not.toContain(API_KEY);
  });
});

describe('a base URL with a user name or password', () => {
  it.each(['https://user:hunter2-SECRET@api.example.com', 'https://hunter2-SECRET@api.example.com/v1'])(
    'is refused without repeating it: %s',
    (baseURL) => {
      let error: unknown;
      try {
        new Cartesia({ apiKey: API_KEY, baseURL });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expectNoSecret(error, ['hunter2-SECRET', API_KEY]);
      expect((error as Error).message).toMatch(/user name or password/);
    },
  );
});

describe('server variables', () => {
  let work: ReturnType<typeof tempDir>;
  let ConvClient: new (options: Record<string, unknown>) => { baseURL: string };

  beforeAll(async () => {
    work = tempDir('server-vars-hostile-');
    const spec = path.join(REPO, 'test/golden/conventions/spec.yaml');
    const { files } = await renderClient({ spec, templates: TS_TEMPLATES });
    writeTree(work.dir, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
    const module = (await import(pathToFileURL(path.join(work.dir, 'src/index.ts')).href)) as {
      ConvClient: typeof ConvClient;
    };
    ConvClient = module.ConvClient;
  });
  afterAll(() => work.cleanup());

  it.each(['evil.com/', 'evil.com#', 'us.evil.com', 'x@evil.com'])('refuse a value the spec enum does not list (region: %s)', (region) => {
    expect(() => new ConvClient({ serverVariables: { region } })).toThrow(expect.objectContaining({ name: 'ConfigurationError' }));
    expect(() => new ConvClient({ serverVariables: { region } })).toThrow(/one of "eu", "us"/);
  });

  it.each(['@evil.com', '/../../evil', 'v2?x=1#', '..%2F'])(
    'percent-encode a free value, which stays in the path of the same host (base: %s)',
    (base) => {
      const client = new ConvClient({ serverVariables: { base } });
      const url = new URL(client.baseURL);
      expect(url.host).toBe('eu.conv.example.com');
      expect(url.pathname).toBe(`/${encodeURIComponent(base)}`);
      expect(url.search).toBe('');
    },
  );
});
