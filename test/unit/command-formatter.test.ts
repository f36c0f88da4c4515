// The format stage's external formatter (`formatCommand` in a manifest): files of the named extensions go through
// the command, stdin to stdout; a missing command or a file it refuses is a located error, never a stack trace.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { formatWithCommand, type CommandFormatter } from '../../generator/format/command-formatter.js';
import type { RenderedFiles } from '../../generator/render/render.js';
import { loadTemplateSet } from '../../generator/render/template-set.js';
import { runCli } from '../support/cli.js';
import { CARTESIA_SPEC, tempDir, writeTree } from '../support/paths.js';

const work = tempDir('command-formatter-');
afterAll(() => work.cleanup());

const location = { file: 'manifest.yaml', line: 3, pointer: '/formatCommand' };
const gofmt: CommandFormatter = { command: ['gofmt'], extensions: ['.go'], location };
const file = (content: string, format: boolean | 'fenced-code' = true) => ({
  content,
  source: 'templates/x.go.hbs',
  copied: false,
  format,
});

async function failure(run: Promise<unknown>): Promise<GeneratorError> {
  try {
    await run;
  } catch (err) {
    expect(err).toBeInstanceOf(GeneratorError);
    return err as GeneratorError;
  }
  return expect.unreachable('the formatter accepted it');
}

describe('the command formatter', () => {
  it('formats the files with its extensions through the command, and leaves the others as rendered', async () => {
    const messy = 'package x\nfunc  F( a int )int{return a}\n';
    const files: RenderedFiles = new Map([
      ['a.go', file(messy)],
      ['kept.go', file(messy, false)],
      ['notes.txt', file(messy)],
    ]);
    const out = await formatWithCommand(files, gofmt);
    expect(out.get('a.go')?.content).toBe('package x\n\nfunc F(a int) int { return a }\n');
    expect(out.get('kept.go')?.content).toBe(messy);
    expect(out.get('notes.txt')?.content).toBe(messy);
  });

  it('names the output file, its line and the template when the command refuses a file', async () => {
    const files: RenderedFiles = new Map([['pkg/bad.go', file('package x\n\nfunc {\n')]]);
    const err = await failure(formatWithCommand(files, gofmt));
    expect(err.problems[0]).toMatchObject({ code: 'output-syntax', location: { file: 'templates/x.go.hbs' } });
    expect(err.problems[0]!.message).toMatch(/^the rendered pkg\/bad\.go was refused by `gofmt` \(exit 2\): 3:6: /);
  });

  it('reports a command that does not exist at its place in the manifest', async () => {
    const files: RenderedFiles = new Map([['a.go', file('package x\n')]]);
    const err = await failure(formatWithCommand(files, { ...gofmt, command: ['no-such-formatter-xyz', '-w'] }));
    expect(err.problems[0]).toMatchObject({ code: 'formatter-failed', location });
    expect(err.problems[0]!.message).toBe('the formatter `no-such-formatter-xyz -w` was not found');
  });

  it('refuses a malformed formatCommand in the manifest, located', () => {
    const dir = path.join(work.dir, 'bad-manifest');
    writeTree(dir, { 'manifest.yaml': 'name: x\nfiles: []\nformatCommand: { command: gofmt }\n' });
    try {
      loadTemplateSet(dir);
      expect.unreachable('the manifest was accepted');
    } catch (err) {
      expect((err as GeneratorError).problems.map((p) => [p.code, p.location?.line, p.location?.pointer])).toEqual([
        ['manifest-invalid', 3, '/formatCommand'],
      ]);
    }
  });

  it('ends `generate` with a located message and exit code 1, no stack trace, when the command is missing', () => {
    const dir = path.join(work.dir, 'set');
    writeTree(dir, {
      'manifest.yaml':
        'name: x\nformat: none\nformatCommand: { command: [no-such-formatter-xyz], extensions: [.go] }\nfiles:\n  - { template: a.go.hbs, output: a.go }\n',
      'a.go.hbs': 'package x\n',
    });
    const result = runCli(['generate', '--spec', CARTESIA_SPEC, '--templates', dir, '--out', path.join(work.dir, 'out')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('manifest.yaml:3');
    expect(result.stderr).toContain('the formatter `no-such-formatter-xyz` was not found');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
