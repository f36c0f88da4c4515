// Bad values from the caller are InvalidRequestErrors, sent nowhere and never retried (not a TypeError from
// fetch, a RangeError from Date or a URIError from encodeURIComponent); nested deepObject values are encoded
// as `a[b][c]=v`, never `[object Object]`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { Cartesia, ConfigurationError, InvalidRequestError } from '../../generated/typescript/src/index.js';
import { API_KEY, clientFor } from '../behaviour/support/client.js';
import { useTestServer } from '../behaviour/support/lifecycle.js';
import { json } from '../behaviour/support/server.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';

const server = useTestServer();

type Items = {
  items: {
    search(params: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>;
    get(storeId: string, itemId: number, params?: Record<string, unknown>): Promise<unknown>;
  };
};
let work: ReturnType<typeof tempDir>;
let QueryClient: new (options: Record<string, unknown>) => Items;

beforeAll(async () => {
  work = tempDir('caller-values-');
  const spec = path.join(REPO, 'test/golden/query-params/spec.yaml');
  const { files } = await renderClient({ spec, templates: TS_TEMPLATES });
  writeTree(work.dir, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
  const module = (await import(pathToFileURL(path.join(work.dir, 'src/index.ts')).href)) as Record<string, unknown>;
  QueryClient = module.QueryParamsAPI as typeof QueryClient;
});
afterAll(() => work.cleanup());

const items = (): Items => new QueryClient({ baseURL: server.url, maxRetries: 3 });

/** The error `promise` rejects with; it must reject. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as Error,
  );
}

/** An InvalidRequestError (by name: the golden client has its own copy of the class), and nothing sent. */
async function expectRefused(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await rejection(promise);
  expect(error.name).toBe('InvalidRequestError');
  expect(error.message).toMatch(pattern);
  expect(server.requests).toEqual([]);
}

describe('control characters in headers', () => {
  it.each([
    ['SOH', '\u0001'],
    ['ESC', '\u001b[31m'],
    ['DEL', '\u007f'],
    ['VT', '\u000b'],
    ['CR', '\r'],
    ['NUL', '\u0000'],
  ])('a per-request header value with %s is refused, not sent and not retried', async (_name, bad) => {
    const client = clientFor(server, { maxRetries: 3 });
    const error = await rejection(client.voices.get('v1', {}, { headers: { 'X-Note': `a${bad}b` } }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toMatch(/control character/);
    expect(server.requests).toEqual([]);
  });

  it('a header parameter from the spec with a control character is refused', async () => {
    await expectRefused(items().items.get('s1', 1, { 'X-Trace-Id': 'id\u001b[2J' }), /X-Trace-Id.*control character/);
  });

  it('a default header with a control character is refused when the client is built', () => {
    expect(() => new Cartesia({ apiKey: API_KEY, baseURL: server.url, defaultHeaders: { 'X-Note': 'a\u0007b' } })).toThrow(
      ConfigurationError,
    );
  });

  it('a header name with a control character is refused without echoing it raw', async () => {
    const error = await rejection(clientFor(server).voices.get('v1', {}, { headers: { 'X-\u0001Bad': 'v' } }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).not.toMatch(/[\u0000-\u001f]/);
    expect(server.requests).toEqual([]);
  });

  it('a tab, which HTTP allows in a value, is still sent', async () => {
    server.reply(json(200, { id: 'v1' }));
    await clientFor(server).voices.get('v1', {}, { headers: { 'X-Note': 'a\tb' } });
    expect(server.requests[0]!.headers['x-note']).toBe('a\tb');
  });
});

describe('values that cannot be encoded', () => {
  it('an invalid Date is InvalidRequestError, not a RangeError', async () => {
    await expectRefused(items().items.search({ q: 'x', since: new Date(NaN), 'Api-Version': '2024-01-01' }), /invalid Date/);
  });

  it.each([
    ['a lone high surrogate', 'ab\ud800'],
    ['a lone low surrogate', '\udc00cd'],
  ])('a query value with %s is InvalidRequestError, not a URIError', async (_what, q) => {
    await expectRefused(items().items.search({ q, 'Api-Version': '2024-01-01' }), /surrogate/);
  });

  it('a lone surrogate in a path value or an extra query value is refused the same way', async () => {
    await expectRefused(items().items.get('s\ud800', 1), /surrogate/);
    await expectRefused(items().items.search({ q: 'x', 'Api-Version': '2024-01-01' }, { query: { extra: '\udfff' } }), /surrogate/);
  });
});

describe('deepObject query parameters', () => {
  it('encode nested objects and arrays as a[b][c]=v, never [object Object]', async () => {
    server.reply(json(200, []));
    await items().items.search({
      q: 'x',
      'Api-Version': '2024-01-01',
      filter: { color: { primary: 'red', shades: ['dark', 'light'] }, size: 3 },
    });
    const { rawQuery } = server.requests[0]!;
    expect(rawQuery).not.toContain('object');
    expect(decodeURIComponent(rawQuery).split('&')).toEqual([
      'q=x',
      'filter[color][primary]=red',
      'filter[color][shades][]=dark',
      'filter[color][shades][]=light',
      'filter[size]=3',
    ]);
  });
});
