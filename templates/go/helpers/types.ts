// JSON Schema → Go types. Named schemas become declarations; inline objects, enums and unions are hoisted into
// declarations named after where they appear (`Voice` + `Mode` → `VoiceMode`), so every Go type has a name.
import type { ApiModel, NamedSchema, Schema } from 'openapi-client-generator/helpers';
import type { NameAllocator } from 'openapi-client-generator/helpers';
import { goExported } from './names.js';

/** A Go type expression: `nilable` types (slices, maps, any) tell absent from empty without a pointer. */
export interface GoType {
  text: string;
  nilable: boolean;
  /** The JSON kind a value of this type is written as, for telling union variants apart. */
  kind: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'any';
}

export interface StructField {
  name: string;
  type: string;
  json: string;
  /** `omitempty` for optional pointers, `omitzero` for optional slices and maps (nil is absent, empty is sent). */
  omit: '' | 'omitempty' | 'omitzero';
  doc?: string;
}

export interface UnionVariant {
  field: string;
  type: string;
  kind: GoType['kind'];
  tags: string[];
}

export type Declaration =
  | { kind: 'struct'; name: string; doc?: string; fields: StructField[] }
  | { kind: 'enum'; name: string; doc?: string; base: string; values: { name: string; literal: string }[] }
  | { kind: 'union'; name: string; doc?: string; property?: string; variants: UnionVariant[] }
  | { kind: 'alias'; name: string; doc?: string; target: string };

const REF = '#/components/schemas/';

/** Splits `null` off a schema: the rest, and whether null was allowed. */
export function withoutNull(schema: Schema): { schema: Schema; nullable: boolean } {
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const rest = schema.type.filter((t) => t !== 'null');
    return { schema: { ...schema, type: rest.length === 1 ? rest[0] : rest }, nullable: true };
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = schema[key];
    if (members && members.some(isNull)) {
      const rest = members.filter((m) => !isNull(m));
      if (rest.length === 1 && Object.keys(schema).filter((k) => k !== key && k !== 'description').length === 0)
        return { schema: { ...rest[0]!, ...(schema.description ? { description: schema.description } : {}) }, nullable: true };
      return { schema: { ...schema, [key]: rest }, nullable: true };
    }
  }
  return { schema, nullable: false };
}

function isNull(s: Schema): boolean {
  return s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null');
}

export class GoTypePrinter {
  readonly declarations: Declaration[] = [];
  private readonly named = new Map<string, NamedSchema>();
  private readonly goNames = new Map<string, string>();

  constructor(
    model: ApiModel,
    private readonly names: NameAllocator,
  ) {
    for (const s of model.schemas) {
      this.named.set(s.name, s);
      this.goNames.set(s.name, names.allocate(goExported(s.name)));
    }
  }

  /** The Go name of a named schema. */
  typeName(irName: string): string {
    return this.goNames.get(irName) ?? 'any';
  }

  resolve(schema: Schema): Schema {
    const seen = new Set<string>();
    let current = schema;
    while (current.$ref && current.$ref.startsWith(REF) && !seen.has(current.$ref)) {
      seen.add(current.$ref);
      const target = this.named.get(current.$ref.slice(REF.length));
      if (!target) break;
      current = target.schema;
    }
    return current;
  }

  /** Declares every named schema, in the model's order. */
  declareNamed(schema: NamedSchema): void {
    const name = this.typeName(schema.name);
    const doc = schema.deprecated ? deprecated(schema.description) : schema.description;
    const decl = this.declaration(schema.schema, name, doc);
    this.declarations.push(decl);
  }

  /** The declaration a schema gets under `name` (hoisted types it needs are declared on the way). */
  private declaration(raw: Schema, name: string, doc: string | undefined): Declaration {
    const { schema } = withoutNull(raw);
    const description = doc ?? schema.description;
    const base = { name, ...(description ? { doc: description } : {}) };
    const enumDecl = this.enumDeclaration(schema, name, description);
    if (enumDecl) return enumDecl;
    const members = schema.oneOf ?? schema.anyOf;
    if (members && members.length > 1 && !schema.properties) return this.union(schema, members, base);
    if (this.isStruct(schema)) return { kind: 'struct', ...base, fields: this.fields(schema, name) };
    const target = this.expr(raw, name);
    return { kind: 'alias', ...base, target: withoutNull(raw).nullable && !target.nilable ? `*${target.text}` : target.text };
  }

  /** How a named schema is declared: its own type (enum, union, struct), or an alias of a type expression. */
  private declaredKind(raw: Schema): 'type' | 'alias' {
    const { schema } = withoutNull(raw);
    const values = schema.enum?.filter((v) => v !== null);
    if (values && values.length > 0 && values.every((v) => typeof v === 'string')) return 'type';
    const members = schema.oneOf ?? schema.anyOf;
    if (members && members.length > 1 && !schema.properties) return 'type';
    return this.isStruct(schema) ? 'type' : 'alias';
  }

  private enumDeclaration(schema: Schema, name: string, doc?: string): Declaration | undefined {
    const values = schema.enum?.filter((v) => v !== null);
    if (!values || values.length === 0 || !values.every((v) => typeof v === 'string')) return undefined;
    const taken = new Set<string>();
    return {
      kind: 'enum',
      name,
      ...(doc ? { doc } : {}),
      base: 'string',
      values: (values as string[]).map((v) => {
        let constName = this.names.allocate(name + goExported(v, 'Empty'));
        while (taken.has(constName)) constName = this.names.allocate(constName);
        taken.add(constName);
        return { name: constName, literal: v };
      }),
    };
  }

  /** An object with properties (also through allOf): a struct. */
  isStruct(schema: Schema): boolean {
    if (schema.properties && Object.keys(schema.properties).length > 0) return true;
    if (schema.allOf && schema.allOf.length > 0)
      return schema.allOf.every((part) => this.isStruct(this.resolve(part)) || this.isEmptyObject(this.resolve(part)));
    return false;
  }

  private isEmptyObject(schema: Schema): boolean {
    return (
      (schema.type === 'object' || schema.type === undefined) &&
      !schema.properties &&
      !schema.allOf &&
      !schema.oneOf &&
      !schema.anyOf &&
      !schema.enum &&
      !schema.items
    );
  }

  /** The properties of an object, allOf parts merged in order (a later part's property wins). */
  private properties(schema: Schema): { props: Map<string, Schema>; required: Set<string> } {
    const props = new Map<string, Schema>();
    const required = new Set<string>(schema.required ?? []);
    for (const part of schema.allOf ?? []) {
      const merged = this.properties(this.resolve(part));
      for (const [k, v] of merged.props) props.set(k, v);
      for (const r of merged.required) required.add(r);
    }
    for (const [k, v] of Object.entries(schema.properties ?? {})) props.set(k, v);
    return { props, required };
  }

  fields(schema: Schema, owner: string): StructField[] {
    const { props, required } = this.properties(schema);
    // The methods every model has (render.ts): a field of the same name would not compile.
    const taken = new Set<string>(['marshaljson', 'unmarshaljson', 'receivedjson']);
    const out: StructField[] = [];
    for (const [wire, prop] of props) {
      let field = goExported(wire);
      for (let n = 2; taken.has(field.toLowerCase()); n++) field = `${goExported(wire)}${n}`;
      taken.add(field.toLowerCase());
      out.push(this.field(field, wire, prop, required.has(wire), owner + field));
    }
    return out;
  }

  /** A struct field: required ones hold the value (a pointer when null is allowed), optional ones can be absent. */
  field(name: string, wire: string, prop: Schema, required: boolean, hint: string): StructField {
    const { nullable } = withoutNull(prop);
    const type = this.expr(prop, hint);
    const doc = prop.deprecated ? deprecated(prop.description) : prop.description;
    const pointer = !type.nilable && (nullable || !required);
    return {
      name,
      type: pointer ? `*${type.text}` : type.text,
      json: wire,
      omit: required ? '' : pointer ? 'omitempty' : 'omitzero',
      ...(doc ? { doc } : {}),
    };
  }

  /** A Go type for a schema; hoisted declarations are named from `hint`. */
  expr(raw: Schema, hint: string): GoType {
    const { schema } = withoutNull(raw);
    if (schema.$ref && schema.$ref.startsWith(REF)) return this.refType(schema.$ref.slice(REF.length));
    if (schema.const !== undefined) return primitiveOf(schema.const);
    const enumValues = schema.enum?.filter((v) => v !== null);
    if (enumValues && enumValues.length > 0) {
      if (enumValues.every((v) => typeof v === 'string')) return this.hoist(schema, hint, 'string');
      if (enumValues.every((v) => typeof v === 'number' && Number.isInteger(v))) return INT;
      if (enumValues.every((v) => typeof v === 'number')) return FLOAT;
      if (enumValues.every((v) => typeof v === 'boolean')) return BOOL;
      return ANY;
    }
    const members = schema.oneOf ?? schema.anyOf;
    if (members && !schema.properties) {
      if (members.length === 1) return this.expr(members[0]!, hint);
      if (members.length > 1) return this.hoist(schema, hint, 'object');
    }
    if (schema.allOf && !schema.properties && schema.allOf.length === 1 && !schema.allOf[0]!.properties)
      return this.expr(schema.allOf[0]!, hint);
    if (this.isStruct(schema)) return this.hoist(schema, hint, 'object');
    if (schema.allOf && schema.allOf.length > 0) return ANY;
    const type = Array.isArray(schema.type) ? (schema.type.length === 1 ? schema.type[0] : undefined) : schema.type;
    switch (type) {
      case 'string':
        return schema.contentEncoding === 'base64' ? { text: '[]byte', nilable: true, kind: 'string' } : STRING;
      case 'integer':
        return INT;
      case 'number':
        return FLOAT;
      case 'boolean':
        return BOOL;
      case 'array': {
        const item = schema.items ? this.expr(schema.items, `${hint}Item`) : ANY;
        return { text: `[]${item.text}`, nilable: true, kind: 'array' };
      }
      case 'object':
      case undefined: {
        if (type === undefined && !schema.additionalProperties) return ANY;
        const ap = schema.additionalProperties;
        const value = ap && typeof ap === 'object' ? this.expr(ap, `${hint}Value`) : ANY;
        return { text: `map[string]${value.text}`, nilable: true, kind: 'object' };
      }
      default:
        return ANY;
    }
  }

  private refType(irName: string): GoType {
    const target = this.named.get(irName);
    if (!target) return ANY;
    const shape = this.peek(target.schema, 0);
    // An alias of a nullable scalar is a pointer (`type Note = *string`).
    if (this.declaredKind(target.schema) === 'alias' && withoutNull(target.schema).nullable) shape.nilable = true;
    return { text: this.typeName(irName), ...shape };
  }

  /** What `expr` would print for a schema, without declaring anything: whether it is nilable, and its JSON kind. */
  private peek(raw: Schema, depth: number): Omit<GoType, 'text'> {
    const { schema } = withoutNull(raw);
    if (depth > 32) return { nilable: false, kind: 'object' };
    if (schema.$ref && schema.$ref.startsWith(REF)) {
      const target = this.named.get(schema.$ref.slice(REF.length));
      return target ? this.peek(target.schema, depth + 1) : ANY;
    }
    if (schema.const !== undefined) return primitiveOf(schema.const);
    const values = schema.enum?.filter((v) => v !== null);
    if (values && values.length > 0 && values.every((v) => typeof v === 'string')) return STRING;
    const members = schema.oneOf ?? schema.anyOf;
    if (members && members.length === 1 && !schema.properties) return this.peek(members[0]!, depth + 1);
    if (members && members.length > 1 && !schema.properties) return { nilable: false, kind: 'object' };
    if (schema.allOf && !schema.properties && schema.allOf.length === 1 && !schema.allOf[0]!.properties)
      return this.peek(schema.allOf[0]!, depth + 1);
    if (this.isStruct(schema)) return { nilable: false, kind: 'object' };
    const printer = new GoTypePrinter({ schemas: [] as NamedSchema[] } as ApiModel, { allocate: (n: string) => n } as NameAllocator);
    const { text: _text, ...shape } = printer.expr(schema.allOf ? {} : schema, 'Peek');
    return shape;
  }

  private readonly hoisted = new Map<Schema, GoType>();

  private hoist(schema: Schema, hint: string, kind: GoType['kind']): GoType {
    const known = this.hoisted.get(schema);
    if (known) return known;
    const name = this.names.allocate(goExported(hint));
    const type: GoType = { text: name, nilable: false, kind };
    this.hoisted.set(schema, type);
    this.declarations.push(this.declaration(schema, name, schema.description));
    return type;
  }

  private union(schema: Schema, members: Schema[], base: { name: string; doc?: string }): Declaration {
    const property = schema.discriminator?.propertyName ?? this.implicitDiscriminator(members);
    const mapping = schema.discriminator?.mapping ?? {};
    const taken = new Set<string>();
    const variants = members.map((member, i): UnionVariant => {
      const tags = Object.entries(mapping)
        .filter(([, ref]) => member.$ref !== undefined && ref === member.$ref)
        .map(([tag]) => tag);
      if (tags.length === 0 && property) {
        const pinned = this.pinned(this.resolve(member), property);
        if (pinned !== undefined) tags.push(pinned);
      }
      const hint = `${base.name}${tags[0] !== undefined ? goExported(tags[0], `Variant${i + 1}`) : `Variant${i + 1}`}`;
      const type = this.expr(member, hint);
      let field = `Of${member.$ref ? goExported(type.text) : tags[0] !== undefined ? goExported(tags[0], `Variant${i + 1}`) : variantName(type.text)}`;
      for (let n = 2; taken.has(field.toLowerCase()); n++) field = `Of${variantName(type.text)}${n}`;
      taken.add(field.toLowerCase());
      return { field, type: type.nilable ? type.text : `*${type.text}`, kind: type.kind, tags };
    });
    return { kind: 'union', ...base, ...(property ? { property } : {}), variants };
  }

  /** A property every object member pins to its own single value: a discriminator the spec does not declare. */
  private implicitDiscriminator(members: Schema[]): string | undefined {
    const objects = members.map((m) => this.resolve(m));
    if (objects.length < 2 || !objects.every((o) => this.isStruct(o))) return undefined;
    const first = this.properties(objects[0]!).props;
    for (const name of first.keys()) {
      const values = objects.map((o) => this.pinned(o, name));
      if (values.every((v) => v !== undefined) && new Set(values).size === values.length) return name;
    }
    return undefined;
  }

  private pinned(schema: Schema, property: string): string | undefined {
    const prop = this.properties(schema).props.get(property);
    if (!prop) return undefined;
    const resolved = this.resolve(prop);
    if (typeof resolved.const === 'string') return resolved.const;
    if (resolved.enum && resolved.enum.length === 1 && typeof resolved.enum[0] === 'string') return resolved.enum[0];
    return undefined;
  }
}

/** `[]VoiceID` → `VoiceIDArray`, `map[string]any` → `StringAnyMap`: a field name for a union variant. */
function variantName(text: string): string {
  if (text.startsWith('[]')) return `${variantName(text.slice(2))}Array`;
  if (text.startsWith('map[string]')) return `${variantName(text.slice('map[string]'.length))}Map`;
  if (text.startsWith('*')) return variantName(text.slice(1));
  return goExported(text === 'any' ? 'Any' : text === 'int64' ? 'Int' : text === 'float64' ? 'Float' : text, 'Value');
}

const STRING: GoType = { text: 'string', nilable: false, kind: 'string' };
const INT: GoType = { text: 'int64', nilable: false, kind: 'integer' };
const FLOAT: GoType = { text: 'float64', nilable: false, kind: 'number' };
const BOOL: GoType = { text: 'bool', nilable: false, kind: 'boolean' };
export const ANY: GoType = { text: 'any', nilable: true, kind: 'any' };

function primitiveOf(value: unknown): GoType {
  if (typeof value === 'string') return STRING;
  if (typeof value === 'number') return Number.isInteger(value) ? INT : FLOAT;
  if (typeof value === 'boolean') return BOOL;
  return ANY;
}

/** Go's deprecation paragraph (read by gopls and staticcheck), after the spec's own text. */
export function deprecated(text: string | undefined): string {
  return `${text ?? ''}\n\nDeprecated: the API marks this as deprecated.`.trimStart();
}
