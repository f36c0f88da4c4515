// Repaired specs (issue 17) give clients that work: what the generated client of each repair golden sends to a
// real loopback server.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';
import { useTestServer } from './support/lifecycle.js';
import { empty, json } from './support/server.js';

const server = useTestServer();
let work: ReturnType<typeof tempDir>;

/** Renders a golden case's client into the work folder and imports it. */
async function clientOf<T>(name: string): Promise<Record<string, T>> {
  const { files } = await renderClient({ spec: path.join(REPO, 'test/golden', name, 'spec.yaml'), templates: TS_TEMPLATES });
  writeTree(path.join(work.dir, name), Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
  return (await import(pathToFileURL(path.join(work.dir, name, 'src/index.ts')).href)) as Record<string, T>;
}

type Ctor<C> = new (options: Record<string, unknown>) => C;
type Call = (...args: unknown[]) => Promise<unknown>;

beforeAll(() => {
  work = tempDir('repairs-');
});
afterAll(() => work.cleanup());

describe('clients of repaired specs on the wire', () => {
  it('an undeclared path variable is a required path argument, filled into the URL in template order', async () => {
    const { PathParameterRepairAPI } = await clientOf<Ctor<{ things: Record<string, Call> }>>('repair-path-parameter');
    const client = new PathParameterRepairAPI!({ baseURL: server.url });
    server.reply(json(200, { id: 'a' }), json(200, { id: 'a' }));
    await client.things.get!('th/1');
    await client.things.getPart!('th 2', 7);
    expect(server.requests.map((r) => r.target)).toEqual(['/things/th%2F1', '/things/th%202/parts/7']);
  });

  it('a query string in a path key is sent as query parameters, not as part of the path', async () => {
    const { QueryStringRepairAPI } = await clientOf<Ctor<{ things: Record<string, Call> }>>('repair-path-query-string');
    const client = new QueryStringRepairAPI!({ baseURL: server.url });
    server.reply(json(200, []), json(200, []), json(200, []));
    await client.things.range!({ from: 'a&b', to: 'z' });
    await client.things.search!({ q: 3 });
    await client.things.search!();
    expect(server.requests.map((r) => `${r.path}|${r.rawQuery}`)).toEqual([
      '/things/|from=a%26b&to=z',
      '/search|q=3&kind=all',
      '/search|kind=all',
    ]);
  });

  it('a repeated operationId gives a second method (<id>2) that calls its own path', async () => {
    const { OperationIdRepairAPI } = await clientOf<Ctor<Record<string, Record<string, Call>>>>('repair-operation-id');
    const client = new OperationIdRepairAPI!({ baseURL: server.url });
    server.reply(json(200, []), json(200, []), json(200, []));
    await client.things!.listThings!();
    await client.things!.listThings2!();
    await client.other!.listThings!();
    expect(server.requests.map((r) => r.target)).toEqual(['/things', '/things/archived', '/other/things']);
  });

  it('an undeclared security scheme is ignored: the declared one is still sent, and none is not enough', async () => {
    const { SecurityRepairAPI } = await clientOf<Ctor<Record<string, Record<string, Call>>>>('repair-security-scheme');
    const client = new SecurityRepairAPI!({ baseURL: server.url, apiKey: 'k-123' });
    server.reply(json(200, []), empty(204));
    await client.things!.list!();
    await client.admin!.reset!();
    expect(server.requests.map((r) => r.headers['x-api-key'])).toEqual(['k-123', 'k-123']);
    const anonymous = new SecurityRepairAPI!({ baseURL: server.url });
    await expect(anonymous.admin!.reset!()).rejects.toThrow();
    expect(server.requests).toHaveLength(2);
  });

  it('a path key without "/" gets one, and a path parameter the path does not use is not asked for', async () => {
    const { PathSlashRepairAPI } = await clientOf<Ctor<{ things: Record<string, Call> }>>('repair-path-key-slash');
    const { UnusedPathParameterRepairAPI } = await clientOf<Ctor<{ things: Record<string, Call> }>>('repair-path-parameter-unused');
    server.reply(json(200, 'a'), json(200, []));
    await new PathSlashRepairAPI!({ baseURL: `${server.url}/v1` }).things.get!('t1');
    const unused = new UnusedPathParameterRepairAPI!({ baseURL: server.url });
    expect(unused.things.list!.length, 'no positional path argument').toBe(0);
    await unused.things.list!({ limit: 2 });
    expect(server.requests.map((r) => r.target)).toEqual(['/v1/things/t1', '/things?limit=2']);
  });
});
