// The public-surface rules on small IR fixtures: what counts as a change, which way it goes, whether it breaks
// callers (inputs) or readers (outputs), and the release and version that follow.
import { afterAll, describe, expect, it } from 'vitest';
import { compareSurface, releaseOf, type MemberChange } from '../../generator/surface/compare-surface.js';
import { describeSurface } from '../../generator/surface/describe-surface.js';
import { nextVersion } from '../../generator/surface/version.js';
import { cleanupSpecs, doc, modelOf } from '../support/spec.js';

afterAll(cleanupSpecs);

// `In` is only sent (request body), `Out` only received (response), `Both` goes both ways.
const BASE = `paths:
  /items:
    post:
      operationId: items.create
      parameters:
        - { name: mode, in: query, schema: { type: string, enum: [a, b] } }
      requestBody: { required: true, content: { application/json: { schema: { $ref: '#/components/schemas/In' } } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Out' } } } }
components:
  schemas:
    In:
      type: object
      required: [name]
      properties:
        name: { type: string }
        note: { type: string }
        kind: { $ref: '#/components/schemas/InKind' }
        size: { type: [integer, 'null'] }
        both: { $ref: '#/components/schemas/Both' }
    InKind: { type: string, enum: [x, y] }
    Out:
      type: object
      required: [id, label]
      properties:
        id: { type: string }
        label: { type: string }
        state: { $ref: '#/components/schemas/OutState' }
        lang: { $ref: '#/components/schemas/Lang' }
        value: { type: string }
        pick: { oneOf: [{ $ref: '#/components/schemas/InKind' }, { $ref: '#/components/schemas/OutState' }] }
        both: { $ref: '#/components/schemas/Both' }
    OutState: { type: string, enum: ['on', 'off'] }
    Lang: { type: string, enum: [en, fr], x-extensible-enum: true }
    Both: { type: string, enum: [p, q] }`;

function surfaceOf(body: string) {
  const { model, problems } = modelOf(doc(body));
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return describeSurface(model, { values: ['APIError'], types: ['RequestOptions'] });
}

const base = surfaceOf(BASE);

/** The changes from BASE to BASE with `from` replaced by `to`. */
function changes(from: string, to: string): MemberChange[] {
  expect(BASE, `the fixture holds ${from}`).toContain(from);
  return compareSurface(base, surfaceOf(BASE.replace(from, to)));
}

function only(list: MemberChange[]): Pick<MemberChange, 'section' | 'name' | 'kind' | 'breaking'> {
  expect(list).toHaveLength(1);
  const { section, name, kind, breaking } = list[0]!;
  return { section, name, kind, breaking };
}

describe('describing the surface from the IR', () => {
  it('tells values (methods, classes) from types, and knows which way each schema goes', () => {
    expect(base['operation:items.create']).toEqual({ value: true });
    expect(base['runtime:APIError']).toEqual({ value: true });
    expect(base['runtime:RequestOptions']).toEqual({ value: false });
    expect(base['schema:In']).toMatchObject({ value: false, flow: 'input' });
    expect(base['schema:Out']).toMatchObject({ value: false, flow: 'output' });
    expect(base['enum:Both']).toMatchObject({ flow: 'both', values: ['"p"', '"q"'] });
    expect(base['enum:Lang']).toMatchObject({ open: true, values: ['"en"', '"fr"'] });
    expect(base['field:In.size']).toMatchObject({ type: 'integer', nullable: true, required: false });
    expect(base['parameter:items.create(mode)']).toMatchObject({ location: 'query', type: '"a" | "b"', flow: 'input' });
    expect(base['response:items.create']).toMatchObject({ type: 'Out', streaming: 'json', flow: 'output' });
  });

  it('writes a canonical type summary: union order and key order do not matter, inline objects are expanded', () => {
    expect(base['field:Out.pick']!.type).toBe('InKind | OutState');
    expect(
      changes(
        "oneOf: [{ $ref: '#/components/schemas/InKind' }, { $ref: '#/components/schemas/OutState' }]",
        "oneOf: [{ $ref: '#/components/schemas/OutState' }, { $ref: '#/components/schemas/InKind' }]",
      ),
    ).toEqual([]);
    const inline = surfaceOf(
      BASE.replace(
        'value: { type: string }',
        'value: { type: object, required: [b], properties: { b: { type: integer }, a: { type: array, items: { type: string } } } }',
      ),
    );
    expect(inline['field:Out.value']!.type).toBe('{"a"?: array<string>, "b": integer}');
  });
});

describe('inputs: narrowing breaks callers, widening does not', () => {
  it('removing an enum value is breaking; adding one is a minor widening', () => {
    expect(only(changes('InKind: { type: string, enum: [x, y] }', 'InKind: { type: string, enum: [x] }'))).toEqual({
      section: 'enum',
      name: 'InKind',
      kind: 'narrowed',
      breaking: true,
    });
    const added = changes('InKind: { type: string, enum: [x, y] }', 'InKind: { type: string, enum: [x, y, z] }');
    // InKind is also read through Out.pick; a closed enum that grows there breaks readers.
    expect(only(added)).toMatchObject({ kind: 'widened', breaking: true });
    const inputOnly = changes('enum: [a, b] }', 'enum: [a, b, c] }');
    expect(only(inputOnly)).toEqual({ section: 'parameter', name: 'items.create(mode)', kind: 'widened', breaking: false });
    expect(releaseOf(inputOnly)).toBe('minor');
  });

  it('a literal that becomes its base type widens: harmless on an input, breaking on an output', () => {
    const input = changes(
      '{ name: mode, in: query, schema: { type: string, enum: [a, b] } }',
      '{ name: mode, in: query, schema: { type: string } }',
    );
    expect(only(input)).toEqual({ section: 'parameter', name: 'items.create(mode)', kind: 'widened', breaking: false });
    const output = changes("OutState: { type: string, enum: ['on', 'off'] }", 'OutState: { type: string }');
    expect(output.map((c) => [c.name, c.kind, c.breaking])).toContainEqual(['OutState', expect.any(String), true]);
  });

  it('optional → required is breaking; required → optional is not', () => {
    expect(only(changes('required: [name]', 'required: [name, note]'))).toEqual({
      section: 'field',
      name: 'In.note',
      kind: 'narrowed',
      breaking: true,
    });
    const relaxed = changes('required: [name]', 'required: []');
    expect(only(relaxed)).toMatchObject({ name: 'In.name', kind: 'widened', breaking: false });
  });

  it('a new required field is breaking; a new optional one is a minor addition', () => {
    const required = changes(
      'required: [name]\n      properties:\n',
      'required: [name, extra]\n      properties:\n        extra: { type: string }\n',
    );
    expect(only(required)).toEqual({ section: 'field', name: 'In.extra', kind: 'added', breaking: true });
    const optional = changes('        note: { type: string }\n', '        note: { type: string }\n        extra: { type: string }\n');
    expect(only(optional)).toEqual({ section: 'field', name: 'In.extra', kind: 'added', breaking: false });
    expect(releaseOf(optional)).toBe('minor');
  });

  it('removing null from an input is breaking; adding it is not', () => {
    expect(only(changes("size: { type: [integer, 'null'] }", 'size: { type: integer }'))).toMatchObject({
      name: 'In.size',
      kind: 'narrowed',
      breaking: true,
    });
    expect(only(changes('note: { type: string }', "note: { type: [string, 'null'] }"))).toMatchObject({ kind: 'widened', breaking: false });
  });
});

describe('outputs: widening breaks readers, narrowing does not', () => {
  it('required → optional and nullable added are breaking; optional → required is a patch', () => {
    expect(only(changes('required: [id, label]', 'required: [id]'))).toMatchObject({ name: 'Out.label', kind: 'widened', breaking: true });
    expect(only(changes('value: { type: string }', "value: { type: [string, 'null'] }"))).toMatchObject({
      kind: 'widened',
      breaking: true,
    });
    const stricter = changes('required: [id, label]', 'required: [id, label, value]');
    expect(only(stricter)).toMatchObject({ name: 'Out.value', kind: 'narrowed', breaking: false });
    expect(releaseOf(stricter)).toBe('patch');
  });

  it('a union that grows on a closed type is breaking; a value more in an OPEN enum is not', () => {
    expect(
      only(changes("OutState: { type: string, enum: ['on', 'off'] }", "OutState: { type: string, enum: ['on', 'off', 'dim'] }")),
    ).toMatchObject({
      name: 'OutState',
      kind: 'widened',
      breaking: true,
    });
    expect(only(changes('value: { type: string }', 'value: { type: [string, integer] }'))).toMatchObject({
      kind: 'widened',
      breaking: true,
    });
    const open = changes('enum: [en, fr], x-extensible-enum: true', 'enum: [en, fr, de], x-extensible-enum: true');
    expect(only(open)).toEqual({ section: 'enum', name: 'Lang', kind: 'widened', breaking: false });
    expect(open[0]!.details).toEqual(['values +"de"']);
    expect(releaseOf(open)).toBe('minor');
  });

  it('a schema used both ways is held to both rules', () => {
    expect(only(changes('Both: { type: string, enum: [p, q] }', 'Both: { type: string, enum: [p, q, r] }'))).toMatchObject({
      breaking: true,
    });
    expect(only(changes('Both: { type: string, enum: [p, q] }', 'Both: { type: string, enum: [p] }'))).toMatchObject({ breaking: true });
  });
});

describe('additions and removals', () => {
  it('a new operation or schema is a minor release, listed once (not with each of its parts)', () => {
    const list = changes(
      'components:',
      `  /items/{id}:
    delete:
      operationId: items.delete
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: gone } }
components:`,
    );
    expect(list.map((c) => `${c.kind} ${c.section} ${c.name} ${c.breaking}`)).toEqual(['added operation items.delete false']);
    expect(releaseOf(list)).toBe('minor');
    const schema = changes('    Both:', '    Extra: { type: object, properties: { a: { type: string } } }\n    Both:');
    expect(schema.map((c) => `${c.kind} ${c.section} ${c.name}`)).toEqual(['added schema Extra']);
  });

  it('removing anything (operation, output field, runtime name) is breaking', () => {
    const removedField = changes('        value: { type: string }\n', '');
    expect(only(removedField)).toEqual({ section: 'field', name: 'Out.value', kind: 'removed', breaking: true });
    expect(releaseOf(removedField)).toBe('major');
    expect(compareSurface(base, Object.fromEntries(Object.entries(base).filter(([k]) => k !== 'runtime:APIError')))).toEqual([
      { section: 'runtime', name: 'APIError', kind: 'removed', breaking: true, details: [] },
    ]);
    const withoutOperation = Object.fromEntries(Object.entries(base).filter(([k]) => !k.includes('items.create')));
    expect(compareSurface(base, withoutOperation).map((c) => `${c.kind} ${c.section} ${c.name} ${c.breaking}`)).toEqual([
      'removed operation items.create true',
    ]);
  });

  it('a value that becomes a type only is breaking', () => {
    const list = compareSurface(base, { ...base, 'runtime:APIError': { value: false } });
    expect(only(list)).toEqual({ section: 'runtime', name: 'APIError', kind: 'changed', breaking: true });
  });

  it('read-only and write-only fields: the IR splits them into an output schema and an input twin, each with its rules', () => {
    const list = changes(
      'required: [name]\n      properties:\n',
      'required: [name, id]\n      properties:\n        id: { type: string, readOnly: true }\n',
    );
    // The body now takes the twin (a type of another name), the read-only field joins the output shape only.
    expect(list.map((c) => `${c.kind} ${c.section} ${c.name} ${c.breaking}`)).toEqual([
      'changed parameter items.create(body) true',
      'added field In.id false',
      'added schema InInput false',
    ]);
  });

  it('no change, no release', () => {
    expect(compareSurface(base, surfaceOf(BASE))).toEqual([]);
    expect(releaseOf([])).toBeUndefined();
  });
});

describe('versions', () => {
  it('bump the previous version by the release, unless info.version is higher', () => {
    expect(nextVersion(undefined, undefined, '0.3.0')).toBe('0.3.0');
    expect(nextVersion('0.1.0', 'major', '0.1.0')).toBe('1.0.0');
    expect(nextVersion('1.2.3', 'minor', '0.1.0')).toBe('1.3.0');
    expect(nextVersion('1.2.3', 'patch', '0.1.0')).toBe('1.2.4');
    expect(nextVersion('1.2.3', undefined, '0.1.0')).toBe('1.2.3');
    expect(nextVersion('1.2.3', 'minor', '2.0.0')).toBe('2.0.0');
    expect(nextVersion('not-semver', 'major', '0.1.0')).toBe('0.1.0');
  });
});
