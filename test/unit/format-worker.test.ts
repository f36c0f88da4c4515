// On a large output the format stage starts a worker thread for prettier (generator/format/prettier-worker.ts) and
// hands it files as they are rendered (FormatSession). Which thread formats a file must not show: the output is what
// prettier itself makes of each file, and a syntax error reads the same.
import prettier from 'prettier';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormatSession } from '../../generator/format/format-output.js';
import { PrettierWorker, WORKER_THRESHOLD } from '../../generator/format/prettier-worker.js';
import type { RenderedFile, RenderedFiles } from '../../generator/render/render.js';
import type { TemplateSet } from '../../generator/render/template-set.js';

const options = { printWidth: 110, singleQuote: true, trailingComma: 'all' as const };
const set = { format: 'prettier', prettier: options } as unknown as TemplateSet;

afterEach(() => vi.restoreAllMocks());

/** A module of `methods` methods, laid out carelessly (one line each, double quotes). */
function module(name: string, methods: number): string {
  const body = Array.from(
    { length: methods },
    (_, i) =>
      `  /** Method ${i} of ${name}. */\n  m${i}(params: {a?: string; b: number}, options?: {timeout?: number}): Promise<{id: string, n: number}> { return this.client.request("GET", "/${name}/${i}", params, options) }`,
  );
  return `import { Client } from "./client.js";\nexport class ${name} {\n  constructor(private client: Client) {}\n${body.join('\n')}\n}\n`;
}

const file = (content: string): RenderedFile => ({ content, source: `templates/${content.length}.hbs`, copied: false, format: true });

/** Feeds the files to a session as a render would, then finishes it. */
async function formatInSession(files: RenderedFiles): Promise<RenderedFiles> {
  const session = new FormatSession(set);
  for (const [name, rendered] of files) session.rendered(name, rendered);
  return session.finish(files);
}

describe('the format stage on a large output', () => {
  it('formats in a worker thread as well, and every file is what prettier makes of it', async () => {
    const files: RenderedFiles = new Map();
    for (let i = 0; files.size < 40; i++) files.set(`src/resources/r${i}.ts`, file(module(`R${i}`, 60)));
    const bytes = [...files.values()].reduce((sum, f) => sum + f.content.length, 0);
    expect(bytes).toBeGreaterThan(WORKER_THRESHOLD);
    files.set('README.md', { ...file('# X\n\n```ts\nconst  a = {b:1}\n```\n'), format: 'fenced-code' });
    files.set('src/models.ts', { ...file('export type  A = {a:1}\n'), format: false });
    const handed = vi.spyOn(PrettierWorker.prototype, 'add');
    const out = await formatInSession(files);
    const answers = await Promise.all(handed.mock.results.map((r) => (r.value as { result: Promise<unknown> } | undefined)?.result));
    // The worker formatted some of the files (the main thread claimed the others).
    expect(answers.filter((answer) => answer && typeof answer === 'object' && 'text' in answer).length).toBeGreaterThan(0);
    expect([...out.keys()]).toEqual([...files.keys()]);
    for (const [name, rendered] of files) {
      if (rendered.format === true)
        expect(out.get(name)!.content).toBe(await prettier.format(rendered.content, { ...options, parser: 'babel-ts' }));
    }
    expect(out.get('README.md')!.content).toBe('# X\n\n```ts\nconst a = { b: 1 };\n```\n');
    expect(out.get('src/models.ts')!.content).toBe('export type  A = {a:1}\n');
  });

  it('reports a syntax error found in the worker as the main thread would: output file, line and template', async () => {
    const files: RenderedFiles = new Map();
    files.set('src/bad.ts', file(`${module('Bad', 40)}\nexport const x = {;\n`));
    for (let i = 0; files.size < 40; i++) files.set(`src/resources/r${i}.ts`, file(module(`R${i}`, 60)));
    const error = (await formatInSession(files).catch((e: unknown) => e)) as Error & { problems?: { message: string; file?: string }[] };
    const alone = (await formatInSession(new Map([['src/bad.ts', files.get('src/bad.ts')!]])).catch((e: unknown) => e)) as typeof error;
    expect(error.problems?.[0]?.message).toMatch(/^the rendered src\/bad\.ts is not valid TypeScript at line \d+:\d+: /);
    expect(error.problems?.[0]).toEqual(alone.problems?.[0]);
  });

  it('starts no thread for a small output', async () => {
    const handed = vi.spyOn(PrettierWorker.prototype, 'add');
    const files: RenderedFiles = new Map([['src/a.ts', file(module('A', 5))]]);
    const out = await formatInSession(files);
    expect(handed).not.toHaveBeenCalled();
    expect(out.get('src/a.ts')!.content).toBe(await prettier.format(files.get('src/a.ts')!.content, { ...options, parser: 'babel-ts' }));
  });
});
