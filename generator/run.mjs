#!/usr/bin/env node
// @ts-check
// Runs the generator's CLI compiled: `npm run generate` starts here. The TypeScript sources are bundled
// with esbuild (dependencies left external) into node_modules/.cache the first time and whenever a source
// changes (content hash, not timestamps), then the bundle runs on plain Node. Running the sources through a
// TypeScript loader instead costs ~0.3 s on every run (loader hooks on a separate thread, per-module
// transforms); `tsx generator/cli.ts` still works, for debugging with the sources.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(HERE);
const CACHE = path.join(REPO, 'node_modules', '.cache', 'openapi-client-generator');
const BUILD = path.join(CACHE, 'cli');
const BUNDLE = path.join(BUILD, 'cli.mjs');
const STAMP = path.join(CACHE, 'cli.sha256');

/** The generator's sources (every .ts under generator/), sorted, for a hash of what the bundle is built from. */
function sources(dir = HERE) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sources(full));
    else if (entry.name.endsWith('.ts')) files.push(full);
  }
  return files.sort();
}

async function bundle() {
  const hash = createHash('sha256');
  for (const file of sources()) hash.update(path.relative(HERE, file)).update('\0').update(fs.readFileSync(file));
  // The bundler's version counts too (read from its package.json: importing it costs more than the check).
  hash.update(fs.readFileSync(path.join(REPO, 'node_modules', 'esbuild', 'package.json')));
  const digest = hash.digest('hex');
  if (fs.existsSync(BUNDLE) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === digest) return;

  const esbuild = await import('esbuild');

  fs.mkdirSync(CACHE, { recursive: true });
  // Built beside the final folder, then swapped in: a concurrent run never imports a half-written bundle.
  const temporary = path.join(CACHE, `cli.${process.pid}`);
  await esbuild.build({
    entryPoints: { cli: path.join(HERE, 'cli.ts') },
    outdir: temporary,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Code behind `import()` stays behind it (in chunks of its own): the public-surface reader and the
    // ts-morph it needs load only when there is a previous output to compare with.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  const previous = path.join(CACHE, `cli.old.${process.pid}`);
  try {
    if (fs.existsSync(BUILD)) fs.renameSync(BUILD, previous);
    fs.renameSync(temporary, BUILD);
  } catch (error) {
    // Another run swapped in the same build meanwhile: keep that one.
    fs.rmSync(temporary, { recursive: true, force: true });
    if (!fs.existsSync(BUNDLE)) throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
  fs.writeFileSync(STAMP, digest);
}

/**
 * Compiled code kept between runs. Node 22.1+ does it for every module (module.enableCompileCache). Node 20
 * has no such switch, so the largest CommonJS modules a run loads (TypeScript's 9 MB compiler, needed by
 * openapi-typescript, and prettier's standalone build and plugins) are compiled here through V8's code cache
 * when they are first required: ~150 ms less per run. The cache of a module is written when the process ends,
 * so it holds the functions the run compiled lazily too. Anything unexpected falls back to a plain load.
 */
function useCompileCache() {
  const dir = path.join(CACHE, 'v8');
  const enable = /** @type {{ enableCompileCache?: (dir: string) => unknown }} */ (Module).enableCompileCache;
  if (typeof enable === 'function') {
    enable(dir);
    return;
  }
  const require = createRequire(path.join(REPO, 'package.json'));
  /** @type {Map<string, string>} file → cache file, named by the package version and Node's (V8 also checks the source). */
  const cached = new Map();
  for (const [pkg, modules] of [
    ['typescript', ['typescript']],
    [
      'prettier',
      ['prettier/standalone', ...['babel', 'estree', 'markdown', 'yaml', 'postcss', 'html', 'graphql'].map((p) => `prettier/plugins/${p}`)],
    ],
  ]) {
    try {
      const { version } = require(`${pkg}/package.json`);
      for (const id of modules) {
        const file = require.resolve(id);
        cached.set(file, path.join(dir, `${id.replace(/\//g, '-')}-${version}-node-${process.version}.bin`));
      }
    } catch {
      // Not installed here: nothing to cache.
    }
  }
  const extensions = /** @type {{ _extensions: Record<string, (module: Module, file: string) => void> }} */ (
    /** @type {unknown} */ (Module)
  )._extensions;
  const plain = extensions['.js'];
  extensions['.js'] = function (module, file) {
    const cacheFile = cached.get(file);
    if (!cacheFile) return plain.call(this, module, file);
    let cachedData;
    let script;
    try {
      cachedData = fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
      script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
    } catch {
      return plain.call(this, module, file);
    }
    // The module runs once, as a plain `require` would run it (its own errors propagate as they would there).
    script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
    if (!cachedData || script.cachedDataRejected) {
      process.once('exit', () => {
        try {
          // Written aside and renamed: a concurrent run reads the old cache or the new one, never half of one.
          fs.mkdirSync(dir, { recursive: true });
          const partial = `${cacheFile}.${process.pid}`;
          fs.writeFileSync(partial, script.createCachedData());
          fs.renameSync(partial, cacheFile);
        } catch {
          // The next run compiles again.
        }
      });
    }
  };
}

await bundle();
useCompileCache();
await import(pathToFileURL(BUNDLE).href);
