// Builds a value that a JSON Schema (IR dialect) accepts: the schema's own example when it has one, else one
// synthesized from its keywords. Deterministic, so the same schema always gives the same value.
import type { NamedSchema, Schema } from '../../../generator/ir/types.js';

export interface SynthOptions {
  /** Value for `type: string, format: binary` (a file part, or a stand-in string when validating). */
  binary: () => unknown;
  /** Use `examples[0]` of a schema when present (default true). */
  useExamples?: boolean;
}

const REF_PREFIX = '#/components/schemas/';
const MAX_DEPTH = 12;
// Strings tried, in order, against a `pattern` the synthesizer cannot otherwise satisfy.
const PATTERN_CANDIDATES = ['en-US', 'example', '2025-01-01', 'a', 'A', '0', 'abc123'];
const FORMAT_VALUES: Record<string, string> = {
  'date-time': '2025-01-02T03:04:05Z',
  date: '2025-01-02',
  time: '03:04:05Z',
  uuid: '7f3a9c00-0000-4000-8000-000000000001',
  email: 'contract@example.com',
  uri: 'https://example.com/contract',
  url: 'https://example.com/contract',
  hostname: 'example.com',
  ipv4: '127.0.0.1',
  byte: 'AAAA',
};

export class SchemaResolver {
  private readonly byRef = new Map<string, Schema>();

  constructor(schemas: readonly NamedSchema[]) {
    for (const named of schemas) this.byRef.set(`${REF_PREFIX}${named.name}`, named.schema);
  }

  /** The schema a `$ref` names; throws for a reference outside `#/components/schemas`. */
  get(ref: string): Schema {
    const target = this.byRef.get(ref);
    if (!target) throw new Error(`Unresolvable $ref ${ref}`);
    return target;
  }

  /** Follows `$ref`s until a schema with keywords of its own. Keywords beside a `$ref` win over the target's. */
  deref(schema: Schema): Schema {
    let current = schema;
    for (let i = 0; current.$ref && i < MAX_DEPTH; i++) {
      const { $ref, ...beside } = current;
      current = { ...this.get($ref), ...withoutDocs(beside) };
    }
    return current;
  }
}

function withoutDocs(schema: Schema): Schema {
  const { description: _d, title: _t, ...rest } = schema;
  return rest;
}

function isNullSchema(schema: Schema): boolean {
  return schema.type === 'null' || (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null);
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class Synthesizer {
  constructor(
    private readonly resolver: SchemaResolver,
    private readonly options: SynthOptions,
  ) {}

  /** A value the schema accepts; `hint` (a property or parameter name) makes plain strings readable. */
  value(schema: Schema, hint = 'value', depth = 0): unknown {
    if (depth > MAX_DEPTH) throw new Error(`Schema nests deeper than ${MAX_DEPTH} levels at "${hint}"`);
    const s = this.resolver.deref(schema);
    const useExamples = this.options.useExamples ?? true;
    if (s.type === 'string' && s.format === 'binary') return this.options.binary();
    if (useExamples && Array.isArray(s.examples) && s.examples.length > 0 && s.examples[0] !== null) return clone(s.examples[0]);
    if (s.const !== undefined) return clone(s.const);
    if (Array.isArray(s.enum)) {
      const first = s.enum.find((v) => v !== null);
      if (first !== undefined) return clone(first);
    }
    if (s.default !== undefined && s.default !== null) return clone(s.default);
    for (const key of ['oneOf', 'anyOf'] as const) {
      const members = s[key];
      if (Array.isArray(members) && members.length > 0) {
        const member = members.find((m) => !isNullSchema(this.resolver.deref(m))) ?? members[0]!;
        const { [key]: _members, discriminator: _disc, ...outer } = s;
        const value = this.value(member, hint, depth + 1);
        // Keywords beside the union (usually only docs) still apply: fill any properties they require.
        return Object.keys(withoutDocs(outer)).length > 0 && isRecord(value)
          ? this.merge(value, this.value(outer, hint, depth + 1))
          : value;
      }
    }
    if (Array.isArray(s.allOf) && s.allOf.length > 0) {
      const { allOf, ...outer } = s;
      let merged: unknown = Object.keys(withoutDocs(outer)).length > 0 ? this.value(outer, hint, depth + 1) : undefined;
      for (const part of allOf)
        merged = merged === undefined ? this.value(part, hint, depth + 1) : this.merge(merged, this.value(part, hint, depth + 1));
      return merged;
    }
    return this.byType(s, primaryType(s), hint, depth);
  }

  private byType(s: Schema, type: string | undefined, hint: string, depth: number): unknown {
    switch (type) {
      case 'null':
        return null;
      case 'boolean':
        return true;
      case 'integer':
      case 'number':
        return numberFor(s, type);
      case 'string':
        return stringFor(s, hint);
      case 'array': {
        const item = this.value(s.items ?? {}, hint, depth + 1);
        const count = Math.max(1, typeof s.minItems === 'number' ? s.minItems : 1);
        return Array.from({ length: count }, () => clone(item));
      }
      case 'object':
      default: {
        if (type === undefined && !s.properties && !s.required && s.additionalProperties === undefined) return `example_${hint}`;
        const out: Record<string, unknown> = {};
        for (const name of s.required ?? []) {
          const property = s.properties?.[name] ?? (isRecord(s.additionalProperties) ? (s.additionalProperties as Schema) : {});
          out[name] = this.value(property, name, depth + 1);
        }
        const min = typeof s.minProperties === 'number' ? s.minProperties : 0;
        for (const [name, property] of Object.entries(s.properties ?? {})) {
          if (Object.keys(out).length >= min) break;
          if (!(name in out)) out[name] = this.value(property, name, depth + 1);
        }
        return out;
      }
    }
  }

  private merge(a: unknown, b: unknown): unknown {
    if (!isRecord(a) || !isRecord(b)) return b === undefined ? a : b;
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? this.merge(out[k], v) : v;
    return out;
  }
}

function primaryType(s: Schema): string | undefined {
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') ?? 'null';
  if (typeof s.type === 'string') return s.type;
  if (s.properties || s.required || s.additionalProperties !== undefined) return 'object';
  if (s.items) return 'array';
  return undefined;
}

function numberFor(s: Schema, type: 'integer' | 'number'): number {
  const min =
    typeof s.minimum === 'number'
      ? s.minimum
      : typeof s.exclusiveMinimum === 'number'
        ? s.exclusiveMinimum + (type === 'integer' ? 1 : 0.5)
        : undefined;
  const max =
    typeof s.maximum === 'number'
      ? s.maximum
      : typeof s.exclusiveMaximum === 'number'
        ? s.exclusiveMaximum - (type === 'integer' ? 1 : 0.5)
        : undefined;
  let value = min ?? (max !== undefined ? Math.min(1, max) : 1);
  if (type === 'integer') value = Math.ceil(value);
  if (typeof s.multipleOf === 'number' && s.multipleOf > 0) value = Math.ceil(value / s.multipleOf) * s.multipleOf;
  return value;
}

function stringFor(s: Schema, hint: string): string {
  const fixed = s.format ? FORMAT_VALUES[s.format] : undefined;
  let text = fixed ?? `example_${hint}`.replace(/[^A-Za-z0-9_-]/g, '_');
  if (typeof s.pattern === 'string') {
    const re = new RegExp(s.pattern, 'u');
    if (!re.test(text)) {
      const found = PATTERN_CANDIDATES.find((c) => re.test(c));
      if (found === undefined)
        throw new Error(`No synthesized string matches pattern ${s.pattern} ("${hint}"); add a candidate or an example`);
      text = found;
    }
  }
  const minLength = typeof s.minLength === 'number' ? s.minLength : 0;
  const maxLength = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
  if (text.length < minLength) text = text.padEnd(minLength, 'x');
  if (text.length > maxLength) text = text.slice(0, maxLength);
  return text;
}
