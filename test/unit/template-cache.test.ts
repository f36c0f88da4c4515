// Compiled templates are kept between runs (generator/render/template-cache.ts): a run with the same templates,
// helpers and partials compiles nothing, a changed template is compiled again, and what the checks and strict mode
// report stays located in the template.
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GeneratorError, formatProblem } from '../../generator/errors.js';
import type { ApiModel } from '../../generator/ir/types.js';
import { buildModel } from '../../generator/pipeline.js';
import { renderTemplateSet } from '../../generator/render/render.js';
import { loadTemplateSet } from '../../generator/render/template-set.js';
import { REPO, tempDir, writeTree } from '../support/paths.js';

// The instance render.ts requires (CommonJS), so that its parsing can be counted.
const Handlebars = createRequire(import.meta.url)('handlebars') as typeof import('handlebars');

let work: ReturnType<typeof tempDir>;
let model: ApiModel;
beforeAll(() => {
  work = tempDir('template-cache-');
  model = buildModel(path.join(REPO, 'test/golden/conventions/spec.yaml')).model;
});
afterAll(() => work.cleanup());
afterEach(() => vi.restoreAllMocks());

let sets = 0;
function set(files: Record<string, string>): string {
  const dir = path.join(work.dir, `set-${++sets}`);
  writeTree(dir, {
    'manifest.yaml': `name: cached\npartials: partials\nformat: none\nfiles:\n  - { template: main.hbs, output: out.txt }\n`,
    'partials/title.hbs': '# {{info.title}}',
    ...files,
  });
  return dir;
}
const render = async (dir: string): Promise<string> => [...(await renderTemplateSet(loadTemplateSet(dir), model)).values()][0]!.content;

describe('the template cache', () => {
  it('compiles a set once: the next run parses no template and renders the same text', async () => {
    const dir = set({ 'main.hbs': '{{> title}}\n{{#each operations}}- {{upper method}} {{path}}\n{{/each}}' });
    const parse = vi.spyOn(Handlebars, 'parse');
    const first = await render(dir);
    expect(parse).toHaveBeenCalled();
    parse.mockClear();
    expect(await render(dir)).toBe(first);
    expect(parse).not.toHaveBeenCalled();
    expect(first).toMatch(/^# .+- GET \//);
  });

  it('compiles a changed template (or partial) again', async () => {
    const dir = set({ 'main.hbs': '{{> title}} v1' });
    expect(await render(dir)).toMatch(/ v1$/);
    writeTree(dir, { 'main.hbs': '{{> title}} v2' });
    expect(await render(dir)).toMatch(/ v2$/);
    writeTree(dir, { 'partials/title.hbs': 'Title: {{info.title}}' });
    expect(await render(dir)).toMatch(/^Title: .+ v2$/);
  });

  it('never holds a template that fails its checks: each run reports the unknown helper at its line', async () => {
    const dir = set({ 'main.hbs': 'ok\n{{uppr info.title}}\n' });
    for (let run = 0; run < 2; run++) {
      const error = (await render(dir).catch((e: unknown) => e)) as GeneratorError;
      expect(error).toBeInstanceOf(GeneratorError);
      expect(formatProblem(error.problems[0]!, work.dir)).toMatch(/^set-\d+\/main\.hbs:2:1: error\[template-unknown-helper\]/);
    }
  });

  it('locates a strict-mode failure in a cached template as in a freshly compiled one', async () => {
    const dir = set({ 'main.hbs': 'line 1\n  {{info.titel}}\n' });
    const messages: string[] = [];
    for (let run = 0; run < 2; run++) {
      const error = (await render(dir).catch((e: unknown) => e)) as GeneratorError;
      expect(error).toBeInstanceOf(GeneratorError);
      messages.push(formatProblem(error.problems[0]!, work.dir));
    }
    expect(messages[0]).toMatch(
      /^set-\d+\/main\.hbs:2:5: error\[template-undefined\]: rendering out\.txt failed: "titel" is not defined here/,
    );
    expect(messages[1]).toBe(messages[0]);
  });
});
