// A large file is formatted in pieces of whole top-level statements (generator/format/statement-pieces.ts): the
// joined pieces must be exactly what prettier makes of the whole file, and a cut that would change the result
// must not be made (or must fall back to the whole file).
import path from 'node:path';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatInPieces, splitStatements, splittable } from '../../generator/format/statement-pieces.js';
import { buildModel } from '../../generator/pipeline.js';
import { renderTemplateSet } from '../../generator/render/render.js';
import { loadTemplateSet } from '../../generator/render/template-set.js';

const options = { printWidth: 80, singleQuote: true, trailingComma: 'all' as const };
const whole = (text: string, parser = 'babel-ts'): Promise<string> => prettier.format(text, { ...options, parser });

/** Formats in pieces of (at least) `size` characters, counting the calls made. */
async function inPieces(text: string, size: number, parser = 'babel-ts', extra: Record<string, unknown> = {}) {
  let calls = 0;
  const result = await formatInPieces(
    text,
    parser,
    { ...options, ...extra },
    (t) => {
      calls++;
      return prettier.format(t, { ...options, ...extra, parser });
    },
    size,
  );
  return { result, calls };
}

const declarations = (n: number): string =>
  Array.from({ length: n }, (_, i) => `export type T${i} = {a: string; b?: number|null}\n`).join('\n');

describe('formatting in pieces', () => {
  it('cuts only before `export` or `const` at column 0 after a blank line, and keeps doc comments with the statement', () => {
    const text = [
      'export const a = 1;',
      '',
      '/**',
      ' * Doc.',
      ' */',
      'export const b = 2;',
      '',
      'const c = 3;',
      'f();',
      '',
      'let d = 4;',
      '',
    ].join('\n');
    const pieces = splitStatements(text, 1);
    expect(pieces).toEqual(['export const a = 1;\n', '/**\n * Doc.\n */\nexport const b = 2;\n', 'const c = 3;\nf();\n\nlet d = 4;\n']);
    expect(pieces.join('\n')).toBe(text);
  });

  it('joins to what prettier makes of the whole file', async () => {
    const text = `// header\n${declarations(30)}\n/** Docs.\n   * more */\nexport interface I { x: string }\n\n\n\nexport const v = [1,2,3];\n`;
    const { result, calls } = await inPieces(text, 100);
    expect(calls).toBeGreaterThan(5);
    expect(result).toBe(await whole(text));
  });

  it('makes no cut after a comment, which may belong to the statement below it (prettier-ignore)', async () => {
    const text = `${declarations(5)}\n// prettier-ignore\n\nexport const  spaced  =  [ 1,2 ];\n\n/** detached */\n\nexport const x = 1;\n`;
    const pieces = splitStatements(text, 1);
    expect(pieces.some((p) => p.startsWith('export const  spaced'))).toBe(false);
    expect(pieces.some((p) => p.startsWith('export const x'))).toBe(false);
    expect((await inPieces(text, 1)).result).toBe(await whole(text));
  });

  it('formats the file whole when a cut falls inside a template literal, a block comment or a block', async () => {
    for (const inner of [
      'const s = `\n\nexport const y = 1;\n`;',
      '/* note\n\nexport const y = 1;\n*/',
      'declare module "m" {\n\nexport const y: 1;\n}',
    ]) {
      const text = `${declarations(4)}\n${inner}\n\n${declarations(4)}`;
      const { result } = await inPieces(text, 50);
      expect(result, inner).toBe(await whole(text));
    }
  });

  it('leaves a file whole when its options or line endings make pieces differ', () => {
    const text = declarations(50);
    expect(splittable(text, 'babel-ts', options, 100)).toBe(true);
    expect(splittable(text, 'markdown', options, 100)).toBe(false);
    expect(splittable(text, 'babel-ts', { ...options, requirePragma: true }, 100)).toBe(false);
    expect(splittable(text, 'babel-ts', { ...options, endOfLine: 'crlf' }, 100)).toBe(false);
    expect(splittable(text.replace(/\n/g, '\r\n'), 'babel-ts', options, 100)).toBe(false);
    expect(splittable(text, 'babel-ts', options, text.length)).toBe(false);
  });

  it('reports a syntax error at its line in the whole file', async () => {
    const text = `${declarations(10)}\nexport const broken = ;\n\n${declarations(10)}`;
    const line = text.split('\n').findIndex((l) => l.includes('broken')) + 1;
    await expect(inPieces(text, 50)).rejects.toMatchObject({ loc: { start: { line } } });
  });

  it('gives the rendered client files exactly the whole-file layout, type declarations laid out without prettier', async () => {
    const set = loadTemplateSet(path.resolve('templates/typescript'));
    const files = await renderTemplateSet(set, buildModel('spec/cartesia.yaml').model);
    let checked = 0;
    for (const [file, rendered] of files) {
      if (!file.endsWith('.ts') || rendered.content.length < 2_000) continue;
      const { result, calls } = await inPieces(rendered.content, 2_000);
      expect(result, file).toBe(await whole(rendered.content));
      if (file === 'src/models.ts') expect(calls, 'prettier calls for models.ts').toBeLessThan(5);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
