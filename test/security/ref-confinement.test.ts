// A `$ref` reads only regular files under the spec's folder (or a folder allowed with --allow-ref-dir): system
// files, files beside the project, devices, FIFOs, folders and links that lead out are refused at the $ref,
// through the real command line, without reading them (a FIFO that was opened would hang the run).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/load-spec.js';
import { CRASH, runCliBounded } from '../support/cli.js';
import { tempDir, writeTree } from '../support/paths.js';

const SECRET = 'sk-SECRET-outside-7f3a';
let work: ReturnType<typeof tempDir>;
let specDir: string;
let outside: string;

const cli = (args: string[]) => runCliBounded(args);

/** A spec in the spec folder whose one schema is `$ref: <ref>` (the $ref sits on line 5). */
function specWithRef(name: string, ref: string): string {
  const file = path.join(specDir, name);
  fs.writeFileSync(
    file,
    `openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  schemas: { A: { $ref: '${ref}' } }\n`,
  );
  return file;
}

function expectRefused(result: ReturnType<typeof cli>, code: string, spec: string): void {
  expect(result.signal, 'the run ended by itself (it did not hang)').toBeNull();
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).toContain(`error[${code}]`);
  expect(result.stderr).toContain(`${path.basename(spec)}:5:`);
  expect(result.stderr).not.toMatch(CRASH);
  expect(result.stdout + result.stderr).not.toContain(SECRET);
  expect(result.stdout + result.stderr).not.toContain('root:x:0');
}

beforeAll(() => {
  work = tempDir('ref-confinement-');
  specDir = path.join(work.dir, 'api');
  outside = path.join(work.dir, 'outside');
  writeTree(work.dir, {
    'api/schemas/pet.yaml': 'Pet: { type: string }\n',
    'api/folder/inner.yaml': 'X: { type: string }\n',
    // Like ~/.npmrc or a kubeconfig: a credential beside the project, valid YAML with the pointer the ref names.
    'outside/npmrc.yaml': `A: { type: string }\n_authToken: ${SECRET}\n`,
  });
  fs.symlinkSync(path.join(outside, 'npmrc.yaml'), path.join(specDir, 'link.yaml'));
  execFileSync('mkfifo', [path.join(specDir, 'pipe.yaml')]);
  // Sparse: 21 MiB on paper, no disk used; refused from its size before any byte is read.
  fs.writeFileSync(path.join(specDir, 'big.yaml'), '');
  fs.truncateSync(path.join(specDir, 'big.yaml'), 21 * 1024 * 1024);
}, 30_000);
afterAll(() => work.cleanup());

describe('$ref confinement', () => {
  it.each([
    ['a system file by absolute path', '/etc/passwd'],
    ['a credential beside the project through ..', '../outside/npmrc.yaml#/A'],
    ['a credential by absolute path', () => `${path.join(outside, 'npmrc.yaml')}#/A`],
    ['a path that climbs out through a subfolder', './schemas/../../outside/npmrc.yaml#/A'],
    ['a percent-encoded ..', '%2e%2e/outside/npmrc.yaml#/A'],
    ['a symlink inside the folder that leads out', './link.yaml#/A'],
    ['a device', '/dev/zero'],
  ])('refuses %s with ref-outside-root, located at the $ref', (_, ref) => {
    const spec = specWithRef('outside.yaml', typeof ref === 'function' ? ref() : ref);
    expectRefused(cli(['validate', '--spec', spec]), 'ref-outside-root', spec);
  });

  it('names the flag that widens the rule', () => {
    const spec = specWithRef('hint.yaml', '../outside/npmrc.yaml#/A');
    expect(cli(['validate', '--spec', spec]).stderr).toContain('--allow-ref-dir');
  });

  it.each([
    ['a FIFO (opening it would block the run)', './pipe.yaml#/A'],
    ['a folder', './folder'],
  ])('refuses %s inside the folder with ref-not-a-file', (_, ref) => {
    const spec = specWithRef('not-a-file.yaml', ref);
    expectRefused(cli(['validate', '--spec', spec]), 'ref-not-a-file', spec);
  });

  it('refuses a device even in an allowed folder, without reading it', () => {
    const spec = specWithRef('device.yaml', '/dev/zero');
    expectRefused(cli(['validate', '--spec', spec, '--allow-ref-dir', '/dev']), 'ref-not-a-file', spec);
  });

  it('refuses a referenced file over the size limit before reading it', () => {
    const spec = specWithRef('big-ref.yaml', './big.yaml#/A');
    const result = cli(['validate', '--spec', spec]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('error[spec-too-large]');
  });

  it('still follows $refs to regular files under the folder', () => {
    const spec = specWithRef('inside.yaml', './schemas/pet.yaml#/Pet');
    const result = cli(['validate', '--spec', spec]);
    expect(result.status, result.stderr).toBe(0);
  });

  it('--allow-ref-dir widens the rule to a named folder (generate and validate)', () => {
    const spec = specWithRef('widened.yaml', '../outside/npmrc.yaml#/A');
    const validate = cli(['validate', '--spec', spec, '--allow-ref-dir', outside]);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('is valid');
    const out = path.join(work.dir, 'out');
    const generate = cli(['generate', '--spec', spec, '--allow-ref-dir', outside, '--out', out]);
    expect(generate.status, generate.stderr).toBe(0);
    expect(fs.existsSync(path.join(out, 'package.json'))).toBe(true);
  });

  it('--allow-ref-dir naming a folder that does not exist is an error, not a silent no-op', () => {
    const spec = specWithRef('missing-dir.yaml', './schemas/pet.yaml#/Pet');
    const result = cli(['validate', '--spec', spec, '--allow-ref-dir', path.join(work.dir, 'nope')]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('error[ref-dir-missing]');
  });
});

describe('the size of a spec', () => {
  it('bounds all the files its $refs reach together, not only each one', () => {
    writeTree(specDir, {
      'parts/a.yaml': `A: { type: string, description: '${'a'.repeat(600)}' }\n`,
      'parts/b.yaml': `B: { type: string, description: '${'b'.repeat(600)}' }\n`,
    });
    const spec = path.join(specDir, 'two-parts.yaml');
    fs.writeFileSync(
      spec,
      "openapi: 3.1.0\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: './parts/a.yaml#/A' }\n    B: { $ref: './parts/b.yaml#/B' }\n",
    );
    expect(loadSpec(spec, { maxTotalBytes: 1600 }).problems).toEqual([]);
    const problems = loadSpec(spec, { maxTotalBytes: 1200 }).problems;
    expect(problems.map((p) => p.code)).toContain('spec-too-large');
    expect(problems.find((p) => p.code === 'spec-too-large')!.location).toMatchObject({ file: spec, line: 7 });
  });
});

describe('the root spec', () => {
  it.each([
    ['a FIFO', () => path.join(specDir, 'pipe.yaml')],
    ['a device', () => '/dev/zero'],
  ])('is refused when it is %s, without hanging', (_, spec) => {
    const result = cli(['validate', '--spec', spec()]);
    expect(result.signal, 'the run ended by itself (it did not hang)').toBeNull();
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain('error[not-a-file]');
    expect(result.stderr).not.toMatch(CRASH);
  });
});
