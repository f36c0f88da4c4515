// spec/cartesia.yaml must state the same facts as Cartesia's published reference (../shared/reference), so the
// client works against the real service: paths, methods, parameters, field names, types, enums, formats,
// required-ness and content types. Prose, examples and titles are ours and are not compared.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec, type SpecSource } from '../../generator/load/load-spec.js';
import { CARTESIA_SPEC, REFERENCE_SPEC } from '../support/paths.js';

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
// Keywords that carry facts about the wire format; everything else is documentation.
const FACT_KEYWORDS = ['format', 'default', 'deprecated', 'minimum', 'maximum', 'pattern', 'maxItems', 'const'];

/**
 * Deliberate deviations, each documented in spec/README.md. Keys are `METHOD path` plus what differs.
 */
const DEVIATIONS = new Set(['GET /agents/calls/{call_id}/audio responses']);

function isRecord(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The comparable facts of a schema, in either dialect (3.0 `nullable` or 3.1 type arrays). */
function facts(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  const out: Json = {};
  let nullable = schema.nullable === true;
  let base = schema;
  // 3.1 spelling of a nullable reference: anyOf [X, {type: null}].
  if (Array.isArray(schema.anyOf) && schema.anyOf.length === 2 && schema.anyOf.some((s) => isRecord(s) && s.type === 'null')) {
    nullable = true;
    base = { ...schema, ...(schema.anyOf.find((s) => !(isRecord(s) && s.type === 'null')) as Json), anyOf: undefined };
  }
  if (typeof base.$ref === 'string') out.ref = base.$ref.split('/').pop();
  const types = Array.isArray(base.type) ? base.type.map(String) : base.type !== undefined ? [String(base.type)] : [];
  if (nullable && types.length > 0 && !types.includes('null')) types.push('null');
  if (types.length > 0) out.type = types.sort();
  // An untyped schema admits null in both dialects, so `nullable` adds nothing there.
  if (Array.isArray(base.enum))
    out.enum = base.enum
      .filter((v) => v !== null)
      .map(String)
      .sort();
  for (const key of FACT_KEYWORDS) if (base[key] !== undefined) out[key] = base[key];
  if (isRecord(base.properties)) out.properties = Object.fromEntries(Object.entries(base.properties).map(([k, v]) => [k, facts(v)]));
  if (Array.isArray(base.required)) out.required = [...base.required].sort();
  if (base.items !== undefined) out.items = facts(base.items);
  if (base.additionalProperties !== undefined) out.additionalProperties = facts(base.additionalProperties);
  for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(base[key])) out[key] = (base[key] as unknown[]).map(facts);
  if (isRecord(base.discriminator)) {
    const mapping = isRecord(base.discriminator.mapping)
      ? Object.fromEntries(Object.entries(base.discriminator.mapping).map(([k, v]) => [k, String(v).split('/').pop()]))
      : undefined;
    out.discriminator = { propertyName: base.discriminator.propertyName, ...(mapping ? { mapping } : {}) };
  }
  return out;
}

interface OperationFacts {
  parameters: Json;
  body?: { required: boolean; content: Json };
  responses: Json;
}

function operationFacts(source: SpecSource, path: string, method: string, op: Json): OperationFacts {
  const parameters: Json = {};
  for (const raw of (op.parameters as unknown[]) ?? []) {
    const p = source.deref<Json>(raw, { file: source.rootFile, pointer: '' }).value;
    if (p.name === 'Cartesia-Version') continue; // stated once as x-api-version in our spec
    parameters[`${String(p.in)}:${String(p.name)}`] = { required: p.required === true, schema: facts(p.schema) };
  }
  const result: OperationFacts = { parameters, responses: {} };
  if (isRecord(op.requestBody)) {
    const content = op.requestBody.content as Json;
    result.body = {
      required: op.requestBody.required === true,
      content: Object.fromEntries(Object.entries(content).map(([type, media]) => [type, facts((media as Json).schema)])),
    };
  }
  for (const [status, response] of Object.entries(op.responses as Json)) {
    const content = isRecord((response as Json).content) ? ((response as Json).content as Json) : {};
    result.responses[status] = Object.fromEntries(Object.entries(content).map(([type, media]) => [type, facts((media as Json).schema)]));
  }
  void path;
  void method;
  return result;
}

function operations(source: SpecSource): Map<string, OperationFacts> {
  const map = new Map<string, OperationFacts>();
  for (const [path, item] of Object.entries(source.root.paths as Json)) {
    for (const method of METHODS) {
      const op = (item as Json)[method];
      if (isRecord(op)) map.set(`${method.toUpperCase()} ${path}`, operationFacts(source, path, method, op));
    }
  }
  return map;
}

function componentSchemas(source: SpecSource): Map<string, unknown> {
  const schemas = (source.root.components as Json).schemas as Json;
  return new Map(
    Object.entries(schemas).map(([name, node]) => {
      // Our components point into schemas/*.yaml; the published reference holds the bodies inline.
      const pointsElsewhere = isRecord(node) && typeof node.$ref === 'string' && !node.$ref.startsWith('#');
      const body = pointsElsewhere
        ? source.resolveRef(node.$ref as string, { file: source.rootFile, pointer: `/components/schemas/${name}/$ref` }).value
        : node;
      return [name, facts(body)];
    }),
  );
}

const available = fs.existsSync(REFERENCE_SPEC);

// Without ../shared (a clone elsewhere) there is nothing to compare with; CI machines have it.
describe.runIf(available)('spec/cartesia.yaml against the published reference', () => {
  if (!available) return;
  const ours = loadSpec(CARTESIA_SPEC).source;
  const reference = loadSpec(REFERENCE_SPEC).source;
  const ourOps = operations(ours);
  const refOps = operations(reference);

  it('has exactly the reference operations (paths and methods)', () => {
    expect([...ourOps.keys()].sort()).toEqual([...refOps.keys()].sort());
    expect(ourOps.size).toBe(50);
  });

  for (const [key, expected] of refOps) {
    it(`${key}: parameters, body and responses match`, () => {
      const actual = ourOps.get(key);
      expect(actual, `${key} is missing`).toBeDefined();
      expect(actual!.parameters).toEqual(expected.parameters);
      expect(actual!.body).toEqual(expected.body);
      if (DEVIATIONS.has(`${key} responses`)) {
        for (const [status, content] of Object.entries(expected.responses)) expect(actual!.responses[status]).toEqual(content);
      } else {
        expect(actual!.responses).toEqual(expected.responses);
      }
    });
  }

  it('declares every reference schema with the same facts', () => {
    const ourSchemas = componentSchemas(ours);
    const refSchemas = componentSchemas(reference);
    const missing = [...refSchemas.keys()].filter((name) => !ourSchemas.has(name));
    expect(missing).toEqual([]);
    for (const [name, expected] of refSchemas) expect(ourSchemas.get(name), name).toEqual(expected);
  });

  it('uses the reference servers and security schemes', () => {
    expect(ours.root.servers).toEqual([expect.objectContaining({ url: 'https://api.cartesia.ai' })]);
    const schemes = (doc: SpecSource) =>
      Object.fromEntries(
        Object.entries((doc.root.components as Json).securitySchemes as Json).map(([k, v]) => [
          k,
          { type: (v as Json).type, scheme: (v as Json).scheme },
        ]),
      );
    expect(schemes(ours)).toEqual(schemes(reference));
  });
});
