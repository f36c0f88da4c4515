// The generated package builds with its own script into ESM and CommonJS, and both load and run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy } from '../package/support/package.js';
import { tempDir } from '../support/paths.js';

let work: ReturnType<typeof tempDir>;
let pkg: string;

beforeAll(() => {
  work = tempDir('pkg-build-');
  // Built where a maintainer builds it (TypeScript treats sources inside node_modules as dependencies)...
  const source = buildCopy(work.dir);
  // ...then installed under its own name, so that imports go through the package's `exports` map.
  pkg = path.join(work.dir, 'node_modules/@cartesia-gen/client');
  fs.cpSync(source, pkg, { recursive: true, filter: (src) => !/[/\\]node_modules$/.test(src) });
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
    // CommonJS is one file: it requires no module of its own.
    expect(fs.readFileSync(path.join(pkg, 'dist/cjs/index.js'), 'utf8')).not.toMatch(/\brequire\(["']\.\.?\//);
    expect(fs.readFileSync(path.join(pkg, 'dist/esm/index.js'), 'utf8')).toMatch(/^export /m);
  });

  it.each(['esm', 'cjs'] as const)('loads through package exports as %s and constructs a client', (kind) => {
    const args = kind === 'esm' ? ['--input-type=module', '-e', probe(kind)] : ['-e', probe(kind)];
    const output = execFileSync(process.execPath, args, { cwd: work.dir, encoding: 'utf8' });
    expect(output.trim()).toBe('function function 2026-08-14');
  });
});
