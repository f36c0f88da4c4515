// readOnly and writeOnly: a readOnly property is only ever received, a writeOnly one only ever sent. Named
// schemas keep their name for what the server sends (writeOnly properties removed); schemas that read or
// write differently get an `<Name>Input` twin for what the client sends (readOnly properties removed), and
// every request position (bodies, parameters, channel commands) refers to the twins.
import { COMPONENT_PREFIX } from './schemas.js';
import type { ApiModel, NamedSchema, Schema } from './types.js';

export function splitReadWrite(model: ApiModel, reserveName: (name: string) => string): void {
  const byName = new Map(model.schemas.map((s) => [s.name, s]));
  const affected = affectedSchemas(model.schemas, byName);
  const inline = [
    ...model.operations.flatMap((op) => [op.requestBody?.schema, op.response.schema]),
    ...model.channels.flatMap((c) => c.send.map((s) => s.schema)),
  ];
  if (affected.size === 0 && !inline.some(hasVisibility)) return;

  const inputNames = new Map<string, string>();
  for (const name of [...affected].sort()) inputNames.set(name, reserveName(`${name}Input`));
  const toInput = (schema: Schema): Schema => rewrite(schema, inputNames, 'readOnly');

  const twins: NamedSchema[] = [];
  for (const [name, inputName] of inputNames) {
    const original = byName.get(name)!;
    twins.push({ ...original, name: inputName, originalName: original.originalName, schema: toInput(original.schema) });
  }
  // Responses: what the server sends never carries writeOnly properties.
  for (const named of model.schemas) named.schema = strip(named.schema, 'writeOnly');
  for (const op of model.operations) {
    if (op.requestBody) op.requestBody.schema = toInput(op.requestBody.schema);
    for (const field of op.requestBody?.fields ?? []) field.schema = toInput(field.schema);
    for (const list of Object.values(op.parameters)) for (const param of list) param.schema = toInput(param.schema);
    if (op.response.schema) op.response.schema = strip(op.response.schema, 'writeOnly');
  }
  for (const channel of model.channels) {
    for (const command of channel.send) if (command.schema) command.schema = toInput(command.schema);
    if (channel.context?.settings) channel.context.settings = toInput(channel.context.settings);
    for (const param of channel.query) param.schema = toInput(param.schema);
  }
  model.schemas.push(...twins);
  model.schemas.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Schemas whose request shape differs from their response shape, directly or through references. */
export function affectedSchemas(schemas: NamedSchema[], byName: Map<string, NamedSchema>): Set<string> {
  const affected = new Set(schemas.filter((s) => hasVisibility(s.schema)).map((s) => s.name));
  // A schema referring to an affected one is affected too: its request twin must point at the twin. Each schema's
  // references are read once and the mark spreads back along them (a pass over all schemas per link was quadratic).
  const referrers = new Map<string, string[]>();
  for (const named of schemas) {
    for (const ref of new Set(refsOf(named.schema))) {
      if (!byName.has(ref)) continue;
      const list = referrers.get(ref);
      if (list) list.push(named.name);
      else referrers.set(ref, [named.name]);
    }
  }
  const pending = [...affected];
  while (pending.length > 0) {
    for (const referrer of referrers.get(pending.pop()!) ?? []) {
      if (affected.has(referrer)) continue;
      affected.add(referrer);
      pending.push(referrer);
    }
  }
  return affected;
}

function hasVisibility(schema: Schema | undefined): boolean {
  let found = false;
  walk(schema, (node) => {
    for (const property of Object.values(node.properties ?? {}))
      if (property.readOnly === true || property.writeOnly === true) found = true;
  });
  return found;
}

function refsOf(schema: Schema): string[] {
  const refs: string[] = [];
  walk(schema, (node) => {
    // walk() also visits maps of properties, where "$ref" may be the name of a property (holding a schema).
    if (typeof node.$ref === 'string' && node.$ref.startsWith(COMPONENT_PREFIX)) refs.push(node.$ref.slice(COMPONENT_PREFIX.length));
    for (const target of Object.values(node.discriminator?.mapping ?? {}))
      if (typeof target === 'string' && target.startsWith(COMPONENT_PREFIX)) refs.push(target.slice(COMPONENT_PREFIX.length));
  });
  return refs;
}

/** A copy without the properties marked `marker` (and without them in `required`). */
function strip(schema: Schema, marker: 'readOnly' | 'writeOnly'): Schema {
  return rewrite(schema, new Map(), marker);
}

/** A copy that drops `marker` properties and points references at their twins. */
function rewrite(schema: Schema, twins: Map<string, string>, marker: 'readOnly' | 'writeOnly'): Schema {
  const retarget = (ref: string): string => {
    const name = ref.startsWith(COMPONENT_PREFIX) ? twins.get(ref.slice(COMPONENT_PREFIX.length)) : undefined;
    return name ? COMPONENT_PREFIX + name : ref;
  };
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const input = node as Schema;
    const out: Schema = {};
    for (const [key, value] of Object.entries(input)) {
      if (key === 'examples' || key === 'default' || key === 'enum' || key === 'const') (out as Record<string, unknown>)[key] = value;
      else if (key === '$ref' && typeof value === 'string') out.$ref = retarget(value);
      else if (key === 'properties' && value && typeof value === 'object') {
        const kept = Object.entries(value as Record<string, Schema>).filter(([, p]) => p?.[marker] !== true);
        out.properties = Object.fromEntries(kept.map(([k, p]) => [k, visit(p) as Schema]));
      } else if (key === 'discriminator' && input.discriminator) {
        const mapping = input.discriminator.mapping;
        out.discriminator = {
          ...input.discriminator,
          ...(mapping ? { mapping: Object.fromEntries(Object.entries(mapping).map(([k, v]) => [k, retarget(v)])) } : {}),
        };
      } else out[key] = visit(value);
    }
    if (Array.isArray(input.required) && input.properties) {
      const removed = new Set(
        Object.entries(input.properties)
          .filter(([, p]) => p?.[marker] === true)
          .map(([k]) => k),
      );
      out.required = input.required.filter((name) => !removed.has(name));
    }
    return out;
  };
  return visit(schema) as Schema;
}

function walk(schema: unknown, visit: (node: Schema) => void): void {
  if (Array.isArray(schema)) return schema.forEach((s) => walk(s, visit));
  if (schema === null || typeof schema !== 'object') return;
  visit(schema as Schema);
  for (const [key, value] of Object.entries(schema))
    if (key !== 'examples' && key !== 'default' && key !== 'enum' && key !== 'const') walk(value, visit);
}
