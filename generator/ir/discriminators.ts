// Makes every discriminator mapping explicit. OpenAPI's implicit mapping uses schema names as values, but
// specs routinely pin the real value in the member itself (`kind: { const: cat }`); when a member does,
// that value wins, so generated types and runtime dispatch agree with what the server sends.
import { COMPONENT_PREFIX, isRecord } from './schemas.js';
import type { ApiModel, Schema } from './types.js';

export function completeDiscriminators(model: ApiModel): void {
  const byName = new Map(model.schemas.map((s) => [s.name, s.schema]));
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (!isRecord(node) && !Array.isArray(node)) return;
    if (seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(visit);
    const schema = node as Schema;
    if (schema.discriminator) complete(schema, byName);
    for (const [key, value] of Object.entries(schema))
      if (key !== 'examples' && key !== 'default' && key !== 'enum' && key !== 'const') visit(value);
  };
  for (const named of model.schemas) visit(named.schema);
  for (const op of model.operations) visit([op.parameters, op.requestBody?.schema, op.response.schema]);
  visit(model.errors.schema);
}

function complete(schema: Schema, byName: Map<string, Schema>): void {
  const discriminator = schema.discriminator!;
  const mapping = { ...discriminator.mapping };
  const mapped = new Set(Object.values(mapping));
  for (const member of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    const ref = member.$ref;
    if (!ref?.startsWith(COMPONENT_PREFIX) || mapped.has(ref)) continue;
    const target = byName.get(ref.slice(COMPONENT_PREFIX.length));
    const value = pinnedValue(target?.properties?.[discriminator.propertyName]);
    if (value !== undefined && mapping[value] === undefined) {
      mapping[value] = ref;
      mapped.add(ref);
    }
  }
  if (Object.keys(mapping).length > 0) discriminator.mapping = mapping;
}

function pinnedValue(property: Schema | undefined): string | undefined {
  if (!property) return undefined;
  if (typeof property.const === 'string') return property.const;
  const values = Array.isArray(property.enum) ? property.enum.filter((v) => v !== null) : [];
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}
