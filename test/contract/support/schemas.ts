// Run-time validation of values against the IR's JSON Schemas (2020-12) with ajv. The named schemas are
// added once as one document, so every `#/components/schemas/<Name>` reference resolves.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ApiModel, Schema } from '../../../generator/ir/types.js';

const DOCUMENT_ID = 'https://contract.test/cartesia.json';
const LOCAL_REF = /^#\/components\/schemas\//;
// ajv-formats is CommonJS: its default export arrives wrapped under `default` in ESM.
const addFormatsExport = addFormatsModule as unknown as { default?: unknown };
const addFormats = (addFormatsExport.default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

export interface Verdict {
  valid: boolean;
  errors: string;
}

export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<Schema, ValidateFunction>();

  constructor(model: ApiModel) {
    // strict: false lets OpenAPI/IR keywords through as annotations (`discriminator`, `x-*`, `example`).
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    // OpenAPI's numeric and binary formats carry no constraint ajv can check on decoded JSON.
    for (const format of ['binary', 'double', 'float', 'int32', 'int64', 'password'])
      this.ajv.addFormat(format, format.startsWith('int') ? { type: 'number', validate: Number.isInteger } : true);
    const schemas = Object.fromEntries(model.schemas.map((s) => [s.name, s.schema]));
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas } });
  }

  /** Compiles (once per schema object) and runs the schema against `value`. */
  check(schema: Schema, value: unknown): Verdict {
    let validate = this.cache.get(schema);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema) as object);
      this.cache.set(schema, validate);
    }
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? '' : describe(validate.errors ?? []) };
  }
}

/** A copy of an operation-level schema whose local references point into the shared document. */
function absoluteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(absoluteRefs);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof inner === 'string' ? inner.replace(LOCAL_REF, `${DOCUMENT_ID}#/components/schemas/`) : absoluteRefs(inner);
  }
  return out;
}

function describe(errors: ErrorObject[]): string {
  return errors
    .slice(0, 12)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join('\n');
}

export interface SpecExample {
  /** Where the example sits: schema or operation name, then the JSON path inside it. */
  where: string;
  schema: Schema;
  example: unknown;
}

/**
 * Every `examples` value of every schema the IR holds (named schemas, operation parameters and bodies,
 * WebSocket messages), with the schema it illustrates. Prism only checks the examples it happens to serve;
 * this reaches the rest (nested properties, WebSocket messages).
 */
export function specExamples(model: ApiModel): SpecExample[] {
  const out: SpecExample[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}/${i}`));
    if (typeof node !== 'object' || node === null) return;
    const schema = node as Schema;
    if (Array.isArray(schema.examples)) for (const example of schema.examples) out.push({ where, schema, example });
    for (const [key, inner] of Object.entries(schema))
      if (key !== 'examples' && key !== 'default' && key !== 'const' && key !== 'enum') walk(inner, `${where}/${key}`);
  };
  for (const named of model.schemas) walk(named.schema, named.name);
  for (const op of model.operations) {
    for (const p of [...op.parameters.path, ...op.parameters.query, ...op.parameters.header, ...op.parameters.cookie])
      walk(p.schema, `${op.id} ${p.name}`);
    walk(op.requestBody?.schema, `${op.id} request body`);
    walk(op.response.schema, `${op.id} response`);
  }
  for (const channel of model.channels) {
    walk(channel.receive.schema, `${channel.id} receive`);
    channel.send.forEach((command) => walk(command.schema, `${channel.id} ${command.name}`));
    channel.query.forEach((p) => walk(p.schema, `${channel.id} ${p.name}`));
  }
  return out;
}
