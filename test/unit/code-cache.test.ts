// generator/code-cache.ts: large CommonJS modules load through V8's code cache, kept in node_modules/.cache, on a
// Node without its own compile cache (Node 20 here). A module loaded so is the one every later `require` gets; a
// cache V8 refuses (another Node, a damaged file) costs a compile, never the run. Each "run" is a process of its own,
// as V8 keeps what it compiled for the rest of a process and would not read the cache again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { requireCached, saveCodeCaches } from '../../generator/code-cache.js';
import { REPO, tempDir, writeTree } from '../support/paths.js';

const work = tempDir('code-cache-');
afterAll(() => work.cleanup());
const require = createRequire(import.meta.url);
// Node 22.1+ caches compiled code itself: there every module is left to require, and no cache file is written.
const nodeCaches = typeof (require('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** A package in a node_modules of its own: an entry (with a `#!` line) that requires a second file. */
function writePackage(root: string): string {
  writeTree(root, {
    'node_modules/pkg/package.json': '{ "name": "pkg", "main": "index.js" }',
    'node_modules/pkg/index.js':
      "#!/usr/bin/env node\nconst helper = require('./helper.js');\nexports.twice = (n) => helper.double(n);\nexports.file = __filename;\n",
    'node_modules/pkg/helper.js': 'exports.double = (n) => n * 2;\n',
  });
  return path.join(root, 'node_modules/pkg/index.js');
}

const cacheFiles = (root: string): string[] => {
  const dir = path.join(root, 'node_modules/.cache/openapi-client-generator/code-cache');
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => path.join(dir, name)) : [];
};

/** One run in a process of its own: loads `file` through the cache, uses it, saves; says how the cache was found. */
function run(file: string): { twice: number; sameAsRequire: boolean; status: string | null } {
  const script = path.join(work.dir, 'run.mts');
  fs.writeFileSync(
    script,
    `import { createRequire } from 'node:module';
import { cacheStatus, requireCached, saveCodeCaches } from ${JSON.stringify(pathToFileURL(path.join(REPO, 'generator/code-cache.ts')).href)};
const file = process.argv[2];
const loaded = requireCached(file);
const result = { twice: loaded.twice(21), sameAsRequire: createRequire(file)(file) === loaded, status: cacheStatus(file) ?? null };
saveCodeCaches();
console.log(JSON.stringify(result));
`,
  );
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, file], { cwd: REPO, encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as ReturnType<typeof run>;
}

describe('the code cache', () => {
  it('loads a module as require does, keeps its compiled code, and the next run takes it', () => {
    const root = path.join(work.dir, 'a');
    const file = writePackage(root);
    // A require from anywhere gets the module loaded here (entered in require.cache), not a second copy.
    expect(run(file)).toEqual({ twice: 42, sameAsRequire: true, status: nodeCaches ? null : 'missing' });
    if (nodeCaches) return expect(cacheFiles(root)).toEqual([]);
    const [cache, ...others] = cacheFiles(root);
    expect(others).toEqual([]);
    expect(path.basename(cache!)).toMatch(/^index\.js-[0-9a-f]{8}-[0-9a-f]{16}\.v8$/);
    const written = fs.readFileSync(cache!);
    expect(run(file)).toEqual({ twice: 42, sameAsRequire: true, status: 'used' });
    // Taken as it was: not written again.
    expect(fs.readFileSync(cache!).equals(written)).toBe(true);
  });

  it('compiles again over a damaged cache, and replaces it', () => {
    const root = path.join(work.dir, 'b');
    const file = writePackage(root);
    run(file);
    if (nodeCaches) return expect(cacheFiles(root)).toEqual([]);
    const [cache] = cacheFiles(root);
    fs.writeFileSync(cache!, 'not a code cache');
    expect(run(file)).toEqual({ twice: 42, sameAsRequire: true, status: 'rejected' });
    expect(cacheFiles(root)).toEqual([cache]);
    expect(run(file).status).toBe('used');
  });

  it('never runs a changed module from the cache of its previous version (same length, same time, as npm installs)', () => {
    const root = path.join(work.dir, 'c');
    const file = writePackage(root);
    run(file);
    if (nodeCaches) return expect(cacheFiles(root)).toEqual([]);
    const [first] = cacheFiles(root);
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('helper.double(n)', 'helper.double(1)'));
    fs.utimesSync(file, atime, mtime);
    expect(run(file)).toEqual({ twice: 2, sameAsRequire: true, status: 'missing' });
    // The previous version's cache gave way to this one's.
    const [second, ...others] = cacheFiles(root);
    expect(others).toEqual([]);
    expect(second).not.toBe(first);
  });

  it('leaves a module outside node_modules to require, and an error in a module to its caller', () => {
    const root = path.join(work.dir, 'd');
    writeTree(root, { 'plain.js': 'exports.value = 1;\n', 'node_modules/bad/index.js': 'throw new Error("bad module");\n' });
    expect(requireCached(path.join(root, 'plain.js'))).toEqual({ value: 1 });
    const bad = path.join(root, 'node_modules/bad/index.js');
    expect(() => requireCached(bad)).toThrow('bad module');
    expect(require.cache[bad]).toBeUndefined();
    saveCodeCaches();
    expect(cacheFiles(root)).toEqual([]);
  });
});
