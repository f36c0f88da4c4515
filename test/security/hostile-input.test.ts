// Property test through the real command line: the small golden specs, mutated as text (truncated, random bytes,
// YAML anchors used inside themselves, alias bombs, nesting thousands deep) and as data (huge numbers, keys such
// as __proto__ and constructor, $refs to files outside the folder, to a FIFO, a folder, a device), are fed to
// `validate` and `generate`. Every run ends by itself with exit code 0 or 1, no stack trace and no
// "internal error", and never prints the secret kept beside the spec's folder.
// HOSTILE_RUNS and HOSTILE_SEED change the number of runs (40) and the seed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, runCliBounded } from '../support/cli.js';
import { REPO, tempDir, writeTree } from '../support/paths.js';

const GOLDEN = path.join(REPO, 'test/golden');
const SEEDS = fs
  .readdirSync(GOLDEN)
  .filter((name) => fs.existsSync(path.join(GOLDEN, name, 'spec.yaml')))
  .sort()
  .map((name) => fs.readFileSync(path.join(GOLDEN, name, 'spec.yaml'), 'utf8'));
const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261201);
const SECRET = 'sk-SECRET-beside-the-spec-93c1';
/** Each run may take this long before it counts as hung. */
const KILL_AFTER_MS = 20_000;

let work: ReturnType<typeof tempDir>;
let specDir: string;

const ODD_REFS = [
  '/etc/passwd',
  '/dev/zero',
  '../secret.yaml#/token',
  '%2e%2e/secret.yaml',
  './parts/../../secret.yaml',
  './parts/pipe.yaml',
  './parts/folder',
  './parts/link.yaml#/token',
  './parts/ok.yaml#/Ok',
  './parts/ok.yaml#/Nope',
  'file:///etc/passwd',
  'https://user:pass@example.com/x.yaml',
  '#foo',
  '#/',
  '#/components/schemas/~2',
  '',
  '#',
  '\u0000',
];
const WEIRD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '$ref', 'properties', 'x-'];

/** An object with `key` as an own property, even for `__proto__` (a plain assignment would set the prototype). */
function withKey(key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function deep(levels: number): unknown {
  let node: unknown = { type: 'string' };
  for (let i = 0; i < levels; i++) node = { type: 'object', properties: { a: node } };
  return node;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 5e-324, 1e21, Number.MAX_SAFE_INTEGER * 1000),
  fc.string({ maxLength: 16 }),
  fc.constantFrom('__proto__', 'constructor', '${x}', '*/', '\u2028', '{id}', '', 'sk-SECRET-in-the-spec'),
  fc.constantFrom(null, true, false, [], {}),
  fc.constantFrom(...ODD_REFS).map(($ref) => ({ $ref })),
  fc.integer({ min: 50, max: 200 }).map(deep),
  fc
    .tuple(fc.constantFrom(...WEIRD_KEYS), fc.oneof(fc.constant({ type: 'object' }), fc.string({ maxLength: 6 })))
    .map(([k, v]) => withKey(k, v)),
);

type DataMutation = { kind: 'replace' | 'add-key' | 'ref'; pick: number; key: string; value: unknown };
const dataMutation: fc.Arbitrary<DataMutation> = fc.record({
  kind: fc.constantFrom('replace', 'add-key', 'ref'),
  pick: fc.nat(),
  key: fc.constantFrom(...WEIRD_KEYS),
  value: hostileValue,
}) as fc.Arbitrary<DataMutation>;

type TextMutation = {
  kind: 'truncate' | 'bytes' | 'anchor-loop' | 'bomb' | 'deep' | 'duplicate-line';
  at: number;
  bytes: number[];
  depth: number;
};
const textMutation: fc.Arbitrary<TextMutation> = fc.record({
  kind: fc.constantFrom('truncate', 'bytes', 'anchor-loop', 'bomb', 'deep', 'duplicate-line'),
  at: fc.nat(),
  bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 12 }),
  depth: fc.integer({ min: 100, max: 3000 }),
}) as fc.Arbitrary<TextMutation>;

/** Every [container, key] pair of a document, in a stable order. */
function slots(doc: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const out: [Record<string, unknown> | unknown[], string | number][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach((v, i) => (out.push([node, i]), visit(v)));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) (out.push([node as Record<string, unknown>, k]), visit(v));
  };
  visit(doc);
  return out;
}

function mutateData(doc: unknown, mutation: DataMutation): void {
  const all = slots(doc);
  if (all.length === 0) return;
  const [container, key] = all[mutation.pick % all.length]!;
  const value = mutation.kind === 'ref' ? { $ref: ODD_REFS[mutation.pick % ODD_REFS.length] } : mutation.value;
  if (mutation.kind === 'add-key' && !Array.isArray(container)) {
    Object.defineProperty(container, mutation.key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    (container as Record<string | number, unknown>)[key] = value;
  }
}

function mutateText(text: string, mutation: TextMutation): string {
  const lines = text.split('\n');
  const line = mutation.at % lines.length;
  const indent = /^\s*/.exec(lines[line]!)![0];
  const insert = (added: string): string => [...lines.slice(0, line + 1), added, ...lines.slice(line + 1)].join('\n');
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1));
    case 'bytes': {
      const at = mutation.at % (text.length + 1);
      return text.slice(0, at) + Buffer.from(mutation.bytes).toString('latin1') + text.slice(at);
    }
    case 'anchor-loop':
      return insert(`${indent}x-loop: &loop${mutation.depth % 2 ? ' [*loop]' : ' { self: *loop }'}`);
    case 'bomb': {
      const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
      const body = levels.map(
        (n, i) =>
          `${indent}  ${n}: &${n} [${Array(9)
            .fill(i === 0 ? 'lol' : `*${levels[i - 1]}`)
            .join(', ')}]`,
      );
      return insert(`${indent}x-bomb:\n${body.join('\n')}`);
    }
    case 'deep':
      return insert(`${indent}x-deep: ${'['.repeat(mutation.depth)}${']'.repeat(mutation.depth)}`);
    case 'duplicate-line':
      return insert(lines[line]!);
  }
}

const scenario = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  mode: fc.constantFrom('text', 'data', 'data'),
  text: fc.array(textMutation, { minLength: 1, maxLength: 2 }),
  data: fc.array(dataMutation, { minLength: 1, maxLength: 4 }),
  json: fc.boolean(),
  command: fc.constantFrom('validate', 'validate', 'validate', 'generate'),
});

function documentOf(s: fc.RecordValue<typeof scenario extends fc.Arbitrary<infer T> ? T : never>): { text: string; ext: string } {
  const original = SEEDS[s.seed]!;
  if (s.mode === 'text') return { text: s.text.reduce(mutateText, original), ext: 'yaml' };
  const doc = parse(original) as unknown;
  for (const mutation of s.data) mutateData(doc, mutation);
  return s.json
    ? { text: JSON.stringify(doc, null, 1), ext: 'json' }
    : { text: stringify(doc, { aliasDuplicateObjects: false }), ext: 'yaml' };
}

beforeAll(() => {
  work = tempDir('hostile-input-');
  specDir = path.join(work.dir, 'api');
  writeTree(work.dir, {
    'secret.yaml': `token: ${SECRET}\nOk: { type: string }\n`,
    'api/parts/ok.yaml': 'Ok: { type: object, properties: { id: { type: string } } }\n',
    'api/parts/folder/inner.yaml': 'X: {}\n',
  });
  fs.symlinkSync(path.join(work.dir, 'secret.yaml'), path.join(specDir, 'parts/link.yaml'));
  execFileSync('mkfifo', [path.join(specDir, 'parts/pipe.yaml')]);
});
afterAll(() => work.cleanup());

describe('hostile input through the CLI', () => {
  it.each(['typescript', 'python'])('properties named $ref, properties and allOf generate the %s client', (set) => {
    // Found in a published spec (Vectara): a property called "$ref" once crashed the read/write split.
    const spec = path.join(specDir, `named-like-keywords-${set}.yaml`);
    fs.writeFileSync(
      spec,
      [
        'openapi: 3.1.0',
        "info: { title: T, version: '1' }",
        "servers: [{ url: 'https://api.example.com' }]",
        'paths:',
        '  /a:',
        '    post:',
        '      operationId: make',
        "      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Odd' } } } }",
        "      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Odd' } } } } }",
        'components:',
        '  schemas:',
        '    Odd:',
        '      type: object',
        '      properties:',
        '        $ref: { type: string }',
        '        properties: { type: object, properties: { $ref: { type: integer } } }',
        '        allOf: { type: string, readOnly: true }',
        '    Plain:',
        '      type: object',
        "      properties: { $ref: { type: string }, odd: { $ref: '#/components/schemas/Odd' } }",
        '',
      ].join('\n'),
    );
    const result = runCliBounded([
      'generate',
      '--spec',
      spec,
      '--templates',
      `templates/${set}`,
      '--out',
      path.join(work.dir, `odd-${set}`),
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(CRASH);
  });

  it(`${RUNS} mutated specs end in exit 0 or 1, without a stack trace, in bounded time`, { timeout: RUNS * KILL_AFTER_MS }, () => {
    let run = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const { text, ext } = documentOf(s);
        const spec = path.join(specDir, `spec-${run++}.${ext}`);
        fs.writeFileSync(spec, text);
        const args =
          s.command === 'generate' ? ['generate', '--spec', spec, '--out', path.join(work.dir, 'out')] : ['validate', '--spec', spec];
        const result = runCliBounded(args, KILL_AFTER_MS);
        const output = result.stdout + result.stderr;
        const context = `${spec}\n${result.stderr.slice(0, 2000)}`;
        expect(result.signal, `the run was killed after ${KILL_AFTER_MS} ms: ${context}`).toBeNull();
        expect([0, 1], context).toContain(result.status);
        expect(result.stderr, context).not.toMatch(CRASH);
        expect(output, context).not.toContain(SECRET);
        fs.rmSync(spec);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
