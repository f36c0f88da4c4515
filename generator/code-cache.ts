// V8's code cache for the large CommonJS modules a run loads (TypeScript's 9 MB compiler, which a template set's
// helpers may need, and prettier), kept between runs in node_modules/.cache. Compiling TypeScript's compiler costs
// ~0.2 s of every run; from the cache, ~0.05 s (and ~0.01 s to hash its source, which names the cache). Node 22.1+ has its own compile cache (generator/run.mjs turns it
// on): there, and whenever anything here fails, modules load with plain `require`. Built on public APIs only
// (vm.Script's cachedData; require.cache, whose documentation allows adding entries), so no loader internals are
// patched: a module loaded here is entered in require.cache, where every later `require` of the same file (from any
// package) finds it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { writeAtomically } from './render/cache-files.js';

const require = createRequire(import.meta.url);

interface Loaded {
  script: vm.Script;
  cacheFile: string;
  /** What became of the cache file this run: none yet, taken, or refused by V8. */
  status: CacheStatus;
  /** Whether the cache file must be (re)written: it was missing, or V8 refused it (another V8, other flags). */
  stale: boolean;
}

const loaded = new Map<string, Loaded>();

/** Node's own compile cache exists (and run.mjs enabled it): nothing to do here. */
const nodeCaches = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

/** `require(file)` for a CommonJS file (an absolute path), compiled with a code cache when one is useful. */
export function requireCached(file: string): unknown {
  const cached = require.cache[file];
  if (cached) return cached.exports;
  const source = nodeCaches ? undefined : readSource(file);
  const cacheFile = source === undefined ? undefined : cacheFileFor(file, source);
  if (source === undefined || !cacheFile) return require(file);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapped = wrapCommonJs(source);
  const script = new vm.Script(wrapped, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    // `import()` inside the module resolves as it would in a module Node loaded (where the constant exists).
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  } as vm.ScriptOptions);
  // The module object, as much of it as `require.cache` documents (`exports`) and its users read; entered before it
  // runs, as Node does: a module that requires itself back (a cycle) gets the partial exports.
  const module = { id: file, filename: file, path: path.dirname(file), exports: {}, loaded: false, children: [], paths: [] };
  require.cache[file] = module as unknown as NodeJS.Module;
  try {
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  } catch (err) {
    delete require.cache[file];
    throw err;
  }
  module.loaded = true;
  const status: CacheStatus = !cachedData ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'used';
  loaded.set(file, { script, cacheFile, status, stale: status !== 'used' });
  return module.exports;
}

/** The wrapper Node's loader puts around a CommonJS file; the format worker's loader (prettier-worker.ts) uses it too. */
export const COMMONJS_WRAPPER = { head: '(function (exports, require, module, __filename, __dirname) { ', tail: '\n})' };

/** A CommonJS file's source wrapped as Node's loader wraps it (a leading `#!` line is a comment to it). */
function wrapCommonJs(source: string): string {
  return COMMONJS_WRAPPER.head + source.replace(/^#!.*/, '') + COMMONJS_WRAPPER.tail;
}

export type CacheStatus = 'missing' | 'used' | 'rejected';

/** How `requireCached` last loaded `file`; undefined when it left the file to `require`. */
export function cacheStatus(file: string): CacheStatus | undefined {
  return loaded.get(file)?.status;
}

/**
 * Writes the code cache of each module loaded without a usable one. Called at the end of a run: V8 then includes
 * the functions the run compiled (most of a module's cost is compiling its functions on first call, not its top
 * level). A cache that cannot be written is skipped: the next run compiles again.
 */
export function saveCodeCaches(): void {
  for (const entry of loaded.values()) {
    if (!entry.stale) continue;
    entry.stale = false;
    try {
      fs.mkdirSync(path.dirname(entry.cacheFile), { recursive: true });
      writeAtomically(entry.cacheFile, entry.script.createCachedData());
      // Older caches of the same module (another install of it, another Node) are this folder's own files.
      const prefix = path.basename(entry.cacheFile).replace(/[0-9a-f]{16}\.v8$/, '');
      for (const name of fs.readdirSync(path.dirname(entry.cacheFile))) {
        if (name.startsWith(prefix) && name.endsWith('.v8') && name !== path.basename(entry.cacheFile))
          fs.rmSync(path.join(path.dirname(entry.cacheFile), name), { force: true });
      }
    } catch {
      // The cache is an optimisation: an unwritable node_modules only costs the next run the compile time.
    }
  }
}

/** The code cache file for `file` where this module keeps one (a Node without its own compile cache, a file in a
 * node_modules), for a worker thread that loads the module itself and only reads the cache. */
export function codeCacheFile(file: string): string | undefined {
  if (nodeCaches) return undefined;
  if (cacheFiles.has(file)) return cacheFiles.get(file);
  const source = readSource(file);
  return source === undefined ? undefined : cacheFileFor(file, source);
}

function readSource(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const cacheFiles = new Map<string, string | undefined>();

/**
 * Where the cache of `file` goes: node_modules/.cache/openapi-client-generator/code-cache in the node_modules that
 * holds it (undefined outside one), named by a hash of the source and of Node's version. V8 checks a cache against
 * the source's length only, and npm gives every installed file the same time: a name from the size and time would
 * hand a new version of a module of the same length the old one's code.
 */
function cacheFileFor(file: string, source: string): string | undefined {
  if (cacheFiles.has(file)) return cacheFiles.get(file);
  const at = file.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  let cacheFile: string | undefined;
  if (at >= 0) {
    // The module's own part of the name (its path), then the version's (source, Node): the caches of one module share
    // the first, so saveCodeCaches replaces an old one without touching another module's of the same file name.
    const owner = createHash('sha256').update(file).digest('hex').slice(0, 8);
    const key = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex').slice(0, 16);
    cacheFile = path.join(
      file.slice(0, at),
      'node_modules',
      '.cache',
      'openapi-client-generator',
      'code-cache',
      `${path.basename(file)}-${owner}-${key}.v8`,
    );
  }
  cacheFiles.set(file, cacheFile);
  return cacheFile;
}
