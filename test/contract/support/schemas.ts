// Run-time validation of values against the IR's JSON Schemas (2020-12) with ajv. The named schemas are
// added once as one document, so every `#/components/schemas/<Name>` reference resolves.
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import type { ApiModel, Schema } from '../../../generator/ir/types.js';
import { absoluteRefs, describeAjvErrors, irAjv } from '../../support/ir-schemas.js';

export interface Verdict {
  valid: boolean;
  errors: string;
}

export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<Schema, ValidateFunction>();

  /** `coerce`: text is read as the number or boolean the schema wants, as a server reads form parts. */
  constructor(model: ApiModel, options: { coerce?: boolean } = {}) {
    this.ajv = irAjv(model, options);
  }

  /** Compiles (once per schema object) and runs the schema against `value`. */
  check(schema: Schema, value: unknown): Verdict {
    let validate = this.cache.get(schema);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema) as object);
      this.cache.set(schema, validate);
    }
    const valid = validate(value) as boolean;
    return { valid, errors: valid ? '' : describeAjvErrors(validate.errors ?? []) };
  }
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
