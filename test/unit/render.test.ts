import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError, type Problem } from '../../generator/errors.js';
import { checkTemplate } from '../../generator/render/render.js';
import { loadTemplateSet } from '../../generator/render/template-set.js';
import { TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';

const work = tempDir('render-');
afterAll(() => work.cleanup());

describe('template checks', () => {
  const helpers = new Set(['jsdoc', 'json']);
  it('finds unknown helpers in mustaches, sub-expressions and blocks, with line and column', () => {
    const text = 'ok {{json x}}\n  {{nope a}}\n{{#each (missing b)}}{{/each}}\n{{plainVariable}}';
    const { problems } = checkTemplate('t.hbs', text, helpers, new Set());
    expect(problems.map((p) => [p.code, p.location?.line, p.location?.column])).toEqual([
      ['template-unknown-helper', 2, 3],
      ['template-unknown-helper', 3, 9],
    ]);
  });

  it('reports syntax errors with their line', () => {
    // A mismatched close is reported where the unmatched block opens.
    const [mismatch] = checkTemplate('t.hbs', 'a\nb\n{{#if x}}\n{{/each}}\n', helpers, new Set()).problems;
    expect(mismatch).toMatchObject({ code: 'template-syntax', location: { line: 3 } });
    expect(mismatch!.message).toMatch(/if doesn't match each/);
    const [unclosed] = checkTemplate('t.hbs', 'a\n\n{{json\n', helpers, new Set()).problems;
    expect(unclosed).toMatchObject({ code: 'template-syntax', location: { line: 3 } });
  });

  it('reports unknown partials', () => {
    const { problems } = checkTemplate('t.hbs', '{{> header}}\n{{> nope}}', helpers, new Set(['header']));
    expect(problems).toEqual([
      expect.objectContaining({ code: 'template-unknown-partial', location: expect.objectContaining({ line: 2 }) }),
    ]);
  });
});

/** The problems loading the template set in `dir` reports (it must refuse the set). */
function manifestProblems(dir: string): Problem[] {
  try {
    loadTemplateSet(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(GeneratorError);
    return (err as GeneratorError).problems;
  }
  return expect.unreachable('the manifest was accepted');
}

describe('template sets', () => {
  it('loads the TypeScript set', () => {
    const set = loadTemplateSet(TS_TEMPLATES);
    expect(set.name).toBe('typescript');
    expect(set.files.some((f) => f.each === 'resources')).toBe(true);
    expect(set.copy.map((c) => c.to)).toContain('src/core');
  });

  it('refuses a bad manifest with located problems', () => {
    const dir = path.join(work.dir, 'bad');
    writeTree(dir, {
      'manifest.yaml': 'name: x\nfiles:\n  - { template: missing.hbs, output: a.ts }\n  - { template: a.hbs }\nbogus: 1\n',
      'a.hbs': '',
    });
    expect(manifestProblems(dir).map((p) => [p.code, p.location?.line])).toEqual([
      ['manifest-invalid', 5],
      ['template-missing', 3],
      ['manifest-invalid', 4],
    ]);
  });

  it('refuses prettier plugins of its own, at their line', () => {
    const dir = path.join(work.dir, 'plugins');
    writeTree(dir, {
      'manifest.yaml':
        'name: x\nprettier:\n  printWidth: 100\n  plugins: [prettier-plugin-x]\nfiles:\n  - { template: a.hbs, output: a.ts }\n',
      'a.hbs': '',
    });
    const [problem] = manifestProblems(dir);
    expect([problem?.code, problem?.location?.line, problem?.location?.pointer]).toEqual(['manifest-invalid', 4, '/prettier/plugins']);
    expect(problem?.message).toMatch(/prettier\.plugins.* not supported/);
  });

  it('takes codeCache as a list of package names, and refuses anything else at its line', () => {
    const dir = path.join(work.dir, 'code-cache');
    writeTree(dir, { 'manifest.yaml': 'name: x\ncodeCache: typescript\nfiles:\n  - { template: a.hbs, output: a.ts }\n', 'a.hbs': '' });
    const [problem] = manifestProblems(dir);
    expect([problem?.code, problem?.location?.line, problem?.location?.pointer]).toEqual(['manifest-invalid', 2, '/codeCache']);
    fs.writeFileSync(path.join(dir, 'manifest.yaml'), 'name: x\ncodeCache: [typescript]\nfiles:\n  - { template: a.hbs, output: a.ts }\n');
    expect(loadTemplateSet(dir).codeCache).toEqual(['typescript']);
    expect(loadTemplateSet(TS_TEMPLATES).codeCache).toEqual(['typescript']);
  });

  it('takes format: true, false or fenced-code on a rendered file, and refuses anything else at its line', () => {
    const dir = path.join(work.dir, 'file-format');
    writeTree(dir, {
      'manifest.yaml':
        'name: x\nfiles:\n  - { template: a.hbs, output: a.md, format: fenced-code }\n  - { template: a.hbs, output: b.md, format: false }\n  - { template: a.hbs, output: c.ts }\n  - { template: a.hbs, output: d.ts, format: sometimes }\n',
      'a.hbs': '',
    });
    const [problem, ...more] = manifestProblems(dir);
    expect(more).toEqual([]);
    expect([problem?.code, problem?.location?.line, problem?.location?.pointer]).toEqual(['manifest-invalid', 6, '/files/3/format']);
    expect(problem?.message).toMatch(/must be true, false or fenced-code, not "sometimes"/);
    fs.writeFileSync(
      path.join(dir, 'manifest.yaml'),
      fs.readFileSync(path.join(dir, 'manifest.yaml'), 'utf8').replace(/\n.*sometimes.*\n/, '\n'),
    );
    expect(loadTemplateSet(dir).files.map((f) => f.format)).toEqual(['fenced-code', false, true]);
  });

  it('reads the runtime surface a set declares, and refuses a malformed one at its line', () => {
    const dir = path.join(work.dir, 'surface');
    writeTree(dir, {
      'manifest.yaml':
        'name: x\nfiles:\n  - { template: a.hbs, output: a.ts }\nsurface:\n  runtimeValues: [APIError, toFile]\n  runtimeTypes: [RequestOptions]\n',
      'a.hbs': '',
    });
    expect(loadTemplateSet(dir).runtimeSurface).toEqual({ values: ['APIError', 'toFile'], types: ['RequestOptions'] });
    fs.writeFileSync(
      path.join(dir, 'manifest.yaml'),
      'name: x\nfiles:\n  - { template: a.hbs, output: a.ts }\nsurface:\n  runtimeValues: [APIError, 3]\n  runtimeTypes: [APIError]\n  extra: []\n',
    );
    expect(manifestProblems(dir).map((p) => [p.code, p.location?.line, p.location?.pointer, p.message])).toEqual([
      ['manifest-invalid', 7, '/surface/extra', 'unknown surface key "extra"'],
      ['manifest-invalid', 5, '/surface/runtimeValues/1', '3 is not an exported name'],
      ['manifest-invalid', 6, '/surface/runtimeTypes/0', '"APIError" is listed twice'],
    ]);
    fs.writeFileSync(path.join(dir, 'manifest.yaml'), 'name: x\nfiles:\n  - { template: a.hbs, output: a.ts }\nsurface: typescript\n');
    expect(manifestProblems(dir).map((p) => [p.code, p.location?.line])).toEqual([['manifest-invalid', 4]]);
  });

  it('refuses a folder without manifest', () => {
    fs.mkdirSync(path.join(work.dir, 'empty'), { recursive: true });
    expect(() => loadTemplateSet(path.join(work.dir, 'empty'))).toThrow(/no manifest\.yaml/);
  });
});

describe('copied files the formatter skips', () => {
  it('are already formatted as the manifest says (so skipping the formatter changes nothing)', async () => {
    const prettier = await import('prettier');
    const { parserFor } = await import('../../generator/format/format-output.js');
    const { listFiles: list } = await import('../../generator/render/template-set.js');
    const set = loadTemplateSet(TS_TEMPLATES);
    const unformatted: string[] = [];
    for (const entry of set.copy.filter((c) => !c.format)) {
      const dir = path.join(set.root, entry.from);
      for (const rel of list(dir)) {
        const parser = parserFor(rel);
        if (!parser) continue;
        const text = fs.readFileSync(path.join(dir, rel), 'utf8');
        if ((await prettier.format(text, { ...set.prettier, parser, filepath: rel })) !== text) unformatted.push(`${entry.from}/${rel}`);
      }
    }
    expect(unformatted).toEqual([]);
    expect(set.copy.some((c) => !c.format)).toBe(true);
  });
});
