// Every security scheme kind on the wire (auth-schemes golden spec): bearer, apiKey in a header, the query or
// a cookie, HTTP basic, OAuth2 and OpenID Connect tokens as bearer, a pair of schemes together, and none.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';
import { LogRecorder } from './support/log-recorder.js';

type Probe = Record<string, () => Promise<unknown>>;
let work: ReturnType<typeof tempDir>;
let server: http.Server;
let baseURL: string;
let Client: new (options: Record<string, unknown>) => { probe: Probe };
const seen: http.IncomingMessage[] = [];

beforeAll(async () => {
  work = tempDir('auth-schemes-');
  const { files } = await renderClient({ spec: path.join(REPO, 'test/golden/auth-schemes/spec.yaml'), templates: TS_TEMPLATES });
  writeTree(work.dir, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
  Client = ((await import(pathToFileURL(path.join(work.dir, 'src/index.ts')).href)) as { AuthZoo: typeof Client }).AuthZoo;
  server = http.createServer((req, res) => {
    seen.push(req);
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  work.cleanup();
});

const credentials = {
  apiKey: 'srv-key',
  accessToken: 'tok',
  headerKey: 'hk',
  queryKey: 'qk',
  cookieKey: 'ck',
  basic: 'user:pässword',
  oAuth: 'oauth-token',
  oidc: 'oidc-token',
};

async function call(method: string, options: Record<string, unknown> = credentials): Promise<http.IncomingMessage> {
  seen.length = 0;
  await new Client({ baseURL, ...options }).probe[method]!();
  return seen[0]!;
}

describe('security schemes on the wire', () => {
  it('apiKey in a header, the query and a cookie', async () => {
    expect((await call('headerKey')).headers['x-api-key']).toBe('hk');
    expect((await call('queryKey')).url).toBe('/query-key?key=qk');
    expect((await call('cookieKey')).headers.cookie).toBe('sid=ck');
  });

  it('HTTP basic, base64 of UTF-8 user:password', async () => {
    expect((await call('basic')).headers.authorization).toBe(`Basic ${Buffer.from('user:pässword').toString('base64')}`);
  });

  it('OAuth2 and OpenID Connect tokens as bearer; the first alternative held wins', async () => {
    expect((await call('oauth')).headers.authorization).toBe('Bearer oauth-token');
    expect((await call('oauth', { oidc: 'oidc-token' })).headers.authorization).toBe('Bearer oidc-token');
  });

  it('two schemes required together', async () => {
    const req = await call('both');
    expect(req.headers['x-api-key']).toBe('hk');
    expect(req.headers.authorization).toMatch(/^Basic /);
  });

  it('no credential for `security: []`, an optional one when held, and the root default otherwise', async () => {
    expect((await call('public')).headers.authorization).toBeUndefined();
    expect((await call('optional', {})).headers.authorization).toBeUndefined();
    expect((await call('optional', { accessToken: 'tok' })).headers.authorization).toBe('Bearer tok');
    expect((await call('inherited')).headers.authorization).toBe('Bearer srv-key');
  });
});

describe('debug logs of every scheme', () => {
  it('never show a credential: headers and cookies masked by name, query credentials masked in URLs', async () => {
    // Two-letter values too: the redactor leaves values under 4 characters alone, the names still mask them.
    const secrets = {
      apiKey: 'srv-key-SECRET-1',
      accessToken: 'tok-SECRET-2',
      headerKey: 'hk',
      queryKey: 'qk',
      cookieKey: 'ck',
      basic: 'user:pässword-SECRET-3',
      oAuth: 'oauth-SECRET-4',
      oidc: 'oidc-SECRET-5',
    };
    const logger = new LogRecorder();
    const client = new Client({ baseURL, ...secrets, logLevel: 'debug', logger });
    for (const probe of ['headerKey', 'queryKey', 'cookieKey', 'basic', 'oauth', 'both', 'inherited']) await client.probe[probe]!();
    expect(logger.at('debug')).toHaveLength(7);
    const text = logger.text();
    for (const value of Object.values(secrets)) expect(text).not.toContain(value);
    expect(text).not.toContain(Buffer.from(secrets.basic).toString('base64'));
    expect(text).not.toMatch(/"(hk|qk|ck)"|=(hk|qk|ck)\b/);
    expect(text).toContain(`${baseURL}/query-key?key=[REDACTED]`);
    expect(text).toContain('"x-api-key":"[REDACTED]"');
    expect(text).toContain('"cookie":"[REDACTED]"');
  });
});
