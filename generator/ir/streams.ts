// Streamed messages (SSE events, WebSocket messages) may carry binary data as base64 text, marked with the
// JSON Schema keyword `contentEncoding: base64`; clients hand those fields over decoded.
import { COMPONENT_PREFIX } from './schemas.js';
import type { ApiModel, Schema } from './types.js';

export function markBase64Fields(model: ApiModel): void {
  const byName = new Map(model.schemas.map((s) => [s.name, s.schema]));
  for (const op of model.operations) {
    if (op.response.kind === 'event-stream' && op.response.schema) {
      const fields = base64FieldsOf(op.response.schema, byName);
      if (fields.length > 0) op.response.base64Fields = fields;
    }
  }
  for (const channel of model.channels) channel.receive.base64Fields = base64FieldsOf(channel.receive.schema, byName);
}

/** Property names holding base64 anywhere across the variants of a message schema, sorted. */
export function base64FieldsOf(schema: Schema, byName: Map<string, Schema>): string[] {
  const fields = new Set<string>();
  const seen = new Set<Schema>();
  const visit = (node: Schema | undefined): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (node.$ref?.startsWith(COMPONENT_PREFIX)) visit(byName.get(node.$ref.slice(COMPONENT_PREFIX.length)));
    for (const [name, property] of Object.entries(node.properties ?? {})) {
      if (encodedAsBase64(property, byName)) fields.add(name);
    }
    for (const part of [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])]) visit(part);
  };
  visit(schema);
  return [...fields].sort();
}

function encodedAsBase64(property: Schema, byName: Map<string, Schema>): boolean {
  if (property.contentEncoding === 'base64') return true;
  if (property.$ref?.startsWith(COMPONENT_PREFIX))
    return byName.get(property.$ref.slice(COMPONENT_PREFIX.length))?.contentEncoding === 'base64';
  return (property.anyOf ?? []).some((p) => p.contentEncoding === 'base64');
}
