// Documents shaped to exhaust the generator: YAML alias bombs of a few hundred bytes, anchors used inside
// themselves, nesting thousands deep. Each ends in one located error through the real command line, quickly and
// without a stack trace; legitimate shapes (shared anchors, recursive $refs, deep but sane nesting) still work.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { parseSourceFile } from '../../generator/load/parse-source.js';
import { CRASH, runCliBounded } from '../support/cli.js';
import { tempDir, writeTree } from '../support/paths.js';

const HEAD = "openapi: 3.1.0\ninfo: { title: T, version: '1' }\nservers: [{ url: 'https://api.example.com' }]\npaths: {}\n";
let work: ReturnType<typeof tempDir>;

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded, in about 400 bytes. */
function bomb(indent: string): string {
  const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  return levels
    .map((name, i) => {
      const items = i === 0 ? Array(9).fill('lol') : Array(9).fill(`*${levels[i - 1]}`);
      return `${indent}${name}: &${name} [${items.join(', ')}]`;
    })
    .join('\n');
}

function write(name: string, text: string): string {
  writeTree(work.dir, { [name]: text });
  return path.join(work.dir, name);
}

/** One error of `code`, located in `file` (the spec by default) with a line number. */
function expectLocatedError(spec: string, code: string, file = spec): void {
  const result = runCliBounded(['validate', '--spec', spec]);
  expect(result.signal, 'the run ended by itself').toBeNull();
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).toContain(`error[${code}]`);
  expect(result.stderr).toMatch(new RegExp(`${path.basename(file).replace(/\./g, '\\.')}:\\d+:\\d+`));
  expect(result.stderr).not.toMatch(CRASH);
}

beforeAll(() => {
  work = tempDir('document-limits-');
});
afterAll(() => work.cleanup());

describe('YAML alias bombs', () => {
  const cases = {
    'under an x- extension': `${HEAD}x-bomb:\n${bomb('  ')}\n`,
    'under a schema example': `${HEAD}components:\n  schemas:\n    A:\n      type: object\n      example:\n${bomb('        ')}\n`,
    'in a referenced file': `${HEAD}components:\n  schemas:\n    A: { $ref: './part.yaml#/A' }\n`,
  };

  it.each(Object.entries(cases))('are refused %s, with a located error', (name, text) => {
    write('part.yaml', `A:\n  type: object\n  x-data:\n${bomb('    ')}\n`);
    const spec = write(`bomb-${name.replace(/\W+/g, '-')}.yaml`, text);
    expect(Buffer.byteLength(text)).toBeLessThan(1000);
    expectLocatedError(spec, 'yaml-alias-bomb', name === 'in a referenced file' ? 'part.yaml' : spec);
  });

  it('are refused by the parser itself in well under the test timeout', { timeout: 5_000 }, () => {
    const spec = write('bomb-parse.yaml', `${HEAD}x-bomb:\n${bomb('  ')}\n`);
    let error: unknown;
    try {
      parseSourceFile(spec);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).problems[0]).toMatchObject({ code: 'yaml-alias-bomb', location: { line: expect.any(Number) } });
  });

  it('leave a spec that shares a few anchors alone', () => {
    const spec = write(
      'anchors.yaml',
      `${HEAD}components:\n  schemas:\n    A: &obj { type: object, properties: { id: &id { type: string } } }\n    B: *obj\n    C: { type: object, properties: { id: *id, other: *id } }\n`,
    );
    const result = runCliBounded(['validate', '--spec', spec]);
    expect(result.status, result.stderr).toBe(0);
  });
});

describe('recursive YAML anchors', () => {
  it.each([
    ['a list that contains itself', 'x-loop: &loop [*loop]'],
    ['a mapping that contains itself', 'x-loop: &loop { self: *loop }'],
    ['a schema that contains itself', 'components:\n  schemas:\n    A: &a { type: object, properties: { child: *a } }'],
  ])('are refused: %s', (_, body) => {
    const spec = write('recursive.yaml', `${HEAD}${body}\n`);
    expectLocatedError(spec, 'yaml-recursive-alias');
  });
});

describe('nesting thousands deep', () => {
  const DEPTH = 5000;
  // Block mappings grow quadratically with their indentation: 1,000 levels are 1 MB already.
  const BLOCK_DEPTH = 1000;
  const schemaJson = '{"items":'.repeat(DEPTH) + '{}' + '}'.repeat(DEPTH);
  it.each([
    ['JSON', 'deep.json', `{"openapi":"3.1.0","info":{"title":"T","version":"1"},"paths":{},"components":{"schemas":{"A":${schemaJson}}}}`],
    ['YAML flow collections', 'deep-flow.yaml', `${HEAD}x-deep: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
    [
      'YAML block mappings',
      'deep-block.yaml',
      `${HEAD}components:\n  schemas:\n    A:\n${Array.from({ length: BLOCK_DEPTH }, (_, i) => `${' '.repeat(6 + 2 * i)}items:`).join('\n')} {}\n`,
    ],
  ])('is refused in %s, with a located error and no stack overflow', (_, name, text) => {
    expectLocatedError(write(name, text), 'spec-too-deep');
  });

  it('a schema 240 levels deep still generates a client', () => {
    let schema = '{"type":"string"}';
    for (let i = 0; i < 240; i++) schema = `{"type":"array","items":${schema}}`;
    const spec = write(
      'deep-ok.json',
      `{"openapi":"3.1.0","info":{"title":"T","version":"1"},"servers":[{"url":"https://x.example"}],"paths":{"/x":{"get":{"operationId":"getX","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/A"}}}}}}}},"components":{"schemas":{"A":${schema}}}}`,
    );
    const result = runCliBounded(['generate', '--spec', spec, '--out', path.join(work.dir, 'deep-out')]);
    expect(result.status, result.stderr).toBe(0);
  });
});

describe('$ref cycles and fans', () => {
  it.each(['typescript', 'python'])(
    'a fan of $refs (allOf: [S1, S1, S1, S1] over 18 levels, 4^18 paths) generates the %s client, each schema read once',
    (set) => {
      const levels = Array.from({ length: 18 }, (_, i) => {
        const next = `{ $ref: '#/components/schemas/S${i + 1}' }`;
        return `    S${i}: { allOf: [${Array(4).fill(next).join(', ')}] }`;
      });
      const body = "{ application/json: { schema: { $ref: '#/components/schemas/S0' } } }";
      const spec = write(
        'ref-fan.yaml',
        `${HEAD.replace('paths: {}\n', '')}paths:\n  /a:\n    post:\n      operationId: make\n      requestBody: { content: ${body} }\n` +
          `      responses: { '200': { description: ok, content: ${body} } }\n` +
          `components:\n  schemas:\n${levels.join('\n')}\n    S18: { type: object, properties: { a: { type: string } } }\n`,
      );
      const result = runCliBounded([
        'generate',
        '--spec',
        spec,
        '--templates',
        `templates/${set}`,
        '--out',
        path.join(work.dir, `fan-${set}`),
      ]);
      expect(result.signal, 'the run ended by itself').toBeNull();
      expect(result.status, result.stderr).toBe(0);
    },
  );

  it('self-referential schemas, within a file and across files, still generate', () => {
    write(
      'tree.yaml',
      "Tree:\n  type: object\n  properties:\n    children: { type: array, items: { $ref: '#/Tree' } }\n    peer: { $ref: './peer.yaml#/Peer' }\n",
    );
    write('peer.yaml', "Peer:\n  type: object\n  properties:\n    back: { $ref: './tree.yaml#/Tree' }\n");
    const spec = write(
      'cycles.yaml',
      `${HEAD}components:\n  schemas:\n    Tree: { $ref: './tree.yaml#/Tree' }\n    Node:\n      type: object\n      properties:\n        next: { $ref: '#/components/schemas/Node' }\n`,
    );
    const result = runCliBounded(['generate', '--spec', spec, '--out', path.join(work.dir, 'cycles-out')]);
    expect(result.status, result.stderr).toBe(0);
  });
});
