// readOnly/writeOnly twins spread along references: a schema that refers to one with a twin gets one too. The
// spread read every schema again for each link of a reference chain (quadratic in the chain's length); it reads
// each schema a fixed number of times now. Counted (reads of the schemas' keys), not timed.
import { afterAll, describe, expect, it } from 'vitest';
import { affectedSchemas } from '../../generator/ir/visibility.js';
import type { NamedSchema, Schema } from '../../generator/ir/types.js';
import { cleanupSpecs, doc, modelOf } from '../support/spec.js';

afterAll(cleanupSpecs);

const name = (i: number): string => `S${String(i).padStart(4, '0')}`;

/** S0000 → S0001 → ... → the last, which has a readOnly property: named so that a pass in name order marks one. */
function chain(length: number): Record<string, Schema> {
  const schemas: Record<string, Schema> = {};
  for (let i = 0; i < length - 1; i++)
    schemas[name(i)] = { type: 'object', properties: { next: { $ref: `#/components/schemas/${name(i + 1)}` } } };
  schemas[name(length - 1)] = { type: 'object', properties: { id: { type: 'string', readOnly: true } } };
  return schemas;
}

/** How many times the schemas' keys are read while finding the affected ones. */
function keyReads(length: number): { affected: number; reads: number } {
  let reads = 0;
  const named: NamedSchema[] = Object.entries(chain(length)).map(([n, schema]) => ({
    name: n,
    originalName: n,
    deprecated: false,
    kind: 'object',
    schema: new Proxy(schema, {
      ownKeys: (target) => {
        reads++;
        return Reflect.ownKeys(target);
      },
    }),
  }));
  const affected = affectedSchemas(named, new Map(named.map((s) => [s.name, s])));
  return { affected: affected.size, reads };
}

describe('readOnly/writeOnly twins', () => {
  it('are found reading each schema a fixed number of times, however long the reference chain', () => {
    for (const length of [50, 400]) {
      const { affected, reads } = keyReads(length);
      expect(affected).toBe(length);
      // Once to look for readOnly/writeOnly properties, once for references.
      expect(reads).toBeLessThanOrEqual(2 * length);
    }
  });

  it('reach every schema of a chain through the IR', () => {
    const components = Object.entries(chain(30))
      .map(([n, s]) => `    ${n}: ${JSON.stringify(s)}`)
      .join('\n');
    const { model, problems } = modelOf(doc(`paths: {}\ncomponents:\n  schemas:\n${components}`));
    expect(problems).toEqual([]);
    const names = new Set(model.schemas.map((s) => s.name));
    for (let i = 0; i < 30; i++) expect(names.has(`${name(i)}Input`)).toBe(true);
    expect(model.schemas.find((s) => s.name === 'S0000Input')?.schema.properties?.next?.$ref).toBe('#/components/schemas/S0001Input');
  });
});
