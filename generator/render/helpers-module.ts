// Loads a template set's helpers module (`helpersModule` in its manifest), the one path for every set. A module
// written in TypeScript is bundled once with esbuild (dependencies left external, as generator/run.mjs does for the
// CLI) into node_modules/.cache and the bundle is imported: a TypeScript loader costs ~0.3 s on every run, a
// bundle ~20 ms. The bundle is rebuilt when a file it was built from changes (content hashes of esbuild's own list
// of inputs, not timestamps) or esbuild's version does.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GeneratorError, problem } from '../errors.js';
import type { ApiModel } from '../ir/types.js';
import { requireCached } from '../code-cache.js';
import { cacheFolder, writeAtomically } from './cache-files.js';
import type { Helper } from './helpers/core.js';

const require = createRequire(import.meta.url);

/** What a build was made from: each input file's hash, the bundler's version, and the bundle it wrote. */
interface Stamp {
  /** The helpers module (absolute path). */
  module: string;
  bundler: string;
  inputs: Record<string, string>;
  bundle: string;
}

/** The module a set imports the generator's neutral helpers and IR types from. */
export const HELPERS_SPECIFIER = 'openapi-client-generator/helpers';

/** Resolves HELPERS_SPECIFIER to the generator's own sources, which the bundle then includes. */
const generatorHelpers: import('esbuild').Plugin = {
  name: 'generator-helpers',
  setup(build) {
    build.onResolve({ filter: /^openapi-client-generator\/helpers$/ }, () => ({ path: helpersEntry() }));
  },
};

/** generator/render/helpers/index.ts: beside this module when it runs from the sources, else (the CLI runs from a
 * bundle in the project's node_modules/.cache) in the nearest folder up that holds the generator. */
function helpersEntry(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, 'helpers', 'index.ts');
  if (fs.existsSync(beside)) return beside;
  for (let dir = here; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'generator', 'render', 'helpers', 'index.ts');
    if (fs.existsSync(candidate)) return candidate;
  }
  return beside;
}

const HINT = 'export default a function that takes the IR and returns an object of helper functions';

/** A template set's own helpers: the module's default export is `(model) => ({ name: fn, ... })`. */
export async function loadHelpersModule(file: string, model: ApiModel, codeCache: string[] = []): Promise<Record<string, Helper>> {
  const fail = (message: string, hint = HINT): never => {
    throw new GeneratorError(problem('helpers-module-invalid', message, hint, { file }));
  };
  const url = /\.[mc]?ts$/.test(file) ? (await bundledHelpers(file, fail)).url : pathToFileURL(file).href;
  preload(url, codeCache);
  let loaded: { default?: unknown };
  try {
    loaded = (await import(url)) as { default?: unknown };
  } catch (err) {
    return fail(`the helpers module cannot be loaded: ${(err as Error).message.split('\n')[0]}`);
  }
  if (typeof loaded.default !== 'function') return fail('the helpers module has no default export function');
  const helpers = (loaded.default as (m: ApiModel) => unknown)(model);
  if (!helpers || typeof helpers !== 'object' || !Object.values(helpers).every((h) => typeof h === 'function')) {
    return fail('the helpers module must return an object whose values are functions');
  }
  return helpers as Record<string, Helper>;
}

/** The set's `codeCache` packages, loaded through the code cache where the module's own `require` resolves them. A
 * package that does not resolve or load here is left to the helpers module, which reports it as it would anyway. */
function preload(moduleUrl: string, packages: string[]): void {
  const resolve = createRequire(fileURLToPath(moduleUrl)).resolve;
  for (const name of packages) {
    try {
      requireCached(resolve(name));
    } catch {
      // (see above)
    }
  }
}

/**
 * The URL of the bundle of a TypeScript helpers module, built when missing or stale. The cache sits in the
 * node_modules that holds esbuild, so the bundle's bare imports (`typescript`, ...) resolve from there.
 */
export async function bundledHelpers(
  file: string,
  fail: (message: string, hint?: string) => never,
): Promise<{ url: string; built: boolean }> {
  let bundlerPackage: string;
  try {
    bundlerPackage = require.resolve('esbuild/package.json');
  } catch {
    return fail(
      'the helpers module is TypeScript, and esbuild, which compiles it, is not installed',
      'run `npm ci` in the generator, or point `helpersModule` at a JavaScript (.js or .mjs) module',
    );
  }
  const bundler = (JSON.parse(fs.readFileSync(bundlerPackage, 'utf8')) as { version: string }).version;
  const cache = cacheFolder(bundlerPackage, 'helpers');
  // One stamp per module (by its absolute path): two sets never share a build, one set's rebuilds replace its own.
  const key = createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 16);
  const stampFile = path.join(cache, `${key}.json`);
  const stamp = readStamp(stampFile);
  if (stamp && stamp.bundler === bundler && fs.existsSync(path.join(cache, stamp.bundle)) && unchanged(stamp.inputs))
    return { url: pathToFileURL(path.join(cache, stamp.bundle)).href, built: false };

  const esbuild = await import('esbuild');
  let result: import('esbuild').BuildResult<{ metafile: true; write: false }>;
  try {
    result = await esbuild.build({
      entryPoints: [file],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      metafile: true,
      write: false,
      logLevel: 'silent',
      absWorkingDir: path.dirname(file),
      plugins: [generatorHelpers],
    });
  } catch (err) {
    // esbuild's first error, located in the file it is in (the module or one it imports).
    type Message = { text: string; location?: { file: string; line: number; column: number } | null };
    const first = (err as { errors?: Message[] }).errors?.[0];
    const at = first?.location;
    throw new GeneratorError(
      problem(
        'helpers-module-invalid',
        `the helpers module cannot be compiled: ${first?.text ?? (err as Error).message.split('\n')[0]}`,
        'fix the error',
        at ? { file: path.resolve(path.dirname(file), at.file), line: at.line, column: at.column + 1 } : { file },
      ),
    );
  }
  const code = result.outputFiles[0]!.contents;
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const absolute = path.resolve(path.dirname(file), input);
    inputs[absolute] = hashFile(absolute) ?? '';
  }
  // Named by its content: a bundle is never rewritten, so a concurrent run imports either the old one or the new.
  const bundle = `${key}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  try {
    fs.mkdirSync(cache, { recursive: true });
    writeAtomically(path.join(cache, bundle), code);
    writeAtomically(stampFile, JSON.stringify({ module: path.resolve(file), bundler, inputs, bundle } satisfies Stamp));
  } catch (err) {
    return fail(
      `the compiled helpers cannot be written to ${cache}: ${(err as Error).message.split('\n')[0]}`,
      'make that folder writable (it is a cache: deleting it is safe)',
    );
  }
  prune(cache, key, bundle);
  return { url: pathToFileURL(path.join(cache, bundle)).href, built: true };
}

/**
 * After a build: the bundles it replaced, and the builds of modules that no longer exist (a set copied to a
 * temporary folder, then deleted), leave the cache. A bundle another run may still be importing is kept a minute.
 */
function prune(cache: string, key: string, current: string): void {
  const stale = Date.now() - 60_000;
  for (const name of fs.readdirSync(cache)) {
    const file = path.join(cache, name);
    try {
      if (name.endsWith('.mjs') && name.startsWith(`${key}-`) && name !== current && fs.statSync(file).mtimeMs < stale) fs.rmSync(file);
      if (!name.endsWith('.json')) continue;
      const stamp = readStamp(file);
      if (stamp && !fs.existsSync(stamp.module) && fs.statSync(file).mtimeMs < stale) {
        fs.rmSync(path.join(cache, stamp.bundle), { force: true });
        fs.rmSync(file, { force: true });
      }
    } catch {
      // Removed by another run meanwhile, or unreadable: the next build tries again.
    }
  }
}

function readStamp(file: string): Stamp | undefined {
  try {
    const stamp = JSON.parse(fs.readFileSync(file, 'utf8')) as Stamp;
    return typeof stamp.bundle === 'string' && typeof stamp.module === 'string' && stamp.inputs && typeof stamp.inputs === 'object'
      ? stamp
      : undefined;
  } catch {
    return undefined;
  }
}

function unchanged(inputs: Record<string, string>): boolean {
  return Object.entries(inputs).every(([file, hash]) => hashFile(file) === hash);
}

function hashFile(file: string): string | undefined {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}
