// Paths, settings and fixtures shared by the sections: the temp folder and the built, installed packages.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkBuildTools } from '../../test/package/support/package.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CARTESIA_SPEC = path.join(REPO, 'spec/cartesia.yaml');
export const CARTESIA_OUT = path.join(REPO, 'generated/typescript');
export const OFFICIAL_PACKAGE = '@cartesia/cartesia-js';

export interface InstalledPackages {
  /** A folder whose node_modules holds the built generated client and a copy of the official client. */
  root: string;
  /** The generated package's name (from its package.json), e.g. `@cartesia-gen/client`. */
  oursName: string;
  /** Absolute paths of the built entry points. */
  oursEsm: string;
  oursCjs: string;
  officialEsm: string;
  officialCjs: string;
  buildMs: number;
}

export interface BenchContext {
  tmp: string;
  /** Fewer repetitions and smaller sizes (BENCH_QUICK=1), for trying the suite out. */
  quick: boolean;
  log(message: string): void;
  /** The generated client built with its own script and installed, with the official client beside it. */
  packages(): Promise<InstalledPackages>;
}

export function createContext(quick: boolean): BenchContext {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocg-bench-'));
  let packages: Promise<InstalledPackages> | undefined;
  const ctx: BenchContext = {
    tmp,
    quick,
    log: (message) => process.stderr.write(`  … ${message}\n`),
    packages: () => (packages ??= Promise.resolve().then(() => buildPackages(ctx))),
  };
  return ctx;
}

/**
 * Builds the generated package the way a maintainer does (a copy outside any node_modules, TypeScript linked
 * in, `scripts/build.mjs`), then installs the build and the official client under `<tmp>/app/node_modules`.
 */
function buildPackages(ctx: BenchContext): InstalledPackages {
  const start = performance.now();
  ctx.log('building the generated package (dist/esm + dist/cjs)');
  const source = path.join(ctx.tmp, 'client-build');
  fs.cpSync(CARTESIA_OUT, source, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
  linkBuildTools(source);
  execFileSync(process.execPath, [path.join(source, 'scripts/build.mjs')], { cwd: source, stdio: 'pipe' });
  const oursName = (JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as { name: string }).name;

  const root = path.join(ctx.tmp, 'app');
  const ours = path.join(root, 'node_modules', oursName);
  fs.cpSync(source, ours, { recursive: true, filter: (src) => !/[/\\]node_modules$/.test(src) });
  const official = path.join(root, 'node_modules', OFFICIAL_PACKAGE);
  fs.cpSync(path.join(REPO, 'node_modules', OFFICIAL_PACKAGE), official, { recursive: true, dereference: true });
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'bench-app', private: true }) + '\n');
  return {
    root,
    oursName,
    oursEsm: path.join(ours, 'dist/esm/index.js'),
    oursCjs: path.join(ours, 'dist/cjs/index.js'),
    officialEsm: path.join(official, 'index.mjs'),
    officialCjs: path.join(official, 'index.js'),
    buildMs: performance.now() - start,
  };
}

/** Operations in a single-file or multi-file spec: methods with `responses` under `paths` of the root file. */
export function countOperations(doc: { paths?: Record<string, unknown> }): number {
  return Object.values(doc.paths ?? {}).flatMap((item) =>
    Object.values((item ?? {}) as object).filter((op) => op && typeof op === 'object' && 'responses' in op),
  ).length;
}
