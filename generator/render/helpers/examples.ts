// Example values for documentation: what a caller would plausibly pass, taken from the spec's own examples
// where it has them and otherwise built from the schema (required properties only, to stay short).
import { COMPONENT_PREFIX } from '../../ir/schemas.js';
import type { ApiModel, Operation, Schema } from '../../ir/types.js';
import { namedParameters } from './core.js';

/** Stands for file contents in an example; each language prints it as its own way to make a file. */
export const BINARY_EXAMPLE = Symbol('binary');

const FORMAT_EXAMPLES: Record<string, string> = {
  'date-time': '2025-01-01T00:00:00Z',
  date: '2025-01-01',
  uri: 'https://example.com',
  url: 'https://example.com',
  email: 'user@example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
};

export class ExampleBuilder {
  private readonly byName: Map<string, Schema>;

  constructor(model: ApiModel) {
    this.byName = new Map(model.schemas.map((s) => [s.name, s.schema]));
  }

  /** A schema with its component `$ref`s followed. */
  resolve(schema: Schema | undefined, depth = 0): Schema | undefined {
    if (!schema?.$ref?.startsWith(COMPONENT_PREFIX) || depth > 8) return schema;
    return this.resolve(this.byName.get(schema.$ref.slice(COMPONENT_PREFIX.length)), depth + 1);
  }

  value(schema: Schema | undefined, name = 'value', depth = 0): unknown {
    if (!schema || depth > 8) return {};
    if (schema.$ref?.startsWith(COMPONENT_PREFIX)) {
      const target = this.byName.get(schema.$ref.slice(COMPONENT_PREFIX.length));
      return this.value(target, name, depth + 1);
    }
    if (schema.format === 'binary') return BINARY_EXAMPLE;
    if (Array.isArray(schema.examples) && schema.examples.length > 0 && !isPlaceholder(schema.examples[0]))
      return this.withFiles(schema.examples[0], schema, depth);
    if (schema.const !== undefined) return schema.const;
    if (Array.isArray(schema.enum)) {
      const first = schema.enum.find((v) => v !== null);
      if (first !== undefined) return first;
    }
    const choice = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].find((s) => s.type !== 'null');
    if (choice) return this.value(choice, name, depth + 1);
    if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => this.value(part, name, depth + 1)));
    const types = (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []).filter((t) => t !== 'null');
    const type = types[0] ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
    switch (type) {
      case 'string':
        return FORMAT_EXAMPLES[schema.format ?? ''] ?? name;
      case 'integer':
        return typeof schema.minimum === 'number' ? schema.minimum : 1;
      case 'number':
        return typeof schema.minimum === 'number' ? schema.minimum : 1;
      case 'boolean':
        return true;
      case 'array':
        return [this.value(schema.items, name, depth + 1)];
      case 'object':
        return Object.fromEntries(
          (schema.required ?? []).filter((p) => schema.properties?.[p]).map((p) => [p, this.value(schema.properties![p], p, depth + 1)]),
        );
      default:
        return {};
    }
  }

  /** A spec's example of an object puts a file name or text where a file goes (it shows the wire, not code):
   * a file stands in its place, so the example call type-checks. */
  private withFiles(example: unknown, schema: Schema, depth: number): unknown {
    if (!example || typeof example !== 'object' || Array.isArray(example) || !schema.properties) return example;
    const out = { ...(example as Record<string, unknown>) };
    for (const [key, property] of Object.entries(schema.properties))
      if (key in out && this.value(property, key, depth + 1) === BINARY_EXAMPLE) out[key] = BINARY_EXAMPLE;
    return out;
  }

  /** The params object of an example call, or undefined when the call takes none or needs none. */
  params(op: Operation): Record<string, unknown> | undefined {
    const params: Record<string, unknown> = {};
    for (const param of namedParameters(op)) if (param.required) params[param.name] = this.value(param.schema, param.name);
    const body = op.requestBody;
    if (body?.merged) {
      const value = this.value(body.schema, 'body');
      if (value !== BINARY_EXAMPLE && value && typeof value === 'object') Object.assign(params, value);
    } else if (body?.required) {
      params.body = this.value(body.schema, 'body');
    }
    return Object.keys(params).length > 0 ? params : undefined;
  }
}

/** `<string>`-style stand-ins some specs put in examples: better replaced by a schema-built value. */
function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && /^<.*>$/.test(value);
}
