// The format stage lays out plain type declarations itself (generator/format/typescript-declarations.ts) and
// leaves the rest to prettier. Whatever it lays out must be exactly prettier's output, and what it declines must
// be declined rather than guessed: checked on fixed cases, on random declarations (fast-check), and on every
// statement the TypeScript template set renders for the golden specs and spec/cartesia.yaml.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../generator/format/statement-pieces.js';
import { layoutDeclarations, layoutOptions } from '../../generator/format/typescript-declarations.js';
import { buildModel } from '../../generator/pipeline.js';
import { renderTemplateSet } from '../../generator/render/render.js';
import { loadTemplateSet } from '../../generator/render/template-set.js';

const prettierOf = (text: string, printWidth: number): Promise<string> =>
  prettier.format(text, { parser: 'babel-ts', printWidth, singleQuote: true, trailingComma: 'all' });
const layout = (text: string, printWidth = 110): string | undefined =>
  layoutDeclarations(text, { printWidth, singleQuote: true, trailingComma: true });

describe('type declarations laid out without prettier', () => {
  it.each([
    [
      'an object type with doc comments',
      'export type A = {\n    /** @description One. */\n    a: string;\n    /**\n     * Two\n     *   indented\n     */\n    b?: number | null;\n};\n',
    ],
    ['a union that fits on its line', 'export type S = "a" | "b";\n'],
    [
      'a union that fits on the next line',
      `export type Dialect = ${['Aaaaaaaaaaaaaaaaaaaa', 'Bbbbbbbbbbbbbbbbbbbbbbbbb', 'Cccccccccccccccccccc', 'Dddddddddddddddd'].join(' | ')};\n`,
    ],
    ['a union one member a line', `export type E = ${Array.from({ length: 30 }, (_, i) => `"value_${i}"`).join(' | ')};\n`],
    [
      'a property union one member a line',
      `type P = {\n    mode?: ${Array.from({ length: 12 }, (_, i) => `"mode_number_${i}"`).join(' | ')};\n};\n`,
    ],
    ['an object or null', 'export type N = {\n    a: string;\n} | null;\n'],
    ['an array of objects', 'export type L = {\n    items?: {\n        id: string;\n    }[];\n};\n'],
    [
      'quotes, escapes and odd keys',
      'export type Q = {\n    "x-y"?: "it\'s" | \'say "hi"\' | "a\\"b";\n    [key: string]: unknown;\n    readonly r: (A | B)[];\n};\n',
    ],
    ['references with arguments and a comment header', '// header\n\n/**\n * Doc.\n */\nexport type R = Record<string, "a" | Foo.Bar>;\n'],
    ['an open enum on its line', 'export type O = "sonic-3" | (string & {}) | null;\n'],
    [
      'an open enum one member a line',
      `export type L = {\n    language?: ${Array.from({ length: 12 }, (_, i) => `"language_${i}"`).join(' | ')} | (string & {});\n};\n`,
    ],
    ['numbers and an empty object', 'export type M = {\n    n: 1 | -2 | 3.5;\n    e: {};\n};\n'],
    ['an object and a reference', 'export type P = {\n    /** Doc. */\n    "Cartesia-Version"?: "2025-11-04";\n} & UpdateRequest;\n'],
    ['two objects', 'export type P = {\n    a?: string;\n} & {\n    b: {\n        c: number;\n    } & Ref;\n};\n'],
    ['a constant on one line', 'const op: OperationSpec = {"method":"GET","path":"/v","security":[["Key"]]};\n'],
    [
      'constants broken from the outside in',
      `const listOperation: OperationSpec = {"method":"GET","path":"/voices","query":[${['limit', 'starting_after', 'ending_before', 'q'].map((n) => `{"name":"${n}"}`).join(',')}],"headers":[{"name":"Version","fixed":"2025-11-04"},{"name":"x-a","fixed":"b"}],"response":{"kind":"json","accept":"application/json"}};\nexport const empty: T = {"a":[],"b":{},"c":null,"d":-1.5,"e":true,"x-y":"it's"};\n`,
    ],
  ])('%s', async (_, text) => {
    const mine = layout(text, 80);
    expect(mine).toBeDefined();
    expect(mine).toBe(await prettierOf(text, 80));
  });

  it.each([
    ['an interface', 'export interface I {\n    a: string;\n}\n'],
    ['a one-line object (prettier fits it)', 'export type O = { a: string };\n'],
    ['an intersection of three parts with an object', 'export type X = A & B & {\n    b: string;\n};\n'],
    ['a union of objects', 'export type U = {\n    a: string;\n} | {\n    b: string;\n};\n'],
    ['a comment beside code', 'export type C = string; // note\n'],
    ['prettier-ignore', '// prettier-ignore\nexport type P = "a"  |  "b";\n'],
    ['a quoted key prettier may unquote', 'export type K = {\n    "plain": string;\n};\n'],
    ['text beyond ASCII', 'export type W = "日本語";\n'],
    ['a generic alias', 'export type G<T> = T[];\n'],
    ['a function type', 'export type F = (a: string) => void;\n'],
    ['a number prettier rewrites', 'export type N = 1.50 | 1e3;\n'],
    ['a long reference after `=`', `export type Long = ${'VeryLongName'.repeat(10)};\n`],
    ['a constant over several lines (prettier keeps its breaks)', 'const c: T = {\n    "a": 1\n};\n'],
    ['a string too long for its property line', `const c: T = {"a":"${'x'.repeat(90)}"};\n`],
    ['a long array of numbers', `const c: T = {"a":[${Array.from({ length: 40 }, (_, i) => i).join(',')}]};\n`],
    ['a __proto__ key', 'const c: T = {"__proto__":1};\n'],
    ['a constant holding an expression', 'const c: T = {"a":f(1)};\n'],
  ])('declines %s', (_, text) => {
    expect(layout(text, 80)).toBeUndefined();
  });

  it('declines prettier options it does not follow', () => {
    expect(layoutOptions({ printWidth: 100, singleQuote: true, trailingComma: 'all' })).toEqual({
      printWidth: 100,
      singleQuote: true,
      trailingComma: true,
    });
    expect(layoutOptions({ trailingComma: 'none' })?.trailingComma).toBe(false);
    expect(layoutOptions({ semi: false })).toBeUndefined();
    expect(layoutOptions({ tabWidth: 4 })).toBeUndefined();
    expect(layoutOptions({ quoteProps: 'consistent' })).toBeUndefined();
  });

  it('matches prettier on random declarations', () => matchesPrettierOn(declaration()));

  it('matches prettier on random constants', () => matchesPrettierOn(constant()));

  it('matches prettier on every statement rendered for the golden specs and spec/cartesia.yaml', async () => {
    const set = loadTemplateSet(path.resolve('templates/typescript'));
    const specs = [
      'spec/cartesia.yaml',
      ...fs
        .readdirSync('test/golden', { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `test/golden/${d.name}/spec.yaml`),
    ];
    let laidOut = 0;
    for (const spec of specs) {
      const files = await renderTemplateSet(set, buildModel(spec).model);
      for (const [file, rendered] of files) {
        if (!file.endsWith('.ts')) continue;
        for (const unit of splitStatements(rendered.content, 0)) {
          const mine = layout(unit);
          if (mine === undefined) continue;
          laidOut++;
          expect(mine, `${spec}: ${file}`).toBe(await prettierOf(unit, 110));
        }
      }
    }
    expect(laidOut).toBeGreaterThan(200);
  }, 60_000);
});

/** Every random text this module lays out must equal prettier's output, at three widths. */
async function matchesPrettierOn(texts: fc.Arbitrary<string>): Promise<void> {
  let laidOut = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(texts, fc.constantFrom(40, 80, 110), async (text, width) => {
      runs++;
      const mine = layout(text, width);
      if (mine === undefined) return;
      laidOut++;
      expect(mine).toBe(await prettierOf(text, width));
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 400) },
  );
  // Not a vacuous pass: a good share of the random texts are in the grammar.
  expect(laidOut).toBeGreaterThan(runs / 5);
}

// Random declarations written the way TypeScript's printer writes them (4-space indent, double quotes).
function declaration(): fc.Arbitrary<string> {
  const name = fc.constantFrom('Alpha', 'Beta', 'GammaDeltaEpsilon', 'Ns.Thing', 'VeryLongReferenceNameForWidth');
  const str = fc
    .string({ unit: fc.constantFrom('a', 'b', ' ', "'", '"', '\\n', '\\\\', '\\"', '-', '`', '$'), maxLength: 12 })
    .map((s) => `"${s.replace(/(?<!\\)"/g, '\\"').replace(/\\(?!["n\\])/g, '\\\\')}"`);
  const atom = fc.oneof(
    fc.constantFrom('string', 'number', 'boolean', 'null', 'unknown', 'never', 'true', '0', '-1', '2.5', 'Blob'),
    name,
    str,
    fc.tuple(fc.constantFrom('Record<string, ', 'Array<'), name).map(([a, n]) => `${a}${n}>`),
    fc.tuple(name, name).map(([a, b]) => `Record<string, ${a} | ${b} | "literal">`),
    fc.tuple(name, name).map(([a, b]) => `${a} & ${b}`),
    fc.constantFrom('[string, number]', 'undefined', 'void', '{}'),
  );
  const union = (inner: fc.Arbitrary<string>) => fc.array(inner, { minLength: 2, maxLength: 14 }).map((m) => m.join(' | '));
  const array = (inner: fc.Arbitrary<string>) =>
    fc.oneof(
      inner.map((t) => `${t}[]`),
      union(atom).map((u) => `(${u})[]`),
    );
  const simple = fc.oneof({ weight: 3, arbitrary: atom }, { weight: 2, arbitrary: union(atom) }, { weight: 1, arbitrary: array(atom) });
  const doc = fc.oneof(
    fc.constant(''),
    fc.constant('/** @description Short. */'),
    fc.constant('/**\n * Format: date-time\n * @description When it ran.\n */'),
  );
  const key = fc.constantFrom('a', 'long_property_name', 'readonly r', '"x-header"', '"with space"', '[key: string]');
  const object = (depth: number): fc.Arbitrary<string> =>
    fc
      .array(
        fc.tuple(
          doc,
          key,
          fc.boolean(),
          depth > 0 ? fc.oneof({ weight: 4, arbitrary: simple }, { weight: 1, arbitrary: object(depth - 1) }) : simple,
        ),
        { minLength: 1, maxLength: 5 },
      )
      .map(
        (members) => (indent: string) =>
          `{\n${members
            .map(([d, k, optional, t]) => {
              const inner = `${indent}    `;
              const type = typeof t === 'function' ? (t as (i: string) => string)(inner) : t;
              const comment = d
                ? `${d
                    .split('\n')
                    .map((l) => inner + l.trim().replace(/^\*/, ' *'))
                    .join('\n')}\n`
                : '';
              return `${comment}${inner}${k}${optional && !k.startsWith('[') ? '?' : ''}: ${type};`;
            })
            .join('\n')}\n${indent}}`,
      ) as unknown as fc.Arbitrary<string>;
  const rhs = fc.oneof(
    { weight: 3, arbitrary: simple },
    { weight: 3, arbitrary: object(1).map((o) => (o as unknown as (i: string) => string)('')) },
    { weight: 1, arbitrary: object(0).map((o) => `${(o as unknown as (i: string) => string)('')} | null`) },
    { weight: 1, arbitrary: object(0).map((o) => `${(o as unknown as (i: string) => string)('')}[]`) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(object(1), object(0), atom, fc.constantFrom('object & atom', 'atom & object', 'object & object'))
        .map(([a, b, t, shape]) => {
          const [x, y] = [(a as unknown as (i: string) => string)(''), (b as unknown as (i: string) => string)('')];
          return shape === 'object & atom' ? `${x} & ${t}` : shape === 'atom & object' ? `${t} & ${y}` : `${x} & ${y}`;
        }),
    },
  );
  return fc
    .tuple(doc, fc.constantFrom('Short', 'AMuchLongerTypeNameForTheWidthTests'), rhs)
    .map(([d, n, r]) => `${d ? `${d}\n` : ''}export type ${n} = ${r};\n`);
}

// Random `const` statements with a JSON value, on one line, as a template writes them.
function constant(): fc.Arbitrary<string> {
  const key = fc.constantFrom('name', 'kind', 'accept', 'security', 'x-header', 'with space', 'a');
  const atom = fc.oneof(
    fc.constantFrom(true, false, null, 0, 1, -2, 2.5, 'GET', 'application/json', "it's", 'say "hi"', ''),
    fc.string({ unit: fc.constantFrom('a', 'b', '-', '/', '{', '}'), maxLength: 30 }),
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  }));
  const root = fc.oneof(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), fc.array(value, { minLength: 1, maxLength: 6 }));
  return fc
    .tuple(
      fc.constantFrom('const op: OperationSpec', 'export const aMuchLongerConstantName: Spec', 'const c'),
      fc.array(root, { minLength: 1, maxLength: 3 }),
    )
    .map(([head, values]) => values.map((v) => `${head} = ${JSON.stringify(v)};\n`).join(''));
}
