// What the TypeScript set writes in the layout of models.ts (TypeScript's printer) instead of having prettier lay it
// out: the params type of every method, printed by TypeScript's printer and declared in models.ts beside the schema
// types, and the runtime descriptors of descriptors.ts (data). They were two thirds of a resource module's text, and
// prettier spent most of the format stage on them (templates/README.md, Formatting, has the figures); it now formats
// the modules people read as code (resources, client), which hold the methods.
import type * as TypeScript from 'typescript';
import { namedParameters, type ApiModel, type Operation, type Schema } from 'openapi-client-generator/helpers';
import type { TypeScriptHelpers } from '../helpers.js';
import { isPropertyIdentifier, jsdoc, tsPropertyKey, tsString, type DocInput } from './naming.js';
import { ts } from './openapi-typescript.js';

/** A method's params type as models.ts declares it. */
export interface ParamsDeclaration {
  /** The type's name. */
  name: string;
  /** The method it belongs to, as called (`client.voices.list`). */
  method: string;
  /** The printed type. */
  type: string;
}

export class PrintedDeclarations {
  private params: { declarations: ParamsDeclaration[]; references: string[] } | undefined;

  constructor(private readonly helpers: TypeScriptHelpers) {}

  /** The params type of every method that takes one, in spec order. */
  paramsDeclarations(model: ApiModel): ParamsDeclaration[] {
    return this.printParams(model).declarations;
  }

  /** The declared types the params types name (models, and `Uploadable` from the runtime). */
  paramsReferences(model: ApiModel): string[] {
    return this.printParams(model).references;
  }

  /** An operation's params type: an object type of the named parameters, intersected with a merged body. The
   * types it names and the helper types it needs are noted for the module that prints it (`referencedTypes`). */
  paramsType(op: Operation): string {
    const { text, references, declarations } = this.print(op);
    this.helpers.note(references, declarations);
    return text;
  }

  // Printed once, when models.ts first asks (its imports come before the declarations).
  private printParams(model: ApiModel): { declarations: ParamsDeclaration[]; references: string[] } {
    if (this.params) return this.params;
    const references = new Set<string>();
    const declarations = model.operations
      .filter((op) => this.helpers.hasParams(op))
      .map((op) => {
        const printed = this.print(op);
        printed.references.forEach((name) => references.add(name));
        this.helpers.printer.addToFooter(printed.declarations);
        return { name: this.helpers.typeName(op.typeNames.params), method: this.helpers.methodPath(op), type: printed.text };
      });
    this.params = { declarations, references: [...references].sort() };
    return this.params;
  }

  private print(op: Operation): { text: string; references: Set<string>; declarations: Set<string> } {
    const f = ts.factory;
    const references = new Set<string>();
    const declarations = new Set<string>();
    const typeNode = (schema: Schema): TypeScript.TypeNode => {
      const printed = this.helpers.printer.typeNode(schema, 'request');
      printed.references.forEach((name) => references.add(name));
      printed.declarations.forEach((text) => declarations.add(text));
      return printed.node;
    };
    const members = namedParameters(op).map((p) =>
      member(p.name, !p.required, typeNode(p.schema), {
        ...(p.description ? { description: p.description } : {}),
        deprecated: p.deprecated,
        extra: p.schema.default !== undefined ? [`@default ${JSON.stringify(p.schema.default)}`] : [],
      }),
    );
    const body = op.requestBody;
    if (body && !body.merged) {
      const type = typeNode(this.helpers.bodySchema(body));
      members.push(member('body', !body.required, type, body.description ? { description: body.description } : {}));
    }
    const objectType = members.length > 0 ? f.createTypeLiteralNode(members) : undefined;
    let node: TypeScript.TypeNode;
    if (body?.merged) {
      const bodyType = typeNode(this.helpers.bodySchema(body));
      // The params object is the body's properties: it is never null (an intersection already drops null).
      if (objectType) node = f.createIntersectionTypeNode([objectType, bodyType]);
      else node = this.helpers.mayBeNull(body.schema) ? f.createTypeReferenceNode('NonNullable', [bodyType]) : bodyType;
    } else {
      const never = [f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), f.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword)];
      node = objectType ?? f.createTypeReferenceNode('Record', never);
    }
    return { text: this.helpers.printer.printType(node), references, declarations };
  }
}

/** A property of an object type, with its doc comment (escaped by `jsdoc`). */
function member(name: string, optional: boolean, type: TypeScript.TypeNode, doc: DocInput): TypeScript.PropertySignature {
  const f = ts.factory;
  const signature = f.createPropertySignature(
    undefined,
    propertyName(name),
    optional ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
    type,
  );
  const comment = jsdoc(doc);
  // `/**…*/` without its delimiters, which the printer writes back; it indents the comment's lines with the member.
  if (comment) ts.addSyntheticLeadingComment(signature, ts.SyntaxKind.MultiLineCommentTrivia, comment.slice(2, -2), true);
  return signature;
}

function propertyName(name: string): TypeScript.PropertyName {
  return isPropertyIdentifier(name) ? ts.factory.createIdentifier(name) : ts.factory.createStringLiteral(name);
}

/**
 * Data (JSON values) as a TypeScript expression, in the layout of models.ts: an object or array whose one-line form
 * is longer than 80 characters goes one entry a line (indented by four spaces), others stay on one line. Keys are
 * bare when they are identifiers; strings are safe anywhere (`tsString`).
 */
export function printedData(value: unknown): string {
  return print(lay(value), '');
}

/** A value's one-line form, and for an object or array its entries (each with its `key: ` prefix, if any). */
interface Laid {
  line: string;
  entries?: { prefix: string; value: Laid }[];
  brackets?: [string, string];
}

// The one-line forms are made once, bottom-up: each level reuses its entries' (the layout asks for them at every level).
function lay(value: unknown): Laid {
  if (typeof value === 'string') return { line: tsString(value) };
  if (Array.isArray(value)) {
    const entries = value.map((item) => ({ prefix: '', value: lay(item) }));
    return { line: `[${entries.map((e) => e.value.line).join(', ')}]`, entries, brackets: ['[', ']'] };
  }
  if (value && typeof value === 'object') {
    const entries = definedEntries(value).map(([key, item]) => ({ prefix: `${tsPropertyKey(key)}: `, value: lay(item) }));
    const line = entries.length > 0 ? `{ ${entries.map((e) => e.prefix + e.value.line).join(', ')} }` : '{}';
    return { line, entries, brackets: ['{', '}'] };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return { line: JSON.stringify(value) };
  throw new Error(`cannot print ${typeof value} as data`);
}

function print(laid: Laid, indent: string): string {
  if (laid.line.length <= 80 || !laid.entries || !laid.brackets) return laid.line;
  const inner = `${indent}    `;
  const items = laid.entries.map((e) => `${inner}${e.prefix}${print(e.value, inner)}`);
  return `${laid.brackets[0]}\n${items.join(',\n')}\n${indent}${laid.brackets[1]}`;
}

function definedEntries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => item !== undefined);
}
