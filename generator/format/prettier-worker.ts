// A second thread for prettier when there is much code to format. Prettier is CPU-bound and single-threaded. On a
// large output (the resource modules of a 1,000-operation spec: ~550 KB, ~1 s) a worker thread formats the files
// handed to it while the main thread renders the rest (the format stage hands files over as they are rendered:
// format-output.ts), then both share what is left. It costs a thread, its own prettier and the syntax trees it
// builds (~+15–25 MB), which on a small output buys nothing: it starts once WORKER_THRESHOLD bytes wait.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { codeCacheFile, COMMONJS_WRAPPER } from '../code-cache.js';

/** Bytes of code waiting to be formatted from which a second thread pays for itself. */
export const WORKER_THRESHOLD = 300_000;

/** Jobs one worker can be handed (one claim slot each); later ones stay with the main thread. */
const MAX_JOBS = 16_384;

const require = createRequire(import.meta.url);

/** A file for the worker: its text, prettier's options, and the plugins (module paths) its parser needs. */
export interface WorkerJob {
  text: string;
  options: Record<string, unknown>;
  plugins: string[];
}

/** The formatted text, or prettier's error (message and location) for the caller to report; `claimed` when the
 * main thread took the job first; undefined when the worker is gone (the caller formats the file itself). */
export type WorkerResult = { text: string } | { error: { message: string; loc?: unknown } } | { claimed: true } | undefined;

// Plain JavaScript run by the worker (`eval`): no file to bundle or find beside the CLI's bundle, the same code
// from the sources and from the bundle. It takes its messages in order and formats a job unless the main thread
// claimed it first (one shared slot a job: 0 free, 1 the worker's, 2 the main thread's). Prettier's modules load
// through the code cache the main thread keeps (generator/code-cache.ts), which the worker only reads: a missing or
// refused cache costs the compile.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');
const { head, tail } = workerData.wrapper;
const codeCaches = new Map(Object.entries(workerData.codeCaches));
const requireCached = (file) => {
  let cachedData;
  try {
    cachedData = codeCaches.has(file) ? fs.readFileSync(codeCaches.get(file)) : undefined;
  } catch {}
  if (!cachedData) return require(file);
  const module = { exports: {} };
  const script = new vm.Script(head + fs.readFileSync(file, 'utf8').replace(/^#!.*/, '') + tail, { filename: file, cachedData });
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
};
const prettier = requireCached(workerData.standalone);
const claims = new Int32Array(workerData.claims);
const plugins = new Map();
const load = (file) => { if (!plugins.has(file)) plugins.set(file, requireCached(file)); return plugins.get(file); };
const format = async ({ id, text, options, plugins: names, codeCaches: more }) => {
  for (const [file, cache] of Object.entries(more)) codeCaches.set(file, cache);
  if (Atomics.compareExchange(claims, id, 0, 1) !== 0) return parentPort.postMessage({ id, claimed: true });
  try {
    parentPort.postMessage({ id, text: await prettier.format(text, { ...options, plugins: names.map(load) }) });
  } catch (err) {
    parentPort.postMessage({ id, error: { message: String((err && err.message) || err), loc: err && err.loc } });
  }
};
let chain = Promise.resolve();
parentPort.on('message', (job) => { chain = chain.then(() => format(job)); });
`;

/** The code cache file of each module (where there is one). */
function cachesOf(files: string[]): Record<string, string> {
  const caches: Record<string, string> = {};
  for (const file of files) {
    const cache = codeCacheFile(file);
    if (cache) caches[file] = cache;
  }
  return caches;
}

/** One worker thread, formatting the jobs handed to it in order; the main thread may claim any it has not begun. */
export class PrettierWorker {
  private readonly worker: Worker;
  private readonly claims = new Int32Array(new SharedArrayBuffer(MAX_JOBS * 4));
  private readonly pending = new Map<number, (result: WorkerResult) => void>();
  private next = 0;
  private gone = false;

  constructor() {
    const standalone = require.resolve('prettier/standalone');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        standalone,
        claims: this.claims.buffer,
        wrapper: COMMONJS_WRAPPER,
        codeCaches: cachesOf([standalone]),
      },
    });
    this.worker.on('message', ({ id, ...result }: { id: number } & NonNullable<WorkerResult>) => {
      this.pending.get(id)?.(result);
      this.pending.delete(id);
    });
    // A worker that cannot start or dies leaves its jobs to the caller.
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  private fail(): void {
    this.gone = true;
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }

  /** Hands a job over; undefined when the worker cannot take it (gone, or full). */
  add(job: WorkerJob): { id: number; result: Promise<WorkerResult> } | undefined {
    if (this.gone || this.next >= MAX_JOBS) return undefined;
    const id = this.next++;
    const result = new Promise<WorkerResult>((resolve) => this.pending.set(id, resolve));
    this.worker.postMessage({ id, ...job, codeCaches: cachesOf(job.plugins) });
    return { id, result };
  }

  /** Takes a job back for the main thread: true unless the worker has begun it. */
  claim(id: number): boolean {
    return Atomics.compareExchange(this.claims, id, 0, 2) === 0;
  }

  /** Stops the thread; a job it has not answered (one the main thread claimed) resolves as undefined. */
  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    this.fail();
    await this.worker.terminate();
  }
}
