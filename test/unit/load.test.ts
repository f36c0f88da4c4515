import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { getAtPointer, joinPointer, splitPointer } from '../../generator/load/json-pointer.js';
import { parseSourceFile } from '../../generator/load/parse-source.js';
import { cleanupSpecs, specFiles } from '../support/spec.js';

afterAll(cleanupSpecs);

function errorOf(fn: () => unknown): GeneratorError {
  try {
    fn();
  } catch (err) {
    if (err instanceof GeneratorError) return err;
    throw err;
  }
  throw new Error('expected a GeneratorError');
}

describe('JSON pointers', () => {
  it('escape ~ and / and round-trip', () => {
    const pointer = joinPointer('', 'paths', '/a/{id}', 'x~y');
    expect(pointer).toBe('/paths/~1a~1{id}/x~0y');
    expect(splitPointer(pointer)).toEqual(['paths', '/a/{id}', 'x~y']);
    expect(getAtPointer({ paths: { '/a/{id}': { 'x~y': 5 } } }, pointer)).toBe(5);
    expect(getAtPointer({ list: [1, 2] }, '/list/1')).toBe(2);
    expect(getAtPointer({ list: [1, 2] }, '/list/01')).toBeUndefined();
  });
});

describe('parsing with positions', () => {
  it('locates YAML nodes by pointer (line of the key)', () => {
    const file = parseSourceFile(specFiles({ 'a.yaml': 'openapi: 3.1.0\ninfo:\n  title: T\n  version: "1"\npaths: {}\n' }));
    expect(file.locate('/info/version')).toMatchObject({ line: 4, column: 3 });
    expect(file.locate('/info/missing')).toMatchObject({ line: 2 });
  });

  it('locates JSON nodes too', () => {
    const file = parseSourceFile(specFiles({ 'a.json': '{\n  "openapi": "3.1.0",\n  "info": {\n    "title": "T"\n  }\n}\n' }));
    expect(file.format).toBe('json');
    expect(file.locate('/info/title')).toMatchObject({ line: 4, column: 5 });
  });

  it.each([
    ['a.yaml', 'openapi: 3.1.0\ninfo: { title: [unclosed\n', 'yaml-syntax', 3],
    ['a.json', '{\n  "openapi": "3.1.0",\n  "info": }\n', 'json-syntax', 3],
    ['a.yaml', 'a: 1\na: 2\n', 'yaml-syntax', 2],
  ])('reports %s syntax errors with a line', (name, text, code, line) => {
    const error = errorOf(() => parseSourceFile(specFiles({ [name]: text })));
    expect(error.problems[0]).toMatchObject({ code, location: { line } });
  });

  it('refuses empty and binary files clearly', () => {
    expect(errorOf(() => parseSourceFile(specFiles({ 'e.yaml': '  \n' }))).problems[0]!.code).toBe('empty-file');
    expect(errorOf(() => parseSourceFile(specFiles({ 'b.yaml': 'openapi\0\x01\x02' }))).problems[0]!.code).toBe('binary-file');
    expect(errorOf(() => parseSourceFile('/nonexistent/spec.yaml')).problems[0]!.code).toBe('file-unreadable');
  });
});

describe('loading a spec', () => {
  it('follows $refs across files and remembers origins', () => {
    const root = specFiles({
      'root.yaml':
        "openapi: 3.1.0\ninfo: { title: T, version: '1' }\ncomponents:\n  schemas:\n    Pet: { $ref: './schemas/pet.yaml#/Pet' }\n",
      'schemas/pet.yaml': 'Pet:\n  type: object\n  properties:\n    owner: { $ref: "#/Owner" }\nOwner: { type: string }\n',
    });
    const { source, problems } = loadSpec(root);
    expect(problems).toEqual([]);
    const pet = (source.root.components as { schemas: { Pet: unknown } }).schemas.Pet;
    const resolved = source.deref<{ type: string }>(pet, { file: source.rootFile, pointer: '/components/schemas/Pet' });
    expect(resolved.value.type).toBe('object');
    expect(resolved.origin.file).toMatch(/schemas\/pet\.yaml$/);
    expect(source.locate(resolved.origin)).toMatchObject({ line: 1, pointer: '/Pet' });
    expect(source.loadedFiles()).toHaveLength(2);
  });

  it('reports a missing $ref target at the $ref, with file and line', () => {
    const root = specFiles({
      'root.yaml': "openapi: 3.1.0\ninfo: { title: T, version: '1' }\ncomponents:\n  schemas:\n    A: { $ref: '#/components/schemas/B' }\n",
    });
    const { problems } = loadSpec(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'ref-target-missing', location: { line: 5, pointer: '/components/schemas/A/$ref' } });
  });

  it('reports a $ref to a missing file', () => {
    const root = specFiles({
      'root.yaml': "openapi: 3.1.0\ninfo: { title: T, version: '1' }\ncomponents:\n  schemas:\n    A: { $ref: './nope.yaml#/A' }\n",
    });
    expect(loadSpec(root).problems[0]).toMatchObject({ code: 'ref-file-missing', location: { line: 5 } });
  });

  it('does not treat "$ref" inside examples as a reference, but follows properties named "default"', () => {
    const root = specFiles({
      'root.yaml': [
        'openapi: 3.1.0',
        "info: { title: T, version: '1' }",
        'components:',
        '  schemas:',
        '    A:',
        '      type: object',
        "      example: { $ref: 'not-a-ref' }",
        '      properties:',
        "        default: { $ref: '#/components/schemas/Missing' }",
        '',
      ].join('\n'),
    });
    const { problems } = loadSpec(root);
    expect(problems.map((p) => p.location?.pointer)).toEqual(['/components/schemas/A/properties/default/$ref']);
  });

  it.each([
    ['swagger: "1.2"\ninfo: {}\n', /Swagger 1\.2/],
    ['asyncapi: 2.6.0\ninfo: {}\n', /AsyncAPI/],
    ['openapi: 4.0.0\ninfo: {}\n', /not supported/],
    ['info: { title: T }\n', /no `openapi` field/],
  ])('refuses documents that are not OpenAPI 3.0/3.1 in one message: %s', (text, message) => {
    const error = errorOf(() => loadSpec(specFiles({ 'x.yaml': text })));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.message).toMatch(message);
  });
});
