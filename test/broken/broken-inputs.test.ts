// The catalogue of broken inputs: every one gets exactly one located message that says what to do, exit code 1,
// no stack trace, and the previous output untouched. Valid but suspicious input warns and still generates.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError, type Problem } from '../../generator/errors.js';
import { generate } from '../../generator/pipeline.js';
import { runCli } from '../support/cli.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';
import { treeHash } from '../support/tree-hash.js';

const HERE = path.join(REPO, 'test/broken');
const SPECS = path.join(HERE, 'specs');
const VALID = path.join(REPO, 'test/golden/json-body/spec.yaml');
const expectations = parse(fs.readFileSync(path.join(HERE, 'expectations.yaml'), 'utf8')) as Record<
  string,
  { code: string; line?: number; file?: string }
>;

let work: ReturnType<typeof tempDir>;
let out: string;
let previous: string;

/** Runs a generation that must fail, and returns its single problem; the previous output must be intact. */
async function failure(options: { spec?: string; templates?: string; out?: string }): Promise<Problem> {
  const error = await generate({ spec: VALID, templates: TS_TEMPLATES, out, ...options }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GeneratorError);
  const problems = (error as GeneratorError).problems;
  expect(problems, problems.map((p) => p.message).join('\n')).toHaveLength(1);
  const [problem] = problems;
  expect(problem!.severity).toBe('error');
  expect(problem!.message.length).toBeGreaterThan(10);
  expect(problem!.hint?.length ?? 0, 'the message says what to do').toBeGreaterThan(5);
  expect(problem!.location?.file, 'the message names a file').toBeTruthy();
  expect(treeHash(out), 'the previous output is untouched').toBe(previous);
  return problem!;
}

beforeAll(async () => {
  work = tempDir('broken-');
  out = path.join(work.dir, 'out');
  await generate({ spec: VALID, templates: TS_TEMPLATES, out });
  previous = treeHash(out);
}, 60_000);
afterAll(() => work.cleanup());

describe('broken specs', () => {
  const files = fs.readdirSync(SPECS).filter((f) => /\.(ya?ml|json)$/.test(f));

  it('the catalogue lists every broken spec, and there are at least 30 broken inputs in all', () => {
    expect(Object.keys(expectations).sort()).toEqual(files.sort());
    expect(files.length + GENERATED_CASES).toBeGreaterThanOrEqual(30);
  });

  for (const file of Object.keys(expectations).sort()) {
    it(file, async () => {
      const expected = expectations[file]!;
      const problem = await failure({ spec: path.join(SPECS, file) });
      expect(problem.code).toBe(expected.code);
      expect(problem.location!.file).toBe(path.join(SPECS, expected.file ?? file));
      if (expected.line !== undefined) expect(problem.location!.line).toBe(expected.line);
    });
  }
});

// Inputs that cannot sit in the repository as files, or that break the templates or the output folder.
const GENERATED_CASES = 8;

describe('other broken inputs', () => {
  it('a binary file', async () => {
    const spec = path.join(work.dir, 'binary.yaml');
    fs.writeFileSync(spec, Buffer.from([0x6f, 0x70, 0x00, 0xff, 0xfe, 0x00, 0x01]));
    expect((await failure({ spec })).code).toBe('binary-file');
  });

  it('50 MB of junk', async () => {
    const spec = path.join(work.dir, 'junk.yaml');
    const line = `${'x'.repeat(99)}\n`;
    fs.writeFileSync(spec, line.repeat((50 * 1024 * 1024) / line.length));
    const start = performance.now();
    expect((await failure({ spec })).code).toBe('spec-too-large');
    expect(performance.now() - start, 'refused without parsing it').toBeLessThan(30_000);
  });

  it('a spec that does not exist', async () => {
    expect((await failure({ spec: path.join(work.dir, 'nope.yaml') })).code).toBe('file-unreadable');
  });

  const templates = (files: Record<string, string>): string => {
    const dir = path.join(work.dir, `templates-${crypto.randomUUID()}`);
    fs.cpSync(TS_TEMPLATES, dir, { recursive: true });
    writeTree(dir, files);
    return dir;
  };

  it('a template with a syntax error', async () => {
    const problem = await failure({ templates: templates({ 'README.md.hbs': '# {{client.name}\n' }) });
    expect(problem).toMatchObject({ code: 'template-syntax', location: { line: 1 } });
    expect(problem.location!.file).toMatch(/README\.md\.hbs$/);
  });

  it('a template calling an unknown helper', async () => {
    const problem = await failure({ templates: templates({ 'src/errors.ts.hbs': '\n\n{{shout client.name}}\n' }) });
    expect(problem).toMatchObject({ code: 'template-unknown-helper', location: { line: 3, column: 1 } });
  });

  it('a template that renders invalid code', async () => {
    const problem = await failure({ templates: templates({ 'src/errors.ts.hbs': 'export const = {{json client.name}};\n' }) });
    expect(problem.code).toBe('output-syntax');
    expect(problem.message).toMatch(/src\/errors\.ts is not valid TypeScript at line 1/);
  });

  it('a table the markdownTable helper cannot lay out, and the helper used without a block', async () => {
    const row = await failure({
      templates: templates({ 'api.md.hbs': '# API\n\n{{#markdownTable}}\n| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n{{/markdownTable}}\n' }),
    });
    expect(row).toMatchObject({ code: 'template-failed', location: { file: expect.stringMatching(/api\.md\.hbs$/) } });
    expect(row.message).toMatch(/rendering api\.md failed: row 1 of the table headed `\| a \| b \|` has 3 cells where the header has 2/);
    const inline = await failure({ templates: templates({ 'api.md.hbs': '# API\n\n{{markdownTable}}\n' }) });
    expect(inline.message).toMatch(/markdownTable is a block helper: write \{\{#markdownTable\}\}…\{\{\/markdownTable\}\}/);
  });

  it('a manifest that still names a built-in helper pack (the generator has none now), at its line', async () => {
    const dir = templates({});
    const manifest = fs.readFileSync(path.join(dir, 'manifest.yaml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'manifest.yaml'), manifest.replace('helpersModule: helpers.ts', 'helpers: [typescript]'));
    const line = manifest.split('\n').findIndex((l) => l.startsWith('helpersModule:')) + 1;
    const problem = await failure({ templates: dir });
    expect(problem).toMatchObject({ code: 'manifest-helpers-removed', location: { line, pointer: '/helpers' } });
    expect(problem.message).toMatch(/`helpers` \(helper packs typescript\) is no longer read/);
    expect(problem.hint).toMatch(/copy helpers\.ts and helpers\/ from templates\/typescript\/ into this set.*`helpersModule: helpers\.ts`/);
  });

  it('a helpers module that does not compile, at its line', async () => {
    const dir = templates({ 'helpers/naming.ts': 'export const broken = ;\n' });
    const problem = await failure({ templates: dir });
    expect(problem).toMatchObject({ code: 'helpers-module-invalid', location: { file: path.join(dir, 'helpers/naming.ts'), line: 1 } });
    expect(problem.message).toMatch(/the helpers module cannot be compiled: Unexpected ";"/);
  });

  it('an output folder below a file', async () => {
    const blocker = path.join(work.dir, 'blocker');
    fs.writeFileSync(blocker, 'a file, not a folder');
    const error = await generate({ spec: VALID, templates: TS_TEMPLATES, out: path.join(blocker, 'client') }).catch((e: unknown) => e);
    expect((error as GeneratorError).problems).toEqual([expect.objectContaining({ code: 'out-not-a-folder' })]);
  });
});

describe('on the command line', () => {
  it.each([
    'yaml-bad-indent.yaml',
    'ref-missing-target.yaml',
    'swagger-2.yaml',
    'swagger-2-bad-schema.yaml',
    'parameter-bad-location.yaml',
  ])('%s: one line on stderr, exit 1, no stack trace', (file) => {
    const result = runCli(['generate', '--spec', path.join(SPECS, file), '--out', out]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^test/broken/specs/${file.replace('.', '\\.')}:\\d+:\\d+( \\(#[^)]*\\))?: error\\[${expectations[file]!.code}\\]: .+ — .+`,
      ),
    );
    expect(result.stdout).toBe('');
    expect(treeHash(out)).toBe(previous);
  });

  it('valid but suspicious input prints warnings and still generates (exit 0)', () => {
    const target = path.join(work.dir, 'warned');
    const result = runCli(['generate', '--spec', path.join(HERE, 'warnings/suspicious.yaml'), '--out', target]);
    expect(result.status).toBe(0);
    const codes = [...result.stderr.matchAll(/warning\[([a-z-]+)\]/g)].map((m) => m[1]).sort();
    expect(codes).toEqual([
      'info-title-missing',
      'no-servers',
      'operation-id-duplicate',
      'path-parameter-optional',
      'responses-missing',
      'security-unsupported',
    ]);
    expect(fs.existsSync(path.join(target, 'src/client.ts'))).toBe(true);
  });

  // Specs refused before issue 17: each is repaired with one located warning, and --strict refuses it again.
  const REPAIRED: Record<string, string> = {
    'operation-id-duplicate.yaml': 'operation-id-duplicate',
    'operation-not-an-object.yaml': 'operation-invalid',
    'parameter-without-name.yaml': 'parameter-invalid',
    'schema-not-an-object.yaml': 'schema-not-object',
    'parameter-duplicate.yaml': 'parameter-duplicate',
    'path-param-not-in-path.yaml': 'path-parameter-unused',
    'path-without-slash.yaml': 'path-invalid',
    'path-param-undeclared.yaml': 'path-parameter-missing',
    'schema-unknown-type.yaml': 'schema-type-invalid',
    'security-unknown-scheme.yaml': 'security-unknown',
    'x-client-environment-bad.yaml': 'client-environment-invalid',
  };
  it.each(Object.keys(REPAIRED))('%s: generates with one located warning (exit 0); with --strict it is an error (exit 1)', (file) => {
    const spec = path.join(HERE, 'warnings', file);
    const line = `^test/broken/warnings/${file.replace('.', '\\.')}:\\d+:\\d+ \\(#[^)]*\\): %s\\[${REPAIRED[file]}\\]: .+ — .+$`;
    const target = path.join(work.dir, `repaired-${file}`);
    const lenient = runCli(['generate', '--spec', spec, '--out', target]);
    expect(lenient.status, lenient.stderr).toBe(0);
    expect(lenient.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(line.replace('%s', 'warning')))]);
    expect(fs.existsSync(path.join(target, 'src/client.ts'))).toBe(true);

    const strictTarget = path.join(work.dir, `strict-${file}`);
    const strict = runCli(['generate', '--strict', '--spec', spec, '--out', strictTarget]);
    expect(strict.status).toBe(1);
    expect(strict.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(line.replace('%s', 'error')))]);
    expect(strict.stderr).toContain('(an error under --strict)');
    expect(fs.existsSync(strictTarget), 'nothing is written').toBe(false);
    const validate = runCli(['validate', '--strict', '--spec', spec]);
    expect(validate.status).toBe(1);
    expect(validate.stderr).toMatch(new RegExp(`error\\[${REPAIRED[file]}\\]`));
  });

  it('--strict lets a spec with no warning through (exit 0)', () => {
    const result = runCli(['validate', '--strict', '--spec', VALID]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/is valid: .* 0 warning\(s\)/);
  });
});
