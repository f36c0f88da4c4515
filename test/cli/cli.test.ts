// The command line as users meet it: commands, exit codes, messages, --check, and atomic output.
import crypto from 'node:crypto';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { CARTESIA_OUT, CARTESIA_SPEC, REPO, tempDir, writeTree } from '../support/paths.js';
import { treeHash } from '../support/tree-hash.js';

const GOLDEN_SPEC = path.join(REPO, 'test/golden/json-body/spec.yaml');
let work: ReturnType<typeof tempDir>;

beforeAll(() => {
  work = tempDir('cli-');
});
afterAll(() => work.cleanup());

describe('help and usage', () => {
  it.each([[['--help']], [['generate', '--help']], [['validate', '--help']]])('%j prints help and exits 0', (args) => {
    const result = runCli(args);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--spec/);
  });

  it('generate --help documents every flag', () => {
    const { stdout } = runCli(['generate', '--help']);
    for (const flag of ['--spec', '--templates', '--out', '--check', '--force']) expect(stdout).toContain(flag);
  });

  it('an unknown flag is a usage error (exit 2)', () => {
    const result = runCli(['generate', '--nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown argument/i);
  });

  it('an unknown command is a usage error (exit 2)', () => {
    expect(runCli(['frobnicate']).status).toBe(2);
  });
});

describe('the compiled CLI (generator/run.mjs, what the npm scripts run)', () => {
  it('behaves as the sources do: same output, same exit codes', () => {
    for (const args of [['validate'], ['generate', '--check'], ['frobnicate']]) {
      const fromSources = runCli(args);
      const compiled = runCli(args, REPO, true);
      expect(compiled.status, compiled.stderr).toBe(fromSources.status);
      // Timings differ between runs; everything else is the same.
      const untimed = (text: string) => text.replace(/\d+\.\d+ s\b/g, '<t>');
      expect(untimed(compiled.stdout)).toBe(untimed(fromSources.stdout));
      expect(untimed(compiled.stderr)).toBe(untimed(fromSources.stderr));
    }
  });
});

describe('the compile cache of generator/run.mjs', () => {
  const dir = path.join(REPO, 'node_modules/.cache/openapi-client-generator/v8');
  const files = () => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()) : []);
  const hasCompileCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  it("uses Node's public switch only (module.enableCompileCache), never a patch of the module loader", () => {
    const source = fs.readFileSync(path.join(REPO, 'generator/run.mjs'), 'utf8');
    // Underscored members of node:module (`Module._extensions`, `Module._cache`) are the loader's internals.
    expect(source).not.toMatch(/Module\._|\._extensions|Module\.wrap|node:vm/);
    expect(source).toMatch(/enableCompileCache/);
  });

  it('keeps compiled code between runs where Node can (22.1+), and a damaged cache costs only a recompile', () => {
    // From an empty cache, so that what is checked below is what this run wrote.
    fs.rmSync(dir, { recursive: true, force: true });
    const first = runCli(['generate', '--check'], REPO, true);
    expect(first.status, first.stderr).toBe(0);
    if (!hasCompileCache) {
      // Node 20: no public switch, so nothing is kept (and nothing is patched to keep it).
      expect(files()).toEqual([]);
      return;
    }
    expect(files().length).toBeGreaterThan(0);
    const garbage = Buffer.from('not V8 code cache data');
    for (const file of files()) fs.writeFileSync(path.join(file.parentPath, file.name), garbage);
    const second = runCli(['generate', '--check'], REPO, true);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout.replace(/\d+\.\d+ s\b/g, '<t>')).toBe(first.stdout.replace(/\d+\.\d+ s\b/g, '<t>'));
  });
});

describe('validate', () => {
  it('accepts the Cartesia spec', () => {
    const result = runCli(['validate']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/53 operations/);
  });

  it('reports a broken spec with file, line and pointer, without a stack trace (exit 1)', () => {
    const spec = path.join(work.dir, 'broken.yaml');
    fs.writeFileSync(
      spec,
      [
        'openapi: 3.1.0',
        'info: { title: T, version: "1" }',
        'paths:',
        '  /a/{id}:',
        '    get:',
        '      responses:',
        "        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Nope' } } } }",
        '',
      ].join('\n'),
    );
    const result = runCli(['validate', '--spec', spec]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('broken.yaml:7:');
    expect(result.stderr).toContain('#/components/schemas/Nope');
    // The load stage stops the run: later stages never see a document with broken references.
    expect(result.stderr).not.toContain('path-parameter-missing');
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });
});

describe('generate', () => {
  it('writes a client, prints a summary, and is byte-for-byte deterministic', () => {
    const out = path.join(work.dir, 'det');
    const first = runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/\d+ written \(\d+ new, 0 changed\), 0 unchanged, 0 removed in [\d.]+ s/);
    const hash = treeHash(out);
    fs.rmSync(out, { recursive: true });
    expect(runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out]).status).toBe(0);
    expect(treeHash(out)).toBe(hash);
    const again = runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out]);
    expect(again.stdout).toMatch(/0 written \(0 new, 0 changed\), \d+ unchanged, 0 removed/);
  });

  it('--check passes on fresh output and names stale, missing and extra files (exit 1), ignoring files it did not write', () => {
    const out = path.join(work.dir, 'check');
    expect(runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out]).status).toBe(0);
    expect(runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out, '--check']).status).toBe(0);
    fs.appendFileSync(path.join(out, 'src/client.ts'), '// edited by hand\n');
    fs.rmSync(path.join(out, 'README.md'));
    fs.writeFileSync(path.join(out, 'src/mine.ts'), 'export {};\n');
    // A file an earlier generation wrote (it is in the record) that this one no longer produces.
    fs.writeFileSync(path.join(out, 'src/old.ts'), 'export {};\n');
    fs.appendFileSync(
      path.join(out, '.generated-files'),
      `${crypto.createHash('sha256').update('export {};\n').digest('hex').slice(0, 16)}  src/old.ts\n`,
    );
    const before = treeHash(out);
    const result = runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out, '--check']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('differs  src/client.ts');
    expect(result.stderr).toContain('missing  README.md');
    expect(result.stderr).toContain('extra    src/old.ts');
    expect(result.stderr).not.toContain('src/mine.ts');
    expect(treeHash(out), '--check writes nothing').toBe(before);
  });

  it('the committed Cartesia output is up to date', () => {
    const result = runCli(['generate', '--check']);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.existsSync(path.join(CARTESIA_OUT, 'package.json'))).toBe(true);
  });

  it('removes only files it wrote and no longer produces; files added by the user, or edited since, stay', () => {
    const out = path.join(work.dir, 'record');
    expect(runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out]).status).toBe(0);
    writeTree(out, {
      'node_modules/x/index.js': 'x',
      'dist/esm/index.js': 'y',
      'src/mine.ts': 'export {};',
      'src/resources/extra.ts': 'export {};',
    });
    // The resource module of the first spec is not produced by the second; its models file is, edited by hand.
    fs.appendFileSync(path.join(out, 'src/models.ts'), '// my note\n');
    const other = path.join(REPO, 'test/golden/query-params/spec.yaml');
    const result = runCli(['generate', '--spec', other, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/[1-9]\d* removed/);
    expect(fs.existsSync(path.join(out, 'src/resources/notes.ts'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'src/resources/items.ts'))).toBe(true);
    for (const mine of ['node_modules/x/index.js', 'dist/esm/index.js', 'src/mine.ts', 'src/resources/extra.ts'])
      expect(fs.existsSync(path.join(out, mine)), mine).toBe(true);
    expect(fs.readdirSync(out).filter((f) => f.startsWith('.generated-staging-'))).toEqual([]);
  });

  it('leaves a no-longer-generated file that was edited since, with a warning', () => {
    const out = path.join(work.dir, 'edited');
    expect(runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out]).status).toBe(0);
    fs.appendFileSync(path.join(out, 'src/resources/notes.ts'), '// my change\n');
    const result = runCli(['generate', '--spec', path.join(REPO, 'test/golden/query-params/spec.yaml'), '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/warning\[output-kept\]: src\/resources\/notes\.ts is no longer generated but was edited/);
    expect(fs.readFileSync(path.join(out, 'src/resources/notes.ts'), 'utf8')).toContain('// my change');
  });

  it.each([
    ['a broken spec', (dir: string) => ['--spec', writeSpec(dir, 'openapi: 3.1.0\ninfo: [oops\n')]],
    [
      'a template with a syntax error',
      (dir: string) => ['--spec', GOLDEN_SPEC, '--templates', brokenTemplates(dir, '{{#each resources}}\n{{/with}}\n')],
    ],
    [
      'a template calling an unknown helper',
      (dir: string) => ['--spec', GOLDEN_SPEC, '--templates', brokenTemplates(dir, '{{noSuchHelper client.name}}\n')],
    ],
  ])('%s fails with exit 1 and leaves the previous output untouched', (_, makeArgs) => {
    const out = path.join(work.dir, 'untouched');
    expect(runCli(['generate', '--spec', GOLDEN_SPEC, '--out', out]).status).toBe(0);
    const before = treeHash(out);
    const result = runCli(['generate', ...makeArgs(work.dir), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error\[[a-z-]+\]/);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(treeHash(out)).toBe(before);
  });

  it('reports the template file and line of an unknown helper', () => {
    const templates = brokenTemplates(work.dir, 'line one\n{{noSuchHelper client.name}}\n');
    const result = runCli(['generate', '--spec', GOLDEN_SPEC, '--templates', templates, '--out', path.join(work.dir, 'x')]);
    expect(result.stderr).toMatch(/README\.md\.hbs:2:1: error\[template-unknown-helper\]: the template calls "noSuchHelper"/);
  });

  it('reports the template file, line and column of a misspelt name (strict templates), without a stack trace', () => {
    const templates = brokenTemplates(work.dir, 'line one\n\n# {{client.nmae}}\n');
    const result = runCli(['generate', '--spec', GOLDEN_SPEC, '--templates', templates, '--out', path.join(work.dir, 'x')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /README\.md\.hbs:3:5: error\[template-undefined\]: rendering README\.md failed: "nmae" is not defined here/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('an output folder that cannot be written is a clear error (exit 1)', () => {
    const blocker = path.join(work.dir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const result = runCli(['generate', '--spec', GOLDEN_SPEC, '--out', path.join(blocker, 'client')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error[out-not-a-folder]');
    expect(fs.readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it('generates from the Cartesia spec by default', () => {
    const out = path.join(work.dir, 'default-spec');
    const result = runCli(['generate', '--out', out, '--spec', CARTESIA_SPEC]);
    expect(result.status, result.stderr).toBe(0);
    // A first generation starts the release history at info.version; the committed output carries its history.
    expect(result.stdout).toMatch(/first generation, version \d+\.\d+\.\d+/);
    // Given that history (the surface record and the changelog), the same run reproduces the committed output.
    for (const file of ['.api-surface.json', 'CHANGELOG.md']) fs.copyFileSync(path.join(CARTESIA_OUT, file), path.join(out, file));
    const again = runCli(['generate', '--out', out, '--spec', CARTESIA_SPEC]);
    expect(again.status, again.stderr).toBe(0);
    expect(treeHash(out)).toBe(treeHash(CARTESIA_OUT));
  });
});

function writeSpec(dir: string, text: string): string {
  const file = path.join(dir, `spec-${crypto.randomUUID()}.yaml`);
  fs.writeFileSync(file, text);
  return file;
}

/** A copy of the TypeScript template set whose README template is replaced by `readme`. */
function brokenTemplates(dir: string, readme: string): string {
  const target = path.join(dir, `templates-${crypto.randomUUID()}`);
  fs.cpSync(path.join(REPO, 'templates/typescript'), target, { recursive: true });
  fs.writeFileSync(path.join(target, 'README.md.hbs'), readme);
  return target;
}
