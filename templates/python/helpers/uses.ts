// Which named schemas a client receives (responses, streamed events, channel messages, error bodies) and which it
// sends (parameters, bodies, channel commands). Received objects become pydantic models (attribute access, unknown
// fields kept); sent ones stay TypedDicts, so callers keep passing plain dicts. A schema used both ways gets both.
import { allOperations, COMPONENT_PREFIX, namedParameters, type ApiModel, type Schema } from 'openapi-client-generator/helpers';

export interface SchemaUses {
  /** IR names of the named schemas reachable from what the client sends. */
  input: Set<string>;
  /** IR names of the named schemas reachable from what the client receives. */
  output: Set<string>;
}

export function schemaUses(model: ApiModel): SchemaUses {
  const byName = new Map(model.schemas.map((s) => [s.name, s.schema]));
  const walk = (roots: (Schema | undefined)[]): Set<string> => {
    const found = new Set<string>();
    const seen = new Set<Schema>();
    const visit = (schema: Schema | undefined): void => {
      if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
      seen.add(schema);
      if (schema.$ref?.startsWith(COMPONENT_PREFIX)) {
        const name = schema.$ref.slice(COMPONENT_PREFIX.length);
        found.add(name);
        visit(byName.get(name));
      }
      for (const prop of Object.values(schema.properties ?? {})) visit(prop);
      visit(schema.items);
      if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties);
      for (const member of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(member);
    };
    roots.forEach(visit);
    return found;
  };
  const operations = [...model.rootOperations, ...model.resources.flatMap((r) => allOperations(r))];
  const input: (Schema | undefined)[] = [];
  const output: (Schema | undefined)[] = [model.errors.schema];
  for (const op of operations) {
    input.push(...op.parameters.path.map((p) => p.schema), ...namedParameters(op).map((p) => p.schema));
    if (op.requestBody) input.push(op.requestBody.schema, ...(op.requestBody.fields ?? []).map((f) => f.schema));
    if (op.pagination) output.push(op.pagination.itemSchema);
    if (op.response.kind === 'json' || op.response.kind === 'event-stream') output.push(op.response.schema);
  }
  for (const channel of model.channels) {
    input.push(...channel.query.map((p) => p.schema), ...channel.send.map((c) => c.schema), channel.context?.settings);
    output.push(channel.receive.schema);
  }
  return { input: walk(input), output: walk(output) };
}
