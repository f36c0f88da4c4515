// The generated package builds with its own script into ESM and CommonJS, and both load and run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARTESIA_OUT, REPO, tempDir } from '../support/paths.js';

let work: ReturnType<typeof tempDir>;
let pkg: string;

beforeAll(() => {
  work = tempDir('pkg-build-');
  // Installed under its own name, so that imports go through the package's `exports` map.
  pkg = path.join(work.dir, 'node_modules/@cartesia-gen/client');
  fs.cpSync(CARTESIA_OUT, pkg, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
  // The package's build script resolves its devDependency `typescript` from its own node_modules.
  fs.mkdirSync(path.join(pkg, 'node_modules'), { recursive: true });
  fs.symlinkSync(path.join(REPO, 'node_modules/typescript'), path.join(pkg, 'node_modules/typescript'), 'dir');
  execFileSync(process.execPath, [path.join(pkg, 'scripts/build.mjs')], { cwd: pkg, stdio: 'pipe' });
}, 180_000);

afterAll(() => work.cleanup());

const probe = (kind: 'esm' | 'cjs') =>
  kind === 'esm'
    ? `import { Cartesia, NotFoundError } from '@cartesia-gen/client'; const c = new Cartesia({ apiKey: 'k', baseURL: 'http://127.0.0.1:9' }); console.log(typeof c.voices.list, typeof NotFoundError, c.version);`
    : `const { Cartesia, NotFoundError } = require('@cartesia-gen/client'); const c = new Cartesia({ apiKey: 'k', baseURL: 'http://127.0.0.1:9' }); console.log(typeof c.voices.list, typeof NotFoundError, c.version);`;

describe('the built package', () => {
  it('emits JavaScript and declarations for both module formats', () => {
    for (const folder of ['esm', 'cjs']) {
      expect(fs.existsSync(path.join(pkg, 'dist', folder, 'index.js'))).toBe(true);
      expect(fs.existsSync(path.join(pkg, 'dist', folder, 'index.d.ts'))).toBe(true);
    }
    expect(JSON.parse(fs.readFileSync(path.join(pkg, 'dist/cjs/package.json'), 'utf8'))).toEqual({ type: 'commonjs' });
    expect(fs.readFileSync(path.join(pkg, 'dist/cjs/index.js'), 'utf8')).toMatch(/exports\./);
    expect(fs.readFileSync(path.join(pkg, 'dist/esm/index.js'), 'utf8')).toMatch(/^export /m);
  });

  it.each(['esm', 'cjs'] as const)('loads through package exports as %s and constructs a client', (kind) => {
    const args = kind === 'esm' ? ['--input-type=module', '-e', probe(kind)] : ['-e', probe(kind)];
    const output = execFileSync(process.execPath, args, { cwd: work.dir, encoding: 'utf8' });
    expect(output.trim()).toBe('function function 2025-11-04');
  });
});
