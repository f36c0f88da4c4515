// A spec written to break the generator: comment terminators, backticks, `${`, quotes, </script>, U+2028,
// reserved words and names that shadow the client's own members. The generated client must type-check
// (the golden test checks it) and behave exactly as the spec says, with none of that text running as code.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';

const SPEC = path.join(REPO, 'test/golden/hostile/spec.yaml');
let work: ReturnType<typeof tempDir>;
let server: http.Server;
let baseURL: string;
const seen: { method: string; url: string; headers: http.IncomingHttpHeaders }[] = [];
let warnings: { code: string; message: string; location?: { line?: number } }[] = [];

beforeAll(async () => {
  work = tempDir('hostile-');
  const rendered = await renderClient({ spec: SPEC, templates: TS_TEMPLATES });
  const { files } = rendered;
  warnings = rendered.warnings;
  // vitest compiles the generated TypeScript when the test imports it.
  writeTree(work.dir, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
  server = http.createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers });
    if (req.url!.startsWith('/items/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ constructor: 'c', toString: 't', '2nd': 2 }));
    } else {
      res.writeHead(204).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  work.cleanup();
});

describe('a hostile spec', () => {
  it('keeps spec text out of the code: every occurrence sits in a comment or a string literal', () => {
    const client = fs.readFileSync(path.join(work.dir, 'src/client.ts'), 'utf8');
    const items = fs.readFileSync(path.join(work.dir, 'src/resources/items.ts'), 'utf8');
    // Comment terminators from the spec are escaped inside doc comments...
    expect(items).toContain('Get *\\/ globalThis.pwned = 3; /* an item');
    // ...and no statement assigns the marker.
    // The params types (models.ts) and the descriptors (descriptors.ts) carry spec names and paths too.
    const models = fs.readFileSync(path.join(work.dir, 'src/models.ts'), 'utf8');
    const descriptors = fs.readFileSync(path.join(work.dir, 'src/descriptors.ts'), 'utf8');
    expect(descriptors).toContain('query: [{ name: "q*/x" }, { name: "class" }]');
    expect(models).toContain('"q*/x"?: string;');
    for (const source of [client, items, models, descriptors]) {
      expect(source).not.toMatch(/^\s*globalThis\.pwned\s*=/m);
      expect(source).not.toMatch(/[\u2028\u2029]/);
    }
  });

  it('imports and runs without executing spec text, and speaks the wire format the spec declares', async () => {
    const module = (await import(pathToFileURL(path.join(work.dir, 'src/index.ts')).href)) as Record<string, unknown>;
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
    const Hostile = module.Hostile as new (
      options: object,
    ) => Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> & Record<string, unknown>;
    const client = new Hostile({ baseURL });
    // Members named like the client's machinery are renamed, and the machinery still works.
    expect(typeof client.request_).toBe('object');
    expect(typeof (client as unknown as { request: unknown }).request).toBe('function');
    const item = await client.items!.constructor_!('a b/../c', { 'q*/x': "it's `${x}`", class: '*/' });
    expect(item).toEqual({ constructor: 'c', toString: 't', '2nd': 2 });
    await client.request_!.request_!();
    expect(seen.map((r) => r.url)).toEqual(['/items/a%20b%2F..%2Fc?q*%2Fx=it%27s%20%60%24%7Bx%7D%60&class=*%2F', '/request']);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('reads parameters named like Object.prototype members as own properties only', async () => {
    const module = (await import(pathToFileURL(path.join(work.dir, 'src/index.ts')).href)) as Record<string, unknown>;
    const Hostile = module.Hostile as new (options: object) => { tostring: { toString_(params?: object): Promise<unknown> } };
    seen.length = 0;
    // Nothing given: `constructor`, `toString`, `__proto__` and `hasOwnProperty` are not read off the prototype.
    await new Hostile({ baseURL }).tostring.toString_();
    await new Hostile({ baseURL }).tostring.toString_(JSON.parse('{"constructor": "c", "__proto__": "p"}') as object);
    expect(seen.map((r) => r.url)).toEqual(['/tostring', '/tostring?constructor=c&__proto__=p']);
    expect(seen[0]!.headers).not.toHaveProperty('hasownproperty');
  });

  it('renames members named `then`, with a located warning, so that neither the client nor a resource is thenable', async () => {
    const module = (await import(pathToFileURL(path.join(work.dir, 'src/index.ts')).href)) as Record<string, unknown>;
    const Hostile = module.Hostile as new (options: object) => Record<string, Record<string, unknown>>;
    const client = new Hostile({ baseURL });
    expect(client).not.toHaveProperty('then');
    expect(client.jobs).not.toHaveProperty('then');
    expect(await client).toBe(client);
    expect(await client.jobs).toBe(client.jobs);
    seen.length = 0;
    await (client.jobs!.then2 as () => Promise<unknown>)();
    await (client.then2!.then2 as () => Promise<unknown>)();
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /jobs/then', 'GET /then']);
    const thenable = warnings.filter((w) => w.code === 'thenable-name');
    expect(thenable.map((w) => w.message)).toEqual([
      expect.stringMatching(/resource named "then" .* becomes "then2"/),
      expect.stringMatching(/method named "then" .*GET \/then becomes "then2"/),
      expect.stringMatching(/method named "then" .*POST \/jobs\/then becomes "then2"/),
    ]);
    for (const warning of thenable) expect(warning.location?.line).toBeGreaterThan(0);
  });
});
