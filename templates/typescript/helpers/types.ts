// TypeScript type expressions for IR schemas, produced by openapi-typescript's schema transformer: it owns
// the JSON Schema → TypeScript mapping (unions, intersections, discriminators, nullability, enums, records),
// and this module only points its `$ref`s at our own type names and maps binary data to file types.
import type * as TypeScript from 'typescript';
import { isBinarySchema, type ApiModel, type Schema } from 'openapi-client-generator/helpers';
import {
  astToString,
  resolveRef,
  scanDiscriminators,
  transformSchemaObject,
  ts,
  type GlobalContext,
  type OpenAPI3,
  type SchemaObject,
} from './openapi-typescript.js';

/** Where a type is used: binary data is an upload going out and a Blob coming back. */
export type TypeUse = 'request' | 'response';

/** An inline schema's type: its syntax tree, the declared types it names and the helper types it needs (printed). */
export interface InlineType {
  node: TypeScript.TypeNode;
  references: string[];
  declarations: string[];
}

// Notes openapi-typescript writes into doc comments about its own rewriting; they mean nothing to users.
const TOOL_NOTES =
  / \(enum property replaced by openapi-typescript\)|\n\s*\* @description discriminator enum property added by openapi-typescript/g;

export class TypeScriptTypePrinter {
  private readonly ctx: GlobalContext;
  private readonly document: OpenAPI3;
  private use: TypeUse = 'response';
  private readonly printed = new Set<string>();
  private readonly extraFooter = new Set<string>();
  /** Names of declared types (models, `Uploadable`) that the type being printed refers to. */
  private referenced = new Set<string>();
  /** `typeNode`'s results by use and schema. */
  private readonly inline = new Map<string, InlineType>();

  /** `typeNames` maps IR schema names to the TypeScript names the templates declare. */
  constructor(
    model: ApiModel,
    private readonly typeNames: ReadonlyMap<string, string>,
  ) {
    // openapi-typescript annotates discriminated members in place: give it a private copy.
    this.document = {
      openapi: '3.1.0',
      info: { title: model.info.title, version: model.info.version },
      paths: {},
      components: {
        schemas: markOpenEnums(structuredClone(Object.fromEntries(model.schemas.map((s) => [s.name, s.schema])))) as Record<
          string,
          SchemaObject
        >,
      },
    };
    this.ctx = {
      additionalProperties: false,
      alphabetize: false,
      arrayLength: false,
      // A default is what the server assumes when a field is left out: never make such a field required.
      defaultNonNullable: false,
      discriminators: scanDiscriminators(this.document, { silent: true }),
      emptyObjectsUnknown: true,
      enum: false,
      enumValues: false,
      conditionalEnums: false,
      dedupeEnums: false,
      excludeDeprecated: false,
      exportType: true,
      immutable: false,
      injectFooter: [],
      pathParamsAsTypes: false,
      postTransform: (type) => this.renameRef(type),
      propertiesRequiredByDefault: false,
      redoc: undefined as never,
      rootTypes: false,
      rootTypesNoSchemaPrefix: false,
      rootTypesKeepCasing: false,
      silent: true,
      transform: (schema) => this.transformSchema(schema),
      transformProperty: undefined,
      makePathsEnum: false,
      generatePathParams: false,
      readWriteMarkers: false,
      resolve: ($ref) => resolveRef(this.document, $ref, { silent: true }),
    };
  }

  /** The type of a named schema's body (its discriminator handling needs the schema's own path). */
  namedType(name: string, use: TypeUse = 'response'): string {
    const schema = this.document.components?.schemas?.[name];
    this.use = use;
    return this.printType(transformSchemaObject(schema ?? ({} as SchemaObject), { path: `#/components/schemas/${name}`, ctx: this.ctx }));
  }

  /** The type of an inline schema (parameter, body, response); the declared types its text names, which a
   * module imports (`Blob` is global and not listed); and the helper types openapi-typescript wrote it with
   * (`WithRequired`), which a module declares itself. */
  inlineType(schema: Schema, use: TypeUse): { text: string; references: string[]; declarations: string[] } {
    const { node, references, declarations } = this.typeNode(schema, use);
    return { text: this.printType(node), references, declarations };
  }

  /** Declarations openapi-typescript asked to add to the models' types (helper types such as `WithRequired`),
   * once each. */
  footer(): string {
    const out: string[] = [];
    for (const text of [...this.ctx.injectFooter.map((node) => astToString(node).trim()), ...this.extraFooter]) {
      if (!this.printed.has(text)) {
        this.printed.add(text);
        out.push(text);
      }
    }
    return out.join('\n\n');
  }

  /** The syntax tree of an inline schema's type, for `inlineType` or a declaration built around it (a params
   * type), with the declared types it names and the helper types it needs. */
  typeNode(schema: Schema, use: TypeUse): InlineType {
    // The same inline schema recurs across operations (a `limit`, an id, a body's `$ref`: a published spec of 177
    // operations has 588 of them, 117 distinct), and a syntax tree may be printed in any number of places.
    let key: string | undefined;
    try {
      key = `${use}\0${JSON.stringify(schema)}`;
    } catch {
      key = undefined;
    }
    const known = key === undefined ? undefined : this.inline.get(key);
    if (known) return known;
    const made = this.makeTypeNode(schema, use);
    if (key !== undefined) this.inline.set(key, made);
    return made;
  }

  private makeTypeNode(schema: Schema, use: TypeUse): InlineType {
    const ref = bareComponentRef(schema);
    const name = ref === undefined ? undefined : this.typeNames.get(ref);
    // What openapi-typescript makes of a bare `$ref` after renameRef, without its parsing of the pointer.
    if (name !== undefined) return { node: ts.factory.createTypeReferenceNode(name), references: [name], declarations: [] };
    this.referenced = new Set();
    // openapi-typescript adds a helper to `injectFooter` when the list lacks it: a fresh list shows this type's own.
    const shared = this.ctx.injectFooter;
    this.ctx.injectFooter = [];
    try {
      this.use = use;
      const node = transformSchemaObject(markOpenEnums(structuredClone(schema)) as SchemaObject, {
        path: '#/components/schemas/__inline',
        ctx: this.ctx,
      });
      return { node, references: [...this.referenced], declarations: this.ctx.injectFooter.map((n) => astToString(n).trim()) };
    } finally {
      this.ctx.injectFooter = shared;
    }
  }

  /** Prints a type built from `typeNode`s, laid out as the models are. */
  printType(node: TypeScript.TypeNode): string {
    return printer.printNode(ts.EmitHint.Unspecified, node, emptyFile).trim().replace(/;$/, '').replace(TOOL_NOTES, '');
  }

  /** Helper types (printed) that declarations in the models need besides those of the schema types. */
  addToFooter(declarations: Iterable<string>): void {
    for (const text of declarations) this.extraFooter.add(text);
  }

  /** `components["schemas"]["X"]` becomes our name for X. Read from the syntax tree: printing every type node
   * to recognise the few that are references cost more than the rest of the type printing. */
  private renameRef(type: TypeScript.TypeNode): TypeScript.TypeNode | undefined {
    const schemaName = componentRefName(type);
    const name = schemaName === undefined ? undefined : this.typeNames.get(schemaName);
    return name ? this.reference(name) : undefined;
  }

  // Called for property schemas (whose `$ref`s do not pass through `postTransform`) and typed schemas.
  private transformSchema(schema: SchemaObject): TypeScript.TypeNode | undefined {
    const open = (schema as Record<string, unknown>)[OPEN_ENUM];
    if (Array.isArray(open)) return openEnumType(open, schema.type);
    const ref = (schema as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = this.typeNames.get(ref.slice('#/components/schemas/'.length));
      return name ? this.reference(name) : undefined;
    }
    if (!isBinarySchema(schema)) return undefined;
    return this.use === 'request' ? this.reference('Uploadable') : ts.factory.createTypeReferenceNode('Blob');
  }

  private reference(name: string): TypeScript.TypeNode {
    this.referenced.add(name);
    return ts.factory.createTypeReferenceNode(name);
  }
}

// One printer and one (empty) source file for every type: openapi-typescript's astToString makes both per call.
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
const emptyFile = ts.createSourceFile('types.ts', '', ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);

// openapi-typescript prints any `enum` as a closed union before our hook sees it: an open enum goes to it as a
// plain string schema carrying its values under this key, and the hook prints the open union.
const OPEN_ENUM = 'x-open-enum-values';

/** Rewrites, in place, every open enum (`x-extensible-enum: true`) into a string schema that carries its values. */
function markOpenEnums<T>(node: T): T {
  if (Array.isArray(node)) {
    for (const item of node) markOpenEnums(item);
    return node;
  }
  if (node === null || typeof node !== 'object') return node;
  const schema = node as Record<string, unknown>;
  for (const value of Object.values(schema)) markOpenEnums(value);
  if (schema['x-extensible-enum'] === true && Array.isArray(schema.enum)) {
    schema[OPEN_ENUM] = schema.enum;
    delete schema.enum;
    // `type` stays (with its `null`) so the hook runs; a schema that had none is a string one.
    schema.type ??= 'string';
  }
  return node;
}

/** `'a' | 'b' | (string & {})` (or `(number & {})`): any string type-checks, and editors still offer the known values. */
function openEnumType(values: unknown[], type: unknown): TypeScript.TypeNode {
  const types = Array.isArray(type) ? type : [type];
  const numeric = types.includes('integer') || types.includes('number');
  const known = values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  const members: TypeScript.TypeNode[] = known.map((v) =>
    ts.factory.createLiteralTypeNode(typeof v === 'string' ? ts.factory.createStringLiteral(v) : ts.factory.createNumericLiteral(v)),
  );
  const anyString = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(numeric ? ts.SyntaxKind.NumberKeyword : ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  members.push(ts.factory.createParenthesizedType(anyString));
  if (values.includes(null) || types.includes('null')) members.push(ts.factory.createLiteralTypeNode(ts.factory.createNull()));
  return ts.factory.createUnionTypeNode(members);
}

/** The schema name of `{ $ref: '#/components/schemas/<name>' }` (nothing else beside it), else undefined. */
function bareComponentRef(schema: Schema): string | undefined {
  const ref = (schema as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/components/schemas/') || Object.keys(schema).length !== 1) return undefined;
  const name = ref.slice('#/components/schemas/'.length);
  // A name with JSON-pointer escapes (`~0`, `~1`, `%`) goes the long way, through openapi-typescript's decoding.
  return /[~%]/.test(name) ? undefined : name;
}

/** The schema name of a `components["schemas"]["<name>"]` type, else undefined. */
function componentRefName(type: TypeScript.TypeNode): string | undefined {
  const literal = (node: TypeScript.TypeNode): string | undefined =>
    ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
  if (!ts.isIndexedAccessTypeNode(type) || !ts.isIndexedAccessTypeNode(type.objectType)) return undefined;
  const { objectType, indexType } = type.objectType;
  if (!ts.isTypeReferenceNode(objectType) || !ts.isIdentifier(objectType.typeName)) return undefined;
  if (objectType.typeName.text !== 'components' || literal(indexType) !== 'schemas') return undefined;
  return literal(type.indexType);
}
