// A canonical, language-neutral summary of a schema's type, so that equal text means an equal type: named schemas
// by name (their own changes are reported under their name), inline objects expanded with sorted keys, unions as
// sorted sets of members. `null` is kept apart (`nullable`) because adding or removing it has rules of its own.
import type { Schema } from '../ir/types.js';

const REF_PREFIX = '#/components/schemas/';

export interface TypeParts {
  /** Members of the union, sorted and unique; `null` is never one of them. */
  parts: string[];
  nullable: boolean;
}

export function typeParts(schema: Schema): TypeParts {
  const all = new Set(union(schema));
  const nullable = all.delete('null');
  return { parts: [...all].sort(), nullable };
}

/** One type as text, `null` included: what a union member or a nested type is written as. */
export function typeText(schema: Schema): string {
  const parts = [...new Set(union(schema))].sort();
  return parts.length === 0 ? 'never' : parts.join(' | ');
}

function union(schema: Schema): string[] {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.startsWith(REF_PREFIX) ? schema.$ref.slice(REF_PREFIX.length) : schema.$ref;
    return [name, ...(types(schema).includes('null') ? ['null'] : [])];
  }
  if ('const' in schema) return [JSON.stringify(schema.const)];
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.map((v) => JSON.stringify(v));
    return [...values, ...(schema['x-extensible-enum'] ? ['string'] : []), ...(types(schema).includes('null') ? ['null'] : [])];
  }
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return [...choices.flatMap(union), ...(types(schema).includes('null') ? ['null'] : [])];
  if (schema.allOf) {
    if (schema.allOf.length === 1) return union(schema.allOf[0]!);
    const own: Schema = { ...schema, allOf: undefined };
    const pieces = [...schema.allOf, ...(own.properties ? [own] : [])].map((s) => wrap(typeText(s)));
    return [pieces.sort().join(' & ')];
  }
  const list = types(schema);
  return list.length === 0 ? ['unknown'] : list.map((t) => single(schema, t));
}

function wrap(text: string): string {
  return text.includes(' | ') ? `(${text})` : text;
}

function types(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type.map(String);
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

function single(schema: Schema, type: string): string {
  switch (type) {
    case 'string':
      return schema.format === 'binary' ? 'binary' : 'string';
    case 'array':
      return `array<${schema.items ? typeText(schema.items) : 'unknown'}>`;
    case 'object': {
      const required = new Set(schema.required ?? []);
      const fields = Object.keys(schema.properties ?? {})
        .sort()
        .map((key) => `${JSON.stringify(key)}${required.has(key) ? '' : '?'}: ${typeText(schema.properties![key]!)}`);
      const extra = schema.additionalProperties;
      if (extra && extra !== true) fields.push(`[key]: ${typeText(extra)}`);
      else if (extra === true && fields.length === 0) return 'map<unknown>';
      return fields.length === 0 ? 'object' : `{${fields.join(', ')}}`;
    }
    default:
      return type; // integer, number, boolean, null
  }
}
