// Which way each named schema's data goes: sent to the API (input), received from it (output), or both. The
// rules of a breaking change depend on it: a narrower input breaks callers, a wider output breaks readers.
import type { ApiModel, Schema } from '../ir/types.js';

export type Flow = 'input' | 'output' | 'both';

const REF_PREFIX = '#/components/schemas/';

/** Named schema → its flow. Schemas no operation or channel reaches are left out (callers treat them as `both`). */
export function schemaFlows(model: ApiModel): Map<string, Flow> {
  const byName = new Map(model.schemas.map((s) => [s.name, s.schema]));
  const seen = { input: new Set<string>(), output: new Set<string>() };
  const walk = (schema: Schema | boolean | undefined, direction: 'input' | 'output'): void => {
    if (!schema || schema === true) return;
    if (typeof schema.$ref === 'string' && schema.$ref.startsWith(REF_PREFIX)) {
      const name = schema.$ref.slice(REF_PREFIX.length);
      if (seen[direction].has(name)) return;
      seen[direction].add(name);
      walk(byName.get(name), direction);
    }
    for (const child of [schema.items, ...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])]) walk(child, direction);
    for (const child of Object.values(schema.properties ?? {})) walk(child, direction);
    if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties, direction);
  };
  for (const op of model.operations) {
    const { path, query, header, cookie } = op.parameters;
    for (const p of [...path, ...query, ...header, ...cookie]) walk(p.schema, 'input');
    walk(op.requestBody?.schema, 'input');
    walk(op.response.schema, 'output');
    walk(op.pagination?.itemSchema, 'output');
  }
  for (const channel of model.channels) {
    for (const p of channel.query) walk(p.schema, 'input');
    walk(channel.querySchema, 'input');
    walk(channel.context?.settings, 'input');
    for (const command of channel.send) walk(command.schema, 'input');
    walk(channel.receive.schema, 'output');
  }
  walk(model.errors.schema, 'output');
  const flows = new Map<string, Flow>();
  for (const name of seen.input) flows.set(name, seen.output.has(name) ? 'both' : 'input');
  for (const name of seen.output) if (!seen.input.has(name)) flows.set(name, 'output');
  return flows;
}
