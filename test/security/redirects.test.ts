// Redirects are followed by the client, under its own rules: credentials (every scheme the spec declares)
// never reach another origin, a hop to plain http on a remote host is refused when the client holds
// credentials, loops end with a typed error, and a 303 turns a POST into a GET without its body.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { InsecureTransportError, RedirectError } from '../../generated/typescript/src/index.js';
import { API_KEY, clientFor, ttsParams } from '../behaviour/support/client.js';
import { leftoverNetworkResources } from '../behaviour/support/leaks.js';
import { TestServer, empty, json, text, type Handler } from '../behaviour/support/server.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';

// Two servers: two origins (same host, other port).
const origin = new TestServer();
const elsewhere = new TestServer();
beforeAll(() => Promise.all([origin.listen(), elsewhere.listen()]));
afterEach(() => {
  for (const server of [origin, elsewhere]) {
    expect(server.failures).toEqual([]);
    server.reset();
  }
});
afterAll(async () => {
  await Promise.all([origin.close(), elsewhere.close()]);
  expect(await leftoverNetworkResources()).toEqual([]);
});

type Probe = Record<string, () => Promise<unknown>>;
let work: ReturnType<typeof tempDir>;
let AuthZoo: new (options: Record<string, unknown>) => { probe: Probe };

beforeAll(async () => {
  work = tempDir('redirects-');
  const spec = path.join(REPO, 'test/golden/auth-schemes/spec.yaml');
  const { files } = await renderClient({ spec, templates: TS_TEMPLATES });
  writeTree(work.dir, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
  AuthZoo = ((await import(pathToFileURL(path.join(work.dir, 'src/index.ts')).href)) as { AuthZoo: typeof AuthZoo }).AuthZoo;
});
afterAll(() => work.cleanup());

const SECRETS = {
  apiKey: 'srv-key-SECRET-1',
  headerKey: 'header-key-SECRET-2',
  queryKey: 'query-key-SECRET-3',
  cookieKey: 'cookie-key-SECRET-4',
  basic: 'user:basic-SECRET-5',
};

const redirect =
  (status: number, location: () => string): Handler =>
  (_req, res) => {
    res.writeHead(status, { location: location() });
    res.end();
  };

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('redirects to another origin', () => {
  it.each([
    ['headerKey', 'an API key header'],
    ['queryKey', 'an API key in the query'],
    ['cookieKey', 'an API key cookie'],
    ['basic', 'basic auth'],
    ['inherited', 'a bearer token'],
  ])('drop %s (%s) on the way', async (method) => {
    origin.reply(redirect(307, () => `${elsewhere.url}/landed?kept=1`));
    elsewhere.reply(empty(204));
    await new AuthZoo({ baseURL: origin.url, ...SECRETS }).probe[method]!();
    expect(origin.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(1);
    const landed = elsewhere.requests[0]!;
    expect(landed.path).toBe('/landed');
    expect(landed.query).toEqual({ kept: '1' });
    const wire = JSON.stringify({ target: landed.target, headers: landed.headers });
    for (const secret of Object.values(SECRETS)) expect(wire).not.toContain(secret);
    expect(wire).not.toContain(Buffer.from(SECRETS.basic).toString('base64'));
    expect(landed.headers.authorization).toBeUndefined();
    expect(landed.headers.cookie).toBeUndefined();
  });

  it('keep the credential on a redirect within the same origin', async () => {
    origin.reply(
      redirect(307, () => `${origin.url}/moved`),
      empty(204),
    );
    await new AuthZoo({ baseURL: origin.url, ...SECRETS }).probe.headerKey!();
    expect(origin.requests.map((r) => r.path)).toEqual(['/header-key', '/moved']);
    expect(origin.requests[1]!.headers['x-api-key']).toBe(SECRETS.headerKey);
  });

  it('refuse a hop to plain http on a host that is not loopback, before connecting to it', async () => {
    // An IPv4-mapped IPv6 address: the client does not count it as loopback, yet it reaches this machine.
    const port = new URL(elsewhere.url).port;
    origin.reply(redirect(307, () => `http://[::ffff:127.0.0.1]:${port}/plain`));
    elsewhere.always(empty(204));
    const error = await rejection(new AuthZoo({ baseURL: origin.url, ...SECRETS }).probe.headerKey!());
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('InsecureTransportError');
    expect(elsewhere.requests).toEqual([]);
    expect(origin.requests).toHaveLength(1); // refused, not retried
  });
});

describe('redirects with the Cartesia client', () => {
  it('strip the bearer API key when the origin changes, and refuse a downgrade to remote plain http', async () => {
    origin.reply(redirect(308, () => `${elsewhere.url}/voices/v1`));
    elsewhere.reply(json(200, { id: 'v1' }));
    await clientFor(origin).voices.get('v1');
    expect(elsewhere.requests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(elsewhere.requests[0]!.headers)).not.toContain(API_KEY);

    origin.reply(redirect(302, () => `http://[::ffff:127.0.0.1]:${new URL(elsewhere.url).port}/x`));
    const error = await rejection(clientFor(origin, { maxRetries: 2 }).voices.get('v1'));
    expect(error).toBeInstanceOf(InsecureTransportError);
    expect(elsewhere.requests).toHaveLength(1);
  });

  it('end a redirect loop with RedirectError after 10 hops, without retrying', async () => {
    origin.always(redirect(302, () => `${origin.url}/loop`));
    const error = await rejection(clientFor(origin, { maxRetries: 2 }).voices.get('v1'));
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toMatch(/10 redirects/);
    expect(origin.requests).toHaveLength(11);
  });

  it('follow a 303 after a POST as a GET without the body, and a 307 with the same method and body', async () => {
    origin.reply(
      redirect(303, () => `${origin.url}/result`),
      text(200, 'RIFF', { 'content-type': 'audio/wav' }),
    );
    await (await clientFor(origin).tts.bytes(ttsParams)).arrayBuffer();
    const [post, get] = origin.requests;
    expect(post!.method).toBe('POST');
    expect(get!.method).toBe('GET');
    expect(get!.body.length).toBe(0);
    expect(get!.headers['content-type']).toBeUndefined();

    origin.reset();
    origin.reply(
      redirect(307, () => `${origin.url}/again`),
      text(200, 'RIFF', { 'content-type': 'audio/wav' }),
    );
    await (await clientFor(origin).tts.bytes(ttsParams)).arrayBuffer();
    const [first, second] = origin.requests;
    expect(second!.method).toBe('POST');
    expect(second!.body.toString()).toBe(first!.body.toString());
    expect(JSON.parse(second!.body.toString())).toMatchObject({ transcript: ttsParams.transcript });
  });
});
