// Source positions from js-yaml's listener (generator/load/positions.ts) against the `yaml` package's document
// model, which located problems before: the same line and column for every map key and list item.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { joinPointer } from '../../generator/load/json-pointer.js';
import { lineColumns, positionIndex } from '../../generator/load/positions.js';
import { CORPUS, REPO } from '../support/paths.js';

/** Every pointer the `yaml` package can place, with its line and column (1-based). */
function yamlPackagePositions(text: string): Map<string, { line: number; column: number }> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: false });
  expect(doc.errors).toEqual([]);
  const out = new Map<string, { line: number; column: number }>();
  const place = (pointer: string, offset: number | undefined): void => {
    if (offset === undefined || out.has(pointer)) return;
    const { line, col } = lineCounter.linePos(offset);
    out.set(pointer, { line, column: col });
  };
  const seen = new Set<unknown>();
  const walk = (node: unknown, pointer: string): void => {
    if (isAlias(node) || seen.has(node)) return;
    seen.add(node);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const at = joinPointer(pointer, isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
        place(at, (pair.key as Node | null)?.range?.[0]);
        walk(pair.value, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        place(joinPointer(pointer, i), (item as Node | null)?.range?.[0]);
        walk(item, joinPointer(pointer, i));
      });
    }
  };
  place('', doc.contents?.range?.[0]);
  walk(doc.contents, '');
  return out;
}

function expectSamePositions(text: string, format: 'yaml' | 'json'): number {
  const offsetOf = positionIndex(text, format);
  expect(offsetOf).toBeDefined();
  const lineColumn = lineColumns(text);
  const expected = yamlPackagePositions(text);
  const mismatches = [...expected].filter(([pointer, want]) => {
    const got = lineColumn(offsetOf!(pointer));
    return got.line !== want.line || got.column !== want.column;
  });
  expect(mismatches.slice(0, 5)).toEqual([]);
  return expected.size;
}

const formatOf = (file: string): 'yaml' | 'json' => (file.endsWith('.json') ? 'json' : 'yaml');

describe('source positions', () => {
  it('match the yaml package on every key and item of the real specs, the Cartesia spec and the golden specs', () => {
    const golden = path.join(REPO, 'test/golden');
    const files = [
      ...fs.readdirSync(path.join(CORPUS, 'real')).map((f) => path.join(CORPUS, 'real', f)),
      path.join(REPO, 'spec/cartesia.yaml'),
      ...fs
        .readdirSync(golden)
        .map((d) => path.join(golden, d, 'spec.yaml'))
        .filter((f) => fs.existsSync(f)),
    ];
    expect(files.length).toBeGreaterThan(20);
    let pointers = 0;
    for (const file of files) pointers += expectSamePositions(fs.readFileSync(file, 'utf8'), formatOf(file));
    expect(pointers).toBeGreaterThan(50_000);
  }, 60_000);

  it.each([
    ['flow mappings with a key and no value', 'items:\n  - { a: 1, b, c: { d: 2 } }\n  - [x, y]\n'],
    ['a flow value on the line after its key', 'a:\n  { b: 1,\n    c: [1, 2] }\nd: 3\n'],
    ['quoted and numeric keys, comments, empty values', '# head\n"a b": 1\n200:\n  x: ~\n  y:\n\'c\': # note\n  - 1\n'],
    ['explicit keys', '? a\n: 1\n? b\n: [2]\n'],
    ['anchors and aliases', 'base: &b { x: 1, y: [2] }\nuse: *b\nmore:\n  - &i item\n  - *i\n'],
    ['a document start marker', '---\nopenapi: 3.1.0\ninfo:\n  title: T\n'],
  ])('match on YAML written with %s', (_, text) => {
    expect(expectSamePositions(text, 'yaml')).toBeGreaterThan(2);
  });

  it('match on JSON, duplicate keys placed at the first', () => {
    expectSamePositions('{\n  "a": { "b": [1, {"c": 2}] },\n  "d": "e"\n}\n', 'json');
    const offsetOf = positionIndex('{"a": 1,\n "a": 2}', 'json')!;
    expect(lineColumns('{"a": 1,\n "a": 2}')(offsetOf('/a'))).toEqual({ line: 1, column: 2 });
  });

  it('place a pointer that names nothing at its nearest ancestor', () => {
    const text = 'info:\n  title: T\npaths:\n  /a:\n    get: {}\n';
    const offsetOf = positionIndex(text, 'yaml')!;
    const lineColumn = lineColumns(text);
    expect(lineColumn(offsetOf('/paths/~1a/get/responses/200'))).toEqual({ line: 5, column: 5 });
    expect(lineColumn(offsetOf('/nothing/here'))).toEqual({ line: 1, column: 1 });
  });

  it('give up on text js-yaml refuses (the yaml package then places it)', () => {
    expect(positionIndex('a: 1\na: 2\n', 'yaml')).toBeUndefined();
    expect(positionIndex('a: [1, 2\n', 'yaml')).toBeUndefined();
  });
});
