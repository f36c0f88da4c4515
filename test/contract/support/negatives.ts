// Requests the spec forbids, made from valid contract cases through the client's escape hatches
// (`RequestOptions.query` / `.body`): one wrong-typed query parameter, one wrong-typed JSON body field, a
// multipart body without a required field or with a wrong-typed field. Prism must reject each with 422, and
// name the parameter or field it objects to.
import type { Operation, Schema } from '../../../generator/ir/types.js';
import type { RequestOptions } from '../../../generated/typescript/src/index.js';
import type { CaseBuilder, ContractCase } from './cases.js';
import { SchemaResolver } from './synthesize.js';

export interface NegativeCase {
  title: string;
  kind: 'query' | 'json' | 'multipart';
  /** The valid call the violation is added to (its `required only` variant). */
  base: ContractCase;
  options: RequestOptions;
  /** Name of the parameter or field Prism's violations must mention. */
  field: string;
}

type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';
const WRONG_VALUES: Record<Exclude<JsonType, 'null'>, unknown> = {
  string: 'not-a-number',
  number: 12345,
  boolean: true,
  object: { unexpected: 'object' },
  array: ['unexpected', 'array'],
};

/** JSON types a schema admits (integer counts as number), or undefined when it admits anything. */
export function admittedTypes(resolver: SchemaResolver, schema: Schema, depth = 0): Set<JsonType> | undefined {
  const s = resolver.deref(schema);
  if (depth > 8) return undefined;
  const members = [...(s.oneOf ?? []), ...(s.anyOf ?? [])];
  if (members.length > 0) {
    const all = new Set<JsonType>();
    for (const m of members) {
      const inner = admittedTypes(resolver, m, depth + 1);
      if (!inner) return undefined;
      inner.forEach((t) => all.add(t));
    }
    return all;
  }
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length === 0 && Array.isArray(s.enum))
    types.push(...new Set(s.enum.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v))));
  if (types.length === 0 && s.properties) types.push('object');
  if (types.length === 0) return undefined;
  return new Set(types.map((t) => (t === 'integer' ? 'number' : t) as JsonType));
}

/** A value of a JSON type the schema does not admit (a string for numbers, a number for strings, ...). */
export function wrongValueFor(resolver: SchemaResolver, schema: Schema, wire: 'json' | 'text'): unknown {
  const admitted = admittedTypes(resolver, schema);
  if (!admitted) return undefined;
  // On a text wire (query, form parts) only what cannot be read as an admitted type is wrong.
  const order: Exclude<JsonType, 'null'>[] = wire === 'text' ? ['string'] : ['number', 'string', 'object', 'array', 'boolean'];
  if (wire === 'text') {
    const s = resolver.deref(schema);
    if (Array.isArray(s.enum) && s.enum.every((v) => typeof v === 'string')) return 'not-an-enum-value';
    if (admitted.has('string') || admitted.has('object') || admitted.has('array')) return undefined;
  }
  const type = order.find((t) => !admitted.has(t));
  return type === undefined ? undefined : WRONG_VALUES[type];
}

function firstWith<T>(items: readonly T[], pick: (item: T) => unknown): { item: T; value: unknown } | undefined {
  for (const item of items) {
    const value = pick(item);
    if (value !== undefined) return { item, value };
  }
  return undefined;
}

/** Every negative case the operations allow, generated from the IR like the valid ones. */
export function negativeCases(builder: CaseBuilder, operations: readonly Operation[]): NegativeCase[] {
  const resolver = new SchemaResolver(builder.model.schemas);
  const out: NegativeCase[] = [];
  for (const op of operations) {
    const base = builder.casesFor(op)[0]!;
    const query = firstWith(op.parameters.query, (p) =>
      p.fixedValue === undefined ? wrongValueFor(resolver, p.schema, 'text') : undefined,
    );
    if (query) {
      // The declared value (if the case sends one) is dropped so that only the wrong one reaches Prism.
      const params = { ...base.params };
      delete params[query.item.name];
      out.push({
        title: `${op.id}: query ${query.item.name}=${JSON.stringify(query.value)}`,
        kind: 'query',
        base: { ...base, params },
        options: { query: { [query.item.name]: query.value } },
        field: query.item.name,
      });
    }
    const body = op.requestBody;
    if (!body) continue;
    const schema = resolver.deref(body.schema);
    const properties = Object.entries(schema.properties ?? {}).filter(([, p]) => !p.readOnly);
    const ordered = [
      ...properties.filter(([n]) => body.requiredProperties.includes(n)),
      ...properties.filter(([n]) => !body.requiredProperties.includes(n)),
    ];
    if (body.encoding === 'json') {
      const wrong = firstWith(ordered, ([, p]) => wrongValueFor(resolver, p, 'json'));
      if (wrong)
        out.push({
          title: `${op.id}: JSON body ${wrong.item[0]}=${JSON.stringify(wrong.value)}`,
          kind: 'json',
          base,
          options: { body: { [wrong.item[0]]: wrong.value } },
          field: wrong.item[0],
        });
    }
    if (body.encoding === 'multipart') {
      const missing = body.fields.find((f) => f.required && !f.isFile);
      if (missing)
        out.push({
          title: `${op.id}: multipart without required ${missing.name}`,
          kind: 'multipart',
          base,
          options: { body: { [missing.name]: undefined } },
          field: missing.name,
        });
      const wrong = firstWith(
        body.fields.filter((f) => !f.isFile),
        (f) => wrongValueFor(resolver, f.schema, 'text'),
      );
      if (wrong)
        out.push({
          title: `${op.id}: multipart ${wrong.item.name}=${JSON.stringify(wrong.value)}`,
          kind: 'multipart',
          base,
          options: { body: { [wrong.item.name]: wrong.value } },
          field: wrong.item.name,
        });
    }
  }
  return out;
}
