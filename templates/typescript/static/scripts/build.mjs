// Builds dist/esm and dist/cjs: the TypeScript compiler emits each format's modules and declarations, then
// esbuild joins the modules of each format into one file. ESM keeps a chunk for each part the client loads on
// demand with `import()`. Node's ES module loader spends ~0.3-0.5 ms on every module it links and `require`
// ~0.1-0.2 ms on every module it resolves, reads and wraps, so one file instead of two dozen halves the time
// `import` or `require` takes. The CommonJS bundle is made from the compiler's CommonJS modules, not from the
// ES ones: each keeps the `exports.x =` form and stays a function that runs on its first `require` (parts
// loaded on demand run on first use), and tools that check a package's types against its JavaScript read
// that form correctly (from ES modules, esbuild's output makes them miss the default export).
// The package exports only its index, so no caller reaches a module the bundles folded in; the declarations
// keep the module layout (index.d.ts re-exports ./client.js and the rest). The package root says
// "type": "module"; dist/cjs/package.json overrides it.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const tsc = require.resolve('typescript/bin/tsc');
const esbuild = require('esbuild');
const dist = join(root, 'dist');

/** Compiles the sources with a tsconfig into a scratch folder, marked with the format's module type. */
function compile(config, name, type) {
  const outDir = join(dist, name);
  execFileSync(process.execPath, [tsc, '-p', join(root, config), '--outDir', outDir], { stdio: 'inherit' });
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type }) + '\n');
  return outDir;
}

/** Joins the compiler's modules into one format; Node built-ins and peer dependencies (`ws`) stay imports. */
function bundle(options) {
  const result = esbuild.buildSync({
    bundle: true,
    target: 'es2022',
    packages: 'external',
    external: ['node:*'],
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });
  if (result.errors.length > 0) process.exit(1);
}

/** Moves a format's declarations and package.json next to its bundle, and drops the compiled modules. */
function finish(modules, folder) {
  cpSync(modules, join(dist, folder), { recursive: true, filter: (source) => !source.endsWith('.js') });
  rmSync(modules, { recursive: true, force: true });
}

rmSync(dist, { recursive: true, force: true });

const esm = compile('tsconfig.json', 'esm-modules', 'module');
bundle({
  entryPoints: { index: join(esm, 'index.js') },
  outdir: join(dist, 'esm'),
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'neutral',
});
finish(esm, 'esm');

const cjs = compile('tsconfig.cjs.json', 'cjs-modules', 'commonjs');
bundle({
  entryPoints: [join(cjs, 'index.js')],
  outfile: join(dist, 'cjs', 'index.js'),
  format: 'cjs',
  platform: 'node',
});
finish(cjs, 'cjs');
