// Python type expressions for IR schemas: pydantic models for the objects a client receives and TypedDicts for those
// it sends (inline ones hoisted into named declarations), Literal for enums and consts, Union/Optional for unions and nullability, List/Dict for arrays and maps, and
// file types for binary data. Base64 fields of streamed messages get "decoded" variants typed as bytes.
import { COMPONENT_PREFIX, type ApiModel, type NamedSchema, type Schema } from 'openapi-client-generator/helpers';
import { discriminatorOf, isNullable, isObjectWithProperties, modelAttribute, reachesObject, RISKY_KEYS, typesOf } from './model-shapes.js';
import { isPyIdentifier, pyPascalName, type PyNames } from './names.js';
import { pyString } from './literals.js';
import { schemaUses } from './uses.js';

export type TypeUse = 'request' | 'response';

export interface PrintContext {
  use: TypeUse;
  /** PascalCase base for the names of hoisted inline objects. */
  hint: string;
  /** Quote references to models: for positions Python evaluates at import time (aliases, functional TypedDicts). */
  quote: boolean;
  /** Model names the expression refers to (for a module's imports). */
  refs?: Set<string>;
  /** Builtins a class member shadows where the expression is written: printed as `builtins.x`. */
  shadowed?: ReadonlySet<string>;
  /** Property names whose base64 text is handed over as bytes (streamed messages). */
  decode?: readonly string[];
}

export interface TypedDictField {
  key: string;
  /** Attribute of a model field (the key, unless that is not a usable attribute name: then the key is its alias). */
  attr: string;
  type: string;
  required: boolean;
  doc: string;
}

/** A type declared in models.py: a pydantic model, a TypedDict (class or functional syntax) or a type alias. */
export interface Declaration {
  name: string;
  kind: 'model' | 'typeddict' | 'alias';
  doc: string;
  fields: TypedDictField[];
  /** Functional syntax: some key is not an identifier, is a keyword, or would shadow a name the class uses. */
  functional: boolean;
  expr: string;
}

/** The flattened top-level properties of an object-like schema (through `$ref`, `allOf` and union members). */
export interface ObjectShape {
  properties: Map<string, Schema[]>;
  required: Set<string>;
}

export class PyTypePrinter {
  /** Hoisted and derived declarations, in creation order (rendered after the named schemas). */
  readonly declarations: Declaration[] = [];
  private readonly byName: Map<string, NamedSchema>;
  private readonly hoisted = new Map<Schema, Map<string, string>>();
  private readonly decoded = new Map<string, string>();
  private readonly shapes = new Map<Schema, ObjectShape>();
  /** Named schemas received as models and also sent: the name of their TypedDict for the sending side. */
  private readonly paramNames = new Map<string, string>();
  private readonly inputOnly: Set<string>;

  constructor(
    model: ApiModel,
    private readonly typeName: (irName: string) => string,
    private readonly names: PyNames,
  ) {
    this.byName = new Map(model.schemas.map((s) => [s.name, s]));
    const uses = schemaUses(model);
    this.inputOnly = new Set([...uses.input].filter((n) => !uses.output.has(n)));
    for (const s of model.schemas)
      if (uses.input.has(s.name) && !this.inputOnly.has(s.name) && reachesObject(this, s.schema))
        this.paramNames.set(s.name, names.allocate(`${typeName(s.name)}Param`));
  }

  resolve(schema: Schema | undefined, depth = 0): Schema | undefined {
    if (!schema || depth > 20) return schema;
    if (schema.$ref?.startsWith(COMPONENT_PREFIX))
      return this.resolve(this.byName.get(schema.$ref.slice(COMPONENT_PREFIX.length))?.schema, depth + 1);
    return schema;
  }

  /**
   * Properties of an object-like schema through refs, allOf and union members (first declaration first).
   * Memoized per schema: schemas that reach one another through many refs (allOf: [S, S, S] over 20 levels) are
   * read once each, not 3^20 times; one met again while it is being read (a cycle) adds nothing.
   */
  shape(schema: Schema | undefined, depth = 0): ObjectShape {
    const out: ObjectShape = { properties: new Map(), required: new Set() };
    const node = this.resolve(schema);
    if (!node || depth > 20) return out;
    const known = this.shapes.get(node);
    if (known) return known;
    this.shapes.set(node, out);
    for (const [key, prop] of Object.entries(node.properties ?? {})) out.properties.set(key, [prop]);
    for (const key of node.required ?? []) out.required.add(key);
    for (const part of node.allOf ?? []) this.merge(out, this.shape(part, depth + 1), true);
    const members = [...(node.oneOf ?? []), ...(node.anyOf ?? [])];
    const shapes = members.filter((m) => this.resolve(m)?.type !== 'null').map((m) => this.shape(m, depth + 1));
    for (const inner of shapes) this.merge(out, inner, false);
    if (shapes.length > 0) {
      const shared = [...shapes[0]!.required].filter((k) => shapes.every((s) => s.required.has(k)));
      for (const key of shared) out.required.add(key);
    }
    return out;
  }

  private merge(into: ObjectShape, from: ObjectShape, required: boolean): void {
    for (const [key, schemas] of from.properties) {
      const list = into.properties.get(key) ?? [];
      into.properties.set(key, [...list, ...schemas.filter((schema) => !list.includes(schema))]);
    }
    if (required) for (const key of from.required) into.required.add(key);
  }

  /** The declaration of a named schema. */
  named(schema: NamedSchema): Declaration {
    const use: TypeUse = this.inputOnly.has(schema.name) ? 'request' : 'response';
    const declaration = this.namedAs(schema, this.typeName(schema.name), use);
    const param = this.paramNames.get(schema.name);
    if (param) this.declarations.push(this.namedAs(schema, param, 'request'));
    return declaration;
  }

  private namedAs(schema: NamedSchema, name: string, use: TypeUse): Declaration {
    const doc = [schema.description ?? schema.schema.description ?? '', schema.deprecated ? 'Deprecated.' : '']
      .filter(Boolean)
      .join('\n\n');
    const node = schema.schema;
    const merged = (node.allOf?.length ?? 0) > 1 && !node.oneOf && !node.anyOf && this.shape(node).properties.size > 0;
    if ((isObjectWithProperties(node) || merged) && !isNullable(node))
      return this.typedDict(name, doc, this.shape(node), { use, hint: name, quote: false });
    const ctx: PrintContext = { use, hint: name, quote: true };
    return { name, kind: 'alias', doc, fields: [], functional: false, expr: this.print(node, ctx, true) };
  }

  /**
   * The declaration of an object shape: a model when received, a TypedDict when sent. `omit` leaves keys out,
   * `partial` makes every key optional.
   */
  typedDict(name: string, doc: string, shape: ObjectShape, ctx: PrintContext, omit: string[] = [], partial = false): Declaration {
    const model = ctx.use === 'response';
    const keys = [...shape.properties.keys()].filter((k) => !omit.includes(k));
    const functional = !model && keys.some((k) => !isPyIdentifier(k) || RISKY_KEYS.has(k));
    const attrs = new Set<string>();
    const fields = keys.map((key) => {
      const schemas = shape.properties.get(key)!;
      const inner: PrintContext = { ...ctx, hint: `${name}${pyPascalName(key, 'Field')}`, quote: functional };
      const types = unique(schemas.map((s) => this.fieldType(s, key, inner)));
      const type = types.length === 1 ? types[0]! : joinUnion(types);
      const described = schemas.find((s) => typeof s.description === 'string')?.description ?? '';
      const deprecated = schemas.some((s) => s.deprecated === true);
      return {
        key,
        attr: model ? modelAttribute(key, attrs, (n) => this.names.isTaken(n)) : key,
        type,
        required: !partial && shape.required.has(key),
        doc: [described, deprecated ? 'Deprecated.' : ''].filter(Boolean).join('\n\n'),
      };
    });
    return { name, kind: model ? 'model' : 'typeddict', doc, fields, functional, expr: '' };
  }

  private fieldType(schema: Schema, key: string, ctx: PrintContext): string {
    if (ctx.decode?.includes(key) && this.isStringSchema(schema)) {
      const bytes = this.builtin('bytes', ctx);
      return isNullable(this.resolve(schema) ?? {}) ? `Optional[${bytes}]` : bytes;
    }
    return this.print(schema, ctx);
  }

  private isStringSchema(schema: Schema): boolean {
    const node = this.resolve(schema);
    if (!node) return false;
    const types = typesOf(node).filter((t) => t !== 'null');
    if (types.length === 1 && types[0] === 'string') return true;
    return (node.anyOf ?? []).some((m) => typesOf(this.resolve(m) ?? {}).includes('string'));
  }

  /** The type expression of a schema. `top`: the schema is a named schema's own body (do not hoist it). */
  print(schema: Schema | undefined, ctx: PrintContext, top = false): string {
    if (!schema) return 'Any';
    if (schema.$ref?.startsWith(COMPONENT_PREFIX)) return this.reference(schema.$ref.slice(COMPONENT_PREFIX.length), ctx);
    if (schema.const !== undefined) return literalOf([schema.const]) ?? this.fallback(schema, ctx);
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.filter((v) => v !== null);
      const base = typesOf(schema).find((t) => t !== 'null') ?? 'string';
      const known = literalOf(values);
      // An open enum (the API adds values over time) takes any value of its type; the literals stay for editors.
      const literal =
        known && schema['x-extensible-enum'] === true
          ? `Union[${known}, ${this.primitive(schema, base, ctx)}]`
          : (known ?? this.primitive(schema, base, ctx));
      return schema.enum.includes(null) || isNullable(schema) ? optional(literal) : literal;
    }
    const members = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
    if (members.length > 0) {
      const printed = members.map((m, i) => this.print(m, { ...ctx, hint: `${ctx.hint}${this.variantName(m, i)}` }));
      const union = joinUnion(printed);
      const tag = top && ctx.use === 'response' && union.startsWith('Union[') ? discriminatorOf(this, schema, members) : undefined;
      // pydantic then picks the member by its tag instead of trying each; an unknown tag fails validation, and the
      // runtime's lenient parsing keeps that variant as a generic model.
      const tagged = tag ? `Annotated[${union}, Field(discriminator=${pyString(tag)})]` : union;
      return isNullable(schema) ? joinUnion([tagged, 'None']) : tagged;
    }
    if (schema.allOf && schema.allOf.length > 0) {
      if (schema.allOf.length === 1 && !schema.properties) return this.print(schema.allOf[0], ctx);
      return this.hoist(schema, ctx, this.shape(schema));
    }
    const types = typesOf(schema);
    if (types.length > 1) return joinUnion(types.map((t) => this.primitive({ ...schema, type: t }, t, ctx, top)));
    const type = types[0] ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
    if (type === undefined) return 'Any';
    return this.primitive(schema, type, ctx, top);
  }

  private primitive(schema: Schema, type: string, ctx: PrintContext, top = false): string {
    switch (type) {
      case 'string':
        if (schema.format === 'binary' || (typeof schema.contentMediaType === 'string' && schema.contentEncoding === undefined))
          return ctx.use === 'request' ? 'FileTypes' : this.builtin('bytes', ctx);
        return this.builtin('str', ctx);
      case 'integer':
        return this.builtin('int', ctx);
      case 'number':
        return this.builtin('float', ctx);
      case 'boolean':
        return this.builtin('bool', ctx);
      case 'null':
        return 'None';
      case 'array':
        return `List[${this.print(schema.items, { ...ctx, hint: `${ctx.hint}Item` })}]`;
      case 'object': {
        if (isObjectWithProperties(schema)) {
          if (top)
            return this.hoist(
              { ...schema, type: 'object' },
              { ...ctx, hint: `${ctx.hint}Object` },
              this.shape({ ...schema, type: 'object' }),
            );
          return this.hoist(schema, ctx, this.shape(schema));
        }
        const extra = schema.additionalProperties;
        const value = extra && typeof extra === 'object' ? this.print(extra, { ...ctx, hint: `${ctx.hint}Value` }) : 'Any';
        return `Dict[${this.builtin('str', ctx)}, ${value}]`;
      }
      default:
        return 'Any';
    }
  }

  private fallback(schema: Schema, ctx: PrintContext): string {
    const type = typesOf(schema)[0];
    return type ? this.primitive(schema, type, ctx) : 'Any';
  }

  private builtin(name: string, ctx: PrintContext): string {
    return ctx.shadowed?.has(name) ? `builtins.${name}` : name;
  }

  private reference(irName: string, ctx: PrintContext): string {
    let name = (ctx.use === 'request' ? this.paramNames.get(irName) : undefined) ?? this.typeName(irName);
    if (ctx.decode && ctx.decode.length > 0) name = this.decodedVariant(irName, ctx.decode) ?? name;
    ctx.refs?.add(name);
    return ctx.quote ? pyString(name) : name;
  }

  /** Name of the variant of a named schema with its base64 fields as bytes, or undefined when it has none. */
  private decodedVariant(irName: string, fields: readonly string[]): string | undefined {
    const named = this.byName.get(irName);
    if (!named || !this.hasDecodedField(named.schema, fields, new Set())) return undefined;
    const key = `${irName}|${fields.join(',')}`;
    const known = this.decoded.get(key);
    if (known) return known;
    const name = this.names.allocate(`${this.typeName(irName)}Decoded`);
    this.decoded.set(key, name);
    const doc = `\`${this.typeName(irName)}\` as the client hands it over: ${fields.map((f) => `\`${f}\``).join(', ')} decoded from base64 to bytes.`;
    const ctx: PrintContext = { use: 'response', hint: name, quote: true, decode: fields };
    const node = named.schema;
    const decl =
      named.kind === 'object' && isObjectWithProperties(node) && !isNullable(node)
        ? this.typedDict(name, doc, this.shape(node), { ...ctx, quote: false })
        : { name, kind: 'alias' as const, doc, fields: [], functional: false, expr: this.print(node, ctx, true) };
    this.declarations.push(decl);
    return name;
  }

  private hasDecodedField(schema: Schema | undefined, fields: readonly string[], seen: Set<Schema>): boolean {
    if (!schema || seen.has(schema)) return false;
    seen.add(schema);
    if (schema.$ref?.startsWith(COMPONENT_PREFIX))
      return this.hasDecodedField(this.byName.get(schema.$ref.slice(COMPONENT_PREFIX.length))?.schema, fields, seen);
    for (const [key, prop] of Object.entries(schema.properties ?? {})) if (fields.includes(key) && this.isStringSchema(prop)) return true;
    return [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])].some((m) => this.hasDecodedField(m, fields, seen));
  }

  /** Declares an inline object schema as a TypedDict named after where it appears, once per schema and use. */
  private hoist(schema: Schema, ctx: PrintContext, shape: ObjectShape): string {
    const key = `${ctx.use}|${(ctx.decode ?? []).join(',')}`;
    let byUse = this.hoisted.get(schema);
    if (!byUse) this.hoisted.set(schema, (byUse = new Map()));
    let name = byUse.get(key);
    if (!name) {
      name = this.names.allocate(ctx.hint);
      byUse.set(key, name);
      const doc = typeof schema.description === 'string' ? schema.description : '';
      this.declarations.push(
        this.typedDict(name, doc, shape, { use: ctx.use, hint: name, quote: false, ...(ctx.decode ? { decode: ctx.decode } : {}) }),
      );
    }
    ctx.refs?.add(name);
    return ctx.quote ? pyString(name) : name;
  }

  /** A readable name for an inline union member: its tag value when it pins one, else its position. */
  private variantName(member: Schema, index: number): string {
    for (const prop of Object.values(member.properties ?? {})) {
      const pinned = prop.const ?? (Array.isArray(prop.enum) && prop.enum.length === 1 ? prop.enum[0] : undefined);
      if (typeof pinned === 'string' && pinned !== '') return pyPascalName(pinned, `Option${index + 1}`);
    }
    return `Option${index + 1}`;
  }
}

/** `Literal[...]` of the values, or undefined when one cannot be a Literal (floats, objects). */
function literalOf(values: unknown[]): string | undefined {
  if (values.length === 0) return undefined;
  const parts: string[] = [];
  for (const value of values) {
    if (typeof value === 'string') parts.push(pyString(value));
    else if (typeof value === 'boolean') parts.push(value ? 'True' : 'False');
    else if (typeof value === 'number' && Number.isInteger(value)) parts.push(String(value));
    else if (value === null) parts.push('None');
    else return undefined;
  }
  return `Literal[${unique(parts).join(', ')}]`;
}

function optional(type: string): string {
  return type === 'None' || type === 'Any' || type.startsWith('Optional[') ? type : `Optional[${type}]`;
}

/** `Union[...]` of the distinct members, `Optional[X]` for one member and None, `Any` when one is Any. */
export function joinUnion(types: string[]): string {
  const flat = unique(types.flatMap((t) => (t.startsWith('Union[') && balanced(t.slice(6, -1)) ? splitTop(t.slice(6, -1)) : [t])));
  if (flat.includes('Any')) return 'Any';
  const withoutNone = flat.filter((t) => t !== 'None');
  const nullable = withoutNone.length !== flat.length;
  if (withoutNone.length === 0) return 'None';
  const inner = withoutNone.length === 1 ? withoutNone[0]! : `Union[${withoutNone.join(', ')}]`;
  return nullable ? optional(inner) : inner;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function balanced(text: string): boolean {
  return splitTop(text).join(', ') === text;
}

/** Splits `A, List[B, C], "x, y"` at top-level commas. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
