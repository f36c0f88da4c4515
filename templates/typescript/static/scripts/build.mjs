// Builds dist/esm and dist/cjs with the TypeScript compiler. For ESM, esbuild then joins the compiler's modules
// into one (plus a chunk for each part the client loads on demand with `import()`): Node's ES module loader
// spends ~0.3-0.5 ms on every module it links, so importing one file instead of two dozen halves the time
// `import` takes. CommonJS keeps the compiler's modules: `require` is synchronous and cheap per module, and the
// compiler's `exports.x =` form is what tools that check a package's types against its JavaScript understand.
// The package exports only its index, so no caller reaches a module the bundle folded in; the declarations
// keep the module layout (index.d.ts re-exports ./client.js and the rest). The package root says
// "type": "module"; dist/cjs/package.json overrides it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const tsc = require.resolve('typescript/bin/tsc');
const dist = join(root, 'dist');

const compile = (config, outDir) =>
  execFileSync(process.execPath, [tsc, '-p', join(root, config), '--outDir', outDir], { stdio: 'inherit' });

/** Moves the compiler's declarations from one tree into another, keeping their paths. */
function moveDeclarations(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) moveDeclarations(source, join(to, entry.name));
    else if (entry.name.endsWith('.d.ts')) renameSync(source, join(to, entry.name));
  }
}

rmSync(dist, { recursive: true, force: true });

const modules = join(dist, 'esm-modules');
compile('tsconfig.json', modules);
const result = require('esbuild').buildSync({
  entryPoints: { index: join(modules, 'index.js') },
  outdir: join(dist, 'esm'),
  bundle: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'neutral',
  target: 'es2022',
  // Optional peer dependencies (`ws`) and Node built-ins stay imports, resolved where the client runs.
  packages: 'external',
  external: ['node:*'],
  legalComments: 'none',
  logLevel: 'warning',
});
if (result.errors.length > 0) process.exit(1);
moveDeclarations(modules, join(dist, 'esm'));
rmSync(modules, { recursive: true, force: true });

compile('tsconfig.cjs.json', join(dist, 'cjs'));

for (const [folder, type] of [
  ['esm', 'module'],
  ['cjs', 'commonjs'],
]) {
  writeFileSync(join(dist, folder, 'package.json'), JSON.stringify({ type }) + '\n');
}
