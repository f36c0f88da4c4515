// Templates render in Handlebars' strict mode: a name the context lacks is an error located in the template (or
// partial) that reads it, never an empty string; `opt` reads what may be absent.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError, formatProblem, type Problem } from '../../generator/errors.js';
import type { ApiModel } from '../../generator/ir/types.js';
import { buildModel } from '../../generator/pipeline.js';
import { coreHelpers } from '../../generator/render/helpers/core.js';
import { renderTemplateSet } from '../../generator/render/render.js';
import { loadTemplateSet } from '../../generator/render/template-set.js';
import { REPO, tempDir, writeTree } from '../support/paths.js';

let work: ReturnType<typeof tempDir>;
let model: ApiModel;
beforeAll(() => {
  work = tempDir('render-strict-');
  // One server with two variables (region, base).
  model = buildModel(path.join(REPO, 'test/golden/conventions/spec.yaml')).model;
});
afterAll(() => work.cleanup());

let sets = 0;
/** Renders a one-file set (`out.txt` from `main.hbs`, with `partials/`) and returns the text. */
async function render(files: Record<string, string>, output = 'out.txt', ir = model): Promise<string> {
  const dir = path.join(work.dir, `set-${++sets}`);
  writeTree(dir, {
    'manifest.yaml': `name: strict\npartials: partials\nformat: none\nfiles:\n  - { template: main.hbs, output: '${output}' }\n`,
    'partials/.keep.hbs': '',
    ...files,
  });
  const rendered = await renderTemplateSet(loadTemplateSet(dir), ir);
  return [...rendered.values()][0]!.content;
}

async function failure(files: Record<string, string>, output?: string): Promise<Problem & { at: string }> {
  const error = await render(files, output).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GeneratorError);
  const [problem, ...rest] = (error as GeneratorError).problems;
  expect(rest).toEqual([]);
  return { ...problem!, at: formatProblem(problem!, work.dir) };
}

describe('strict rendering', () => {
  it('a misspelt name is an error naming the template, line and column', async () => {
    const problem = await failure({ 'main.hbs': 'Client: {{client.name}}\n\n  {{client.nmae}}\n' });
    expect(problem.code).toBe('template-undefined');
    expect(problem.at).toMatch(
      /^set-\d+\/main\.hbs:3:5: error\[template-undefined\]: rendering out\.txt failed: "nmae" is not defined here/,
    );
    expect(problem.hint).toMatch(/opt this "field"/);
  });

  it('inside a partial, the partial is named (not the template that includes it), also inside a loop', async () => {
    const problem = await failure({
      'main.hbs': '{{#each operations}}\n{{> operation}}\n{{/each}}\n',
      'partials/operation.hbs': '- {{id}}\n- {{methdo}}\n',
    });
    expect(problem.at).toMatch(/^set-\d+\/partials\/operation\.hbs:2:5: error\[template-undefined\]: .*"methdo" is not defined/);
  });

  it('a path through a missing value names the path and its line', async () => {
    const problem = await failure({ 'main.hbs': 'a\n{{#if servers.[3].variables.length}}x{{/if}}\n' });
    expect(problem.at).toMatch(
      /^set-\d+\/main\.hbs:2: error\[template-undefined\]: .*not there to read "variables": servers\.\[3\]\.variables\.length \(line 2\)/,
    );
  });

  it('a helper that throws is named as the failure, not taken for a path of the template', async () => {
    // operationSpec reads `method` of what it is given; the template also has a path reading "method".
    const problem = await failure({
      'main.hbs': '{{#if (eq 1 2)}}{{operations.[0].method}}{{/if}}\n{{json (operationSpec (opt client "nothing"))}}\n',
    });
    expect(problem.code).toBe('template-failed');
    expect(problem.message).toMatch(
      /rendering out\.txt failed: the helper "operationSpec" failed: Cannot read properties of undefined \(reading '\w+'\)/,
    );
  });

  it('a name misspelt in the output name points at the manifest', async () => {
    const problem = await failure({ 'main.hbs': 'x' }, '{{client.nmae}}.txt');
    expect(problem.location?.file).toBe(path.join(work.dir, `set-${sets}`, 'manifest.yaml'));
    expect(problem.location?.line).toBeUndefined();
    expect(problem.message).toMatch(/the output name "\{\{client\.nmae\}\}\.txt" failed: "nmae" is not defined here/);
  });

  it('a field the IR leaves out may be tested with #if, and read with opt', async () => {
    // Operations with and without a summary.
    const ir = buildModel(path.join(REPO, 'test/golden/json-body/spec.yaml')).model;
    const summaries = ir.operations.map((op) => (Object.hasOwn(op, 'summary') ? 'S' : '-')).join('');
    expect(summaries).toMatch(/S.*-|-.*S/);
    const text = await render(
      {
        'main.hbs': [
          '{{#each operations}}{{#if summary}}S{{else}}-{{/if}}{{/each}}',
          '{{#each operations}}[{{opt this "summary"}}]{{/each}}',
          '',
        ].join('\n'),
      },
      'out.txt',
      ir,
    );
    const [ifs, opts] = text.split('\n');
    expect(ifs).toBe(summaries);
    expect(opts).toBe(ir.operations.map((op) => `[${op.summary ?? ''}]`).join(''));
    const servers = '{{opt servers 0 "variables" 0 "name"}}, {{#if (opt servers 1 "variables")}}second{{else}}one server{{/if}}';
    expect(await render({ 'main.hbs': servers })).toBe('region, one server');
  });

  it('opt steps through own properties only, and gives undefined past a missing step', () => {
    const opt = coreHelpers.opt as (value: unknown, ...keys: unknown[]) => unknown;
    const data = { servers: [{ url: 'u', variables: [] }] };
    expect(opt(data, 'servers', 0, 'url')).toBe('u');
    expect(opt(data, 'servers', 0, 'variables', 'length')).toBe(0);
    expect(opt(data, 'servers', 1, 'url')).toBeUndefined();
    expect(opt(undefined, 'a')).toBeUndefined();
    expect(opt(data, 'constructor')).toBeUndefined();
    expect(opt(data)).toBe(data);
  });
});
