// Schemas: names every schema a `$ref` can reach, and normalizes OpenAPI 3.0 and 3.1 schema objects into
// one dialect (see `Schema` in types.ts) so that no template or helper ever sees a version difference.
import path from 'node:path';
import { problem, type Problem } from '../errors.js';
import { joinPointer, splitPointer } from '../load/json-pointer.js';
import type { Origin, SpecSource } from '../load/load-spec.js';
import { NameAllocator, typeIdentifier } from './names.js';
import type { NamedSchema, Schema } from './types.js';

const SCHEMA_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
// Type names of programming languages that specs write for the JSON Schema ones (matched case-insensitively).
const TYPE_ALIASES = new Map([
  ['bool', 'boolean'],
  ['int', 'integer'],
  ['int32', 'integer'],
  ['int64', 'integer'],
  ['long', 'integer'],
  ['float', 'number'],
  ['double', 'number'],
  ['str', 'string'],
  ['dict', 'object'],
  ['list', 'array'],
]);
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SCHEMA_SINGLES = [
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'contentSchema',
] as const;
// Keys that only annotate a `$ref` and may sit beside it.
const REF_ANNOTATIONS = ['description', 'deprecated', 'default', 'readOnly', 'writeOnly', 'examples', 'title', 'summary'];

export const COMPONENT_PREFIX = '#/components/schemas/';

export class SchemaRegistry {
  private readonly names = new NameAllocator();
  private readonly nameByTarget = new Map<string, string>();
  private readonly pending: { name: string; originalName: string; node: unknown; origin: Origin }[] = [];
  private readonly done = new Map<string, NamedSchema>();

  constructor(
    private readonly source: SpecSource,
    private readonly problems: Problem[],
  ) {}

  /** Reserves a name in the schema namespace (for other generated types), returning the unique form. */
  reserveTypeName(name: string): string {
    return this.names.allocate(name);
  }

  /** Registers `components.schemas` of the root document, in spec order, before anything else is named. */
  registerComponents(): void {
    const components = this.source.root.components as Record<string, unknown> | undefined;
    const schemas = components?.schemas;
    if (!schemas || typeof schemas !== 'object') return;
    const base: Origin = { file: this.source.rootFile, pointer: '/components/schemas' };
    for (const [key, node] of Object.entries(schemas as Record<string, unknown>)) {
      const origin = { file: base.file, pointer: joinPointer(base.pointer, key) };
      const name = this.names.allocate(typeIdentifier(key));
      this.nameByTarget.set(targetKey(origin), name);
      // A component that is only a `$ref` to another file names that target (the usual way to split a spec).
      if (isPureRef(node)) {
        const target = this.source.refTarget(node.$ref, { file: origin.file, pointer: joinPointer(origin.pointer, '$ref') });
        if (target.file !== origin.file && !this.nameByTarget.has(targetKey(target))) this.nameByTarget.set(targetKey(target), name);
      }
      this.pending.push({ name, originalName: key, node, origin });
    }
  }

  /** Normalizes every named schema, including those hoisted while normalizing others. */
  finish(): NamedSchema[] {
    while (this.pending.length > 0) {
      const next = this.pending.shift()!;
      if (this.done.has(next.name)) continue;
      let node = next.node;
      let origin = next.origin;
      if (isPureRef(node)) {
        const target = this.source.refTarget(node.$ref, { file: origin.file, pointer: joinPointer(origin.pointer, '$ref') });
        // An alias of a target named after this very component: take the target's body as its own.
        if (this.nameByTarget.get(targetKey(target)) === next.name) {
          const resolved = this.source.resolveRef(node.$ref, { file: origin.file, pointer: joinPointer(origin.pointer, '$ref') });
          node = resolved.value;
          origin = resolved.origin;
        }
      }
      const schema = this.normalize(node, origin);
      this.done.set(next.name, {
        name: next.name,
        originalName: next.originalName,
        ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
        deprecated: schema.deprecated === true,
        kind: schemaKind(schema),
        schema,
      });
    }
    return [...this.done.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Normalizes a schema object found at `origin` (see `Schema`). */
  normalize(node: unknown, origin: Origin): Schema {
    if (node === true || node === undefined) return {};
    if (node === false) return { not: {} };
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      this.problems.push(
        problem(
          'schema-not-object',
          `expected a schema object here, found ${describe(node)}: read as a schema that allows any value`,
          'write a schema such as `{ type: string }` or a `$ref`',
          this.source.locate(origin),
          'warning',
        ),
      );
      return {};
    }
    const input = node as Record<string, unknown>;
    const nullable = input.nullable === true;
    if (typeof input.$ref === 'string') return this.normalizeRef(input, origin, nullable);

    const type = input.type === undefined ? undefined : this.repairType(input.type, origin);
    const out: Schema = {};
    for (const [key, value] of Object.entries(input)) {
      const at = { file: origin.file, pointer: joinPointer(origin.pointer, key) };
      if (key === 'nullable') continue;
      if (key === 'type') {
        if (type !== undefined) out.type = type as Schema['type'];
        continue;
      }
      if (key === 'required' && typeof value === 'boolean') {
        // Swagger-style `required: true` on a property: the parent object lists the property (see below).
        this.problems.push(
          problem(
            'schema-required-boolean',
            `\`required: ${value}\` is not JSON Schema: ${value ? "read as listing this property in its object's `required` (ignored where this schema is not a property)" : 'ignored (a property is optional unless its object lists it)'}`,
            "list required properties in the object's `required: [...]`",
            this.source.locate(at),
            'warning',
          ),
        );
        continue;
      }
      const wrongShape = shapeProblem(key, value);
      if (wrongShape) {
        // A malformed keyword is left out: the value is then less constrained, and the client still works.
        this.problems.push(
          problem(
            'schema-keyword-invalid',
            `\`${key}\` ${wrongShape}, found ${describe(value)}: ignored`,
            'fix the keyword or remove it',
            this.source.locate(at),
            'warning',
          ),
        );
        continue;
      }
      if ((SCHEMA_MAPS as readonly string[]).includes(key) && isRecord(value)) {
        out[key] = Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, this.normalize(v, { file: at.file, pointer: joinPointer(at.pointer, k) })]),
        );
      } else if ((SCHEMA_LISTS as readonly string[]).includes(key) && Array.isArray(value)) {
        out[key] = value.map((v, i) => this.normalize(v, { file: at.file, pointer: joinPointer(at.pointer, i) }));
      } else if (key === 'items') {
        // Draft-4 style tuple `items: [..]` is `prefixItems` in 2020-12.
        if (Array.isArray(value))
          out.prefixItems = value.map((v, i) => this.normalize(v, { file: at.file, pointer: joinPointer(at.pointer, i) }));
        else out.items = this.normalize(value, at);
      } else if ((SCHEMA_SINGLES as readonly string[]).includes(key)) {
        out[key] = typeof value === 'boolean' ? value : this.normalize(value, at);
      } else if (key === 'discriminator' && isRecord(value)) {
        out.discriminator = this.normalizeDiscriminator(value, at);
      } else if (key === 'example') {
        if (input.examples === undefined) out.examples = [value];
      } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
        const bound = key === 'exclusiveMinimum' ? input.minimum : input.maximum;
        if (value && typeof bound === 'number') out[key] = bound;
      } else {
        out[key] = value;
      }
    }
    const promoted = isRecord(input.properties)
      ? Object.entries(input.properties)
          .filter(([, v]) => isRecord(v) && v.required === true)
          .map(([k]) => k)
      : [];
    if (promoted.length > 0) out.required = [...new Set([...(Array.isArray(out.required) ? out.required : []), ...promoted])];
    // Drop the inclusive bound an exclusive one replaced.
    if (typeof out.exclusiveMinimum === 'number' && input.exclusiveMinimum === true) delete out.minimum;
    if (typeof out.exclusiveMaximum === 'number' && input.exclusiveMaximum === true) delete out.maximum;
    const open = openEnumValues(input);
    if (open) {
      out.enum = open;
      out['x-extensible-enum'] = true;
    }
    return nullable ? makeNullable(out) : out;
  }

  /**
   * The schema's `type` with common non-standard names read as the standard ones (`bool` → boolean), each with a
   * warning; another unknown name is dropped (the value is then unconstrained), also with a warning.
   */
  private repairType(raw: unknown, origin: Origin): unknown {
    // Located only for a warning: the first `locate` of a file parses it again for positions.
    const at = () => this.source.locate({ file: origin.file, pointer: joinPointer(origin.pointer, 'type') });
    const list = Array.isArray(raw) ? raw : [raw];
    const out: string[] = [];
    for (const t of list) {
      if (typeof t === 'string' && SCHEMA_TYPES.has(t)) {
        out.push(t);
        continue;
      }
      const lower = typeof t === 'string' ? t.toLowerCase() : '';
      const alias = SCHEMA_TYPES.has(lower) ? lower : TYPE_ALIASES.get(lower);
      const shown = this.source.nameFrom(t, origin);
      this.problems.push(
        alias
          ? problem('schema-type-alias', `type${shown} read as \`${alias}\``, `write \`type: ${alias}\``, at(), 'warning')
          : problem(
              'schema-type-invalid',
              `unknown schema type${shown}: ignored, so the value may be anything`,
              `use one of ${[...SCHEMA_TYPES].join(', ')}`,
              at(),
              'warning',
            ),
      );
      if (alias) out.push(alias);
    }
    const unique = [...new Set(out)];
    if (unique.length === 0) return undefined;
    return Array.isArray(raw) ? unique : unique[0];
  }

  private normalizeRef(input: Record<string, unknown>, origin: Origin, nullable: boolean): Schema {
    const refOrigin = { file: origin.file, pointer: joinPointer(origin.pointer, '$ref') };
    const name = this.nameForRef(input.$ref as string, refOrigin);
    const ref: Schema = { $ref: COMPONENT_PREFIX + name };
    const annotations: Schema = {};
    for (const key of REF_ANNOTATIONS) if (input[key] !== undefined) annotations[key] = input[key];
    if (input.example !== undefined && input.examples === undefined) annotations.examples = [input.example];
    if (nullable) return { anyOf: [ref, { type: 'null' }], ...annotations };
    return Object.keys(annotations).length > 0 ? { ...ref, ...annotations } : ref;
  }

  /** The schema name for a `$ref`, hoisting its target into the named schemas when it has none yet. */
  nameForRef(ref: string, refOrigin: Origin): string {
    const target = this.source.refTarget(ref, refOrigin);
    const key = targetKey(target);
    const known = this.nameByTarget.get(key);
    if (known) return known;
    let resolved;
    try {
      resolved = this.source.resolveRef(ref, refOrigin);
    } catch {
      // Already reported by the load stage; keep going with a placeholder.
      return this.placeholder(key, target);
    }
    const segments = splitPointer(target.pointer);
    const originalName = segments[segments.length - 1] ?? path.basename(target.file).replace(/\.(ya?ml|json)$/i, '');
    const name = this.names.allocate(typeIdentifier(originalName));
    this.nameByTarget.set(key, name);
    this.pending.push({ name, originalName, node: resolved.value, origin: target });
    return name;
  }

  private placeholder(key: string, target: Origin): string {
    const name = this.names.allocate('Unresolved');
    this.nameByTarget.set(key, name);
    this.pending.push({ name, originalName: name, node: {}, origin: target });
    return name;
  }

  private normalizeDiscriminator(value: Record<string, unknown>, at: Origin): Schema['discriminator'] {
    const result: NonNullable<Schema['discriminator']> = { propertyName: String(value.propertyName ?? '') };
    if (isRecord(value.mapping)) {
      const mapping: Record<string, string> = {};
      for (const [tag, target] of Object.entries(value.mapping)) {
        const mapAt = { file: at.file, pointer: joinPointer(at.pointer, 'mapping', tag) };
        const text = String(target);
        // A bare name (`Cat`) means `#/components/schemas/Cat` of the root document.
        const ref =
          text.includes('#') || text.includes('/') || text.includes('.') ? text : `${this.source.rootFile}#/components/schemas/${text}`;
        mapping[tag] = COMPONENT_PREFIX + this.nameForRef(ref, mapAt);
      }
      result.mapping = mapping;
    }
    return result;
  }
}

/** What is wrong with a keyword's value, if its shape is not the one JSON Schema defines. */
function shapeProblem(key: string, value: unknown): string | undefined {
  if ((SCHEMA_LISTS as readonly string[]).includes(key) && !Array.isArray(value)) return 'must be a list of schemas';
  if ((SCHEMA_MAPS as readonly string[]).includes(key) && !isRecord(value)) return 'must map names to schemas';
  if (key === 'required' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) return 'must be a list of property names';
  if (key === 'enum' && !Array.isArray(value)) return 'must be a list of values';
  if (key === 'discriminator' && !(isRecord(value) && typeof value.propertyName === 'string'))
    return 'must be an object with a `propertyName`';
  if (key === 'discriminator' && isRecord(value) && value.mapping !== undefined && !isRecord(value.mapping))
    return 'must have a `mapping` object';
  if ((key === 'format' || key === 'pattern' || key === 'contentEncoding' || key === 'contentMediaType') && typeof value !== 'string')
    return 'must be a string';
  return undefined;
}

/**
 * The known values of an open enum (any other string is valid too), in either form the ecosystem uses: Zalando's
 * `x-extensible-enum: [..]` in place of `enum`, or `enum` with `x-ms-enum: { modelAsString: true }` (or with
 * `x-extensible-enum: true`, the form the IR keeps). Undefined for a closed enum or no enum.
 */
export function openEnumValues(input: Record<string, unknown>): unknown[] | undefined {
  const marker = input['x-extensible-enum'];
  if (Array.isArray(marker)) return marker;
  const msEnum = input['x-ms-enum'];
  const open = marker === true || (isRecord(msEnum) && msEnum.modelAsString === true);
  return open && Array.isArray(input.enum) ? input.enum : undefined;
}

function makeNullable(schema: Schema): Schema {
  if (typeof schema.type === 'string') {
    const out: Schema = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) out.enum = [...schema.enum, null];
    return out;
  }
  if (Array.isArray(schema.type)) return schema.type.includes('null') ? schema : { ...schema, type: [...schema.type, 'null'] };
  if (Object.keys(schema).every((k) => REF_ANNOTATIONS.includes(k) || k.startsWith('x-'))) return schema; // untyped: null already allowed
  const annotations: Schema = {};
  const rest: Schema = {};
  for (const [k, v] of Object.entries(schema)) (REF_ANNOTATIONS.includes(k) ? annotations : rest)[k] = v;
  return { anyOf: [rest, { type: 'null' }], ...annotations };
}

export function schemaKind(schema: Schema): NamedSchema['kind'] {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== 'null') : schema.type ? [schema.type] : [];
  if (Array.isArray(schema.enum) && !schema.properties) return 'enum';
  if (schema.oneOf || schema.anyOf) return 'union';
  if (types.includes('object') || schema.properties || schema.allOf || schema.additionalProperties !== undefined) return 'object';
  if (types.includes('array')) return 'array';
  if (types.length > 0 || schema.const !== undefined || schema.$ref) return 'primitive';
  return 'unknown';
}

function isPureRef(node: unknown): node is { $ref: string } {
  return (
    isRecord(node) &&
    typeof node.$ref === 'string' &&
    Object.keys(node).every((k) => k === '$ref' || k === 'description' || k === 'summary')
  );
}

function targetKey(origin: Origin): string {
  return `${origin.file}#${origin.pointer}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // The value itself is not shown: it may have been read through a $ref from any file.
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}
