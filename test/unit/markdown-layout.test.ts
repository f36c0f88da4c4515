// The TypeScript template set writes its Markdown in final layout (tables aligned by the markdownTable helper,
// only the fenced code formatted by prettier) instead of running prettier's Markdown formatter over it: the
// result must be what that formatter would make of it.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatFencedCode } from '../../generator/format/fenced-code.js';
import { formatOutput } from '../../generator/format/format-output.js';
import { alignMarkdownTables, displayWidth } from '../../generator/render/helpers/markdown-table.js';
import type { RenderedFiles } from '../../generator/render/render.js';
import type { TemplateSet } from '../../generator/render/template-set.js';
import { REPO } from '../support/paths.js';

const options = { printWidth: 110, singleQuote: true, trailingComma: 'all' as const };
const asPrettier = (markdown: string): Promise<string> => prettier.format(markdown, { ...options, parser: 'markdown' });

describe('markdownTable: tables laid out as prettier lays them out', () => {
  const cases: Record<string, string> = {
    'plain, with a short column (3 wide at least)': [
      '| Method | a |',
      '| --- | --- |',
      '| `client.voices.list()` | x |',
      '| b | longer cell |',
    ].join('\n'),
    'escaped pipes, in text and in code': ['| Type | Returns |', '| --- | --- |', '| a \\| b | `A \\| B` |', '| `string` | c |'].join('\n'),
    'wide characters, emoji and combining marks': [
      '| Name | Note |',
      '| --- | --- |',
      '| 日本語のボイス | 音声 |',
      '| emoji 🎙️ and 👩‍💻 | flags 🇫🇷 |',
      '| café (e\u0301) | naïve |',
      '| 한국어 | ｆｕｌｌ |',
    ].join('\n'),
    'every alignment': [
      '| l | c | r | n |',
      '| :--- | :---: | ---: | --- |',
      '| left | center | right | none |',
      '| a | bb | ccc | dddd |',
    ].join('\n'),
    'rows without the closing pipe, and empty cells': ['| a | b', '| --- | ---', '| x |  |', '|  | y'].join('\n'),
  };
  for (const [name, table] of Object.entries(cases)) {
    it(name, async () => {
      const expected = await asPrettier(`${table}\n`);
      expect(`${alignMarkdownTables(table)}\n`).toBe(expected);
      expect(expected, 'the input was already aligned: the case would prove nothing').not.toBe(`${table}\n`);
    });
  }

  it('agrees with prettier on generated tables of any shape', async () => {
    const char = fc.constantFrom(
      ...'abcXYZ019 _-.,:/()[]{}<>'.split(''),
      '音',
      '声',
      'ボ',
      '한',
      'é',
      '🎙',
      '🎙\uFE0F',
      '🎤',
      '👩‍💻',
      '🇫🇷',
      '—',
    );
    const cell = fc
      .array(char, { maxLength: 14 })
      .map((cs) => cs.join('').trim())
      // Text prettier would rewrite rather than lay out (runs of spaces, emphasis, thematic breaks, HTML): the
      // templates' helpers never put it in a cell (markdownCell collapses whitespace).
      .filter((c) => !/^[-_]{3,}$|^[<>]/.test(c) && !/[_]\S|\S_|[<]|\s{2}/.test(c));
    const code = fc.array(fc.constantFrom('a', 'B', '|', ' ', '.', '<', '>', '音'), { minLength: 1, maxLength: 10 }).map((cs) => {
      const text = cs.join('').trim() || 'x';
      return `\`${text.replace(/\|/g, '\\|')}\``;
    });
    const align = fc.constantFrom('---', ':---', '---:', ':---:');
    const table = fc.integer({ min: 1, max: 4 }).chain((columns) =>
      fc.tuple(
        fc.array(
          fc.oneof(cell, code).filter((c) => c !== ''),
          { minLength: columns, maxLength: columns },
        ),
        fc.array(align, { minLength: columns, maxLength: columns }),
        fc.array(fc.array(fc.oneof(cell, code), { minLength: columns, maxLength: columns }), { maxLength: 6 }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(table, async ([header, aligns, rows]) => {
        const text = [header, aligns, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
        expect(`${alignMarkdownTables(text)}\n`).toBe(await asPrettier(`${text}\n`));
      }),
      { numRuns: 150 },
    );
  });

  it('leaves the lines around tables as they are', () => {
    const text = 'Intro | not a table\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nAfter.';
    expect(alignMarkdownTables(text)).toBe('Intro | not a table\n\n| a   | b   |\n| --- | --- |\n| 1   | 2   |\n\nAfter.');
  });

  it('says which row of which table a template got wrong', () => {
    expect(() => alignMarkdownTables('x\n| a | b |\n| --- | --- |\n| 1 | 2 | 3 |')).toThrow(
      /row 1 of the table headed `\| a \| b \|` has 3 cells where the header has 2: \| 1 \| 2 \| 3 \|/,
    );
    expect(() => alignMarkdownTables('| a | b |\n| 1 | 2 |')).toThrow(/the table headed `\| a \| b \|` needs a delimiter row/);
  });

  it('measures text as a terminal shows it', () => {
    expect(displayWidth('voices')).toBe(6);
    expect(displayWidth('音声')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('👩‍💻')).toBe(2);
  });
});

describe('format: fenced-code', () => {
  const format = (code: string, parser: string): Promise<string> => prettier.format(code, { ...options, parser });

  it('formats the code fenced in Markdown as prettier does, and nothing else', async () => {
    const markdown = [
      '# Title',
      '',
      '```ts',
      'const client = new Client({apiKey: "k"}); const r = await client.voices.list({limit: 10})',
      '```',
      '',
      '~~~~js',
      'let a = {b:1}',
      '```',
      '~~~~',
      '',
      '```json',
      '{"a":1}',
      '```',
      '',
      '```sh',
      'npm   install   x',
      '```',
      '',
      '```ts',
      '```',
      '',
    ].join('\n');
    const out = await formatFencedCode(markdown, format);
    expect(out).toBe(await asPrettier(markdown));
    expect(out).not.toBe(markdown);
    expect(out).toContain("const client = new Client({ apiKey: 'k' });\nconst r = await client.voices.list({ limit: 10 });");
    expect(out).toContain('npm   install   x');
  });

  it('leaves code that does not parse, and an unclosed fence, as written (as prettier does)', async () => {
    const markdown = 'a\n\n```ts\nconst = ;\n```\n\n```ts\nlet   x = 1\n';
    expect(await formatFencedCode(markdown, format)).toBe(markdown);
  });

  it('refuses fenced-code on a file that is not Markdown', async () => {
    const files: RenderedFiles = new Map([
      ['src/a.ts', { content: 'x', source: 'templates/x/a.ts.hbs', copied: false, format: 'fenced-code' }],
    ]);
    const set = { format: 'prettier', prettier: options } as unknown as TemplateSet;
    await expect(formatOutput(files, set)).rejects.toThrow(/src\/a\.ts is not a Markdown file/);
  });
});

describe('the Markdown the TypeScript template set writes', () => {
  const goldens = path.join(REPO, 'test/golden');
  const outputs = [
    'generated/typescript',
    ...fs
      .readdirSync(goldens)
      .filter((name) => fs.existsSync(path.join(goldens, name, 'expected/README.md')))
      .map((name) => `test/golden/${name}/expected`),
  ];
  for (const folder of outputs) {
    for (const file of ['README.md', 'api.md']) {
      it(`${folder}/${file}: the layout prettier's Markdown formatter would give it`, async () => {
        const text = fs.readFileSync(path.join(REPO, folder, file), 'utf8');
        expect(text).not.toMatch(/\n\n\n|[ \t]\n|^\n|\n\n$/);
        // The hostile spec's prose holds `*/ … /*`, which prettier would rewrite as the same emphasis in
        // underscores: spec prose is Markdown, and is written as the spec has it.
        if (folder.includes('/hostile/')) return;
        expect(await asPrettier(text)).toBe(text);
      });
    }
  }
  it('covers the Cartesia client and every golden spec', () => expect(outputs.length).toBeGreaterThan(10));
});
