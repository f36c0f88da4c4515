// The format stage runs prettier's standalone build with the plugins each file needs (generator/format): its
// output must be what prettier's own entry point, with every plugin it ships, makes of the same text.
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatOutput, parserFor } from '../../generator/format/format-output.js';
import { buildModel } from '../../generator/pipeline.js';
import { renderTemplateSet, type RenderedFiles } from '../../generator/render/render.js';
import { loadTemplateSet, type TemplateSet } from '../../generator/render/template-set.js';
import { CARTESIA_SPEC, TS_TEMPLATES } from '../support/paths.js';

const options = { printWidth: 80, singleQuote: true, trailingComma: 'all' as const };
const set = { format: 'prettier', prettier: options } as unknown as TemplateSet;

const MARKDOWN = [
  '# Title',
  '',
  '| a | b |',
  '|---|---|',
  '| long cell | x |',
  '',
  '```ts',
  'const client = new Client({apiKey: "k", baseURL: "https://api.example.com"}); const r = await client.voices.list({limit: 10, cursor: undefined})',
  '```',
  '',
  '```yaml',
  'a:   1',
  'b:',
  '    - x',
  '```',
  '',
  '```css',
  'a{color:red;margin:0 0 0 0}',
  '```',
  '',
  '```graphql',
  'query { voices(limit:10) { id name } }',
  '```',
  '',
  '```json',
  '{"a":1,"b":[1,2,3]}',
  '```',
  '',
  '```sh',
  'npm   install   x',
  '```',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'README.md': MARKDOWN,
  'src/index.ts': 'export const x = {a: 1, b: "two"}; export type T = {a: number; b?: string}\n',
  'scripts/build.mjs': 'import fs from "node:fs"; fs.writeFileSync("x", JSON.stringify({a:1}))\n',
  'package.json': '{"name":"x","version":"1.0.0","files":["dist"]}',
  'config.yaml': 'a:   1\nb:\n    - x\n',
};

describe('the format stage', () => {
  it('formats each kind of file, and the code fenced in Markdown, as prettier itself does', async () => {
    const files: RenderedFiles = new Map(
      Object.entries(FILES).map(([file, content]) => [file, { content, source: 'test', copied: false, format: true }]),
    );
    const out = await formatOutput(files, set);
    for (const [file, content] of Object.entries(FILES)) {
      const expected = await prettier.format(content, { ...options, parser: parserFor(file)!, filepath: file });
      expect(out.get(file)?.content, file).toBe(expected);
      expect(expected, `${file} was already formatted: the test would prove nothing`).not.toBe(content);
    }
    // The fenced TypeScript, YAML and CSS were formatted, not left as written.
    const readme = out.get('README.md')!.content;
    expect(readme).toContain("const client = new Client({ apiKey: 'k', baseURL: 'https://api.example.com' });\nconst r");
    expect(readme).toContain('a: 1\nb:\n  - x');
    expect(readme).toContain('a {\n  color: red;');
  });

  it('names the template and the line when a rendered file is not valid code', async () => {
    const files: RenderedFiles = new Map([
      [
        'src/bad.ts',
        { content: 'export const x = {\n  a: 1,\n  b: ;\n};\n', source: 'templates/x/bad.ts.hbs', copied: false, format: true },
      ],
    ]);
    await expect(formatOutput(files, set)).rejects.toThrow(/src\/bad\.ts is not valid TypeScript at line 3/);
  });

  it('writes a `format: false` file as rendered: the TypeScript models, in the layout of the TypeScript printer', async () => {
    const tsSet = loadTemplateSet(TS_TEMPLATES);
    const rendered = await renderTemplateSet(tsSet, buildModel(CARTESIA_SPEC).model);
    const models = rendered.get('src/models.ts')!;
    expect(models.format).toBe(false);
    expect((await formatOutput(rendered, tsSet)).get('src/models.ts')!.content).toBe(models.content);
    // Prettier no longer tidies it, so the template owns its blank lines and the printer its indentation.
    expect(models.content).not.toMatch(/\n\n\n/);
    expect(models.content).toMatch(/[^\n]\n$/);
    expect(models.content).toMatch(/^export type \w+ = \{\n {4}\w+\??: /m);
    // Still code prettier reads (the golden tests type-check it), left in the printer's layout rather than prettier's.
    const laidOut = await prettier.format(models.content, { ...tsSet.prettier, parser: 'babel-ts' });
    expect(laidOut).not.toBe(models.content);
  });
});
