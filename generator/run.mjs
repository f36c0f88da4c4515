#!/usr/bin/env node
// @ts-check
// Runs the generator's CLI compiled: `npm run generate` starts here. The TypeScript sources are bundled
// with esbuild (dependencies left external) into node_modules/.cache the first time and whenever a source
// changes (content hash, not timestamps), then the bundle runs on plain Node. Running the sources through a
// TypeScript loader instead costs ~0.3 s on every run (loader hooks on a separate thread, per-module
// transforms); `tsx generator/cli.ts` still works, for debugging with the sources.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
 * Compiled code kept between runs, through Node's public switch (module.enableCompileCache, Node 22.1+): the largest
 * modules a run loads (TypeScript's 9 MB compiler, needed by openapi-typescript, and prettier) then skip most of their
 * compilation. Node 20 has no such switch: there generator/code-cache.ts keeps V8's code cache of those modules.
 */
function useCompileCache() {
  const enable = /** @type {{ enableCompileCache?: (dir: string) => unknown }} */ (Module).enableCompileCache;
  // It reports a cache it cannot use (a folder not writable) in its result rather than throwing: the run compiles.
  if (typeof enable === 'function') enable(path.join(CACHE, 'v8'));
}

await bundle();
useCompileCache();
await import(pathToFileURL(BUNDLE).href);
