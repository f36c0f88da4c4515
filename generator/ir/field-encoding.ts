// How each field of a multipart or urlencoded body goes on the wire: the media type's OpenAPI `encoding`
// object (per property: `contentType`, `style`, `explode`), or OpenAPI's defaults.
import { problem, specName, type Problem } from '../errors.js';
import { joinPointer } from '../load/json-pointer.js';
import type { Origin, SpecSource } from '../load/load-spec.js';
import { isRecord } from './schemas.js';
import type { BodyEncoding, FieldEncoding } from './types.js';

/** What a field's schema holds, as far as the encoding cares. */
export type FieldShape = 'object' | 'array' | 'file' | 'other';

const STYLES = new Set<FieldEncoding['style']>(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

export interface EncodingContext {
  source: SpecSource;
  problems: Problem[];
}

/** OpenAPI's default for a field the `encoding` object says nothing about (see FieldEncoding.declared). */
export function defaultFieldEncoding(shape: FieldShape, body: BodyEncoding): FieldEncoding {
  if (shape === 'object') return { style: body === 'form' ? 'deepObject' : 'json', explode: true, declared: false };
  return { style: 'form', explode: true, declared: false };
}

/**
 * Each field's encoding, by name. An entry that is not an object, names no field, or has a style that cannot
 * apply is a located warning and is ignored (the field keeps its default).
 */
export function fieldEncodings(
  ctx: EncodingContext,
  media: Record<string, unknown>,
  mediaAt: Origin,
  body: BodyEncoding,
  shapes: Map<string, FieldShape>,
): Map<string, FieldEncoding> {
  const result = new Map<string, FieldEncoding>();
  for (const [name, shape] of shapes) result.set(name, defaultFieldEncoding(shape, body));
  if (media.encoding === undefined || (body !== 'multipart' && body !== 'form')) return result;
  const at = joinPointer(mediaAt.pointer, 'encoding');
  const warn = (code: string, message: string, hint: string, node: unknown, pointer: string): void => {
    ctx.problems.push(problem(code, message, hint, ctx.source.locateNode(node, { file: mediaAt.file, pointer }), 'warning'));
  };
  if (!isRecord(media.encoding)) {
    warn(
      'encoding-invalid',
      '`encoding` must map field names to Encoding objects; ignored',
      'see the Encoding Object of OpenAPI 3.1',
      media.encoding,
      at,
    );
    return result;
  }
  for (const [name, entry] of Object.entries(media.encoding)) {
    const entryAt = joinPointer(at, name);
    const shape = shapes.get(name);
    if (shape === undefined) {
      warn(
        'encoding-field-unknown',
        `encoding names the field${specName(name)}, which the body schema does not have; ignored`,
        'fix the name, or add the property to the schema',
        entry,
        entryAt,
      );
      continue;
    }
    if (!isRecord(entry)) {
      warn(
        'encoding-invalid',
        `the encoding of${specName(name)} must be an object; ignored`,
        'see the Encoding Object of OpenAPI 3.1',
        entry,
        entryAt,
      );
      continue;
    }
    const encoding = readEntry(entry, shape, result.get(name)!, (field, message, hint) =>
      warn('encoding-invalid', message, hint, entry[field], joinPointer(entryAt, field)),
    );
    result.set(name, encoding);
  }
  return result;
}

function readEntry(
  entry: Record<string, unknown>,
  shape: FieldShape,
  fallback: FieldEncoding,
  warn: (field: string, message: string, hint: string) => void,
): FieldEncoding {
  let contentType: string | undefined;
  if (entry.contentType !== undefined) {
    if (typeof entry.contentType === 'string' && entry.contentType.trim() !== '') contentType = entry.contentType.trim();
    else
      warn(
        'contentType',
        'contentType must be a media type such as application/json; ignored',
        'write e.g. `contentType: application/json`',
      );
  }
  let style: FieldEncoding['style'] | undefined;
  if (entry.style !== undefined) {
    if (!STYLES.has(entry.style as FieldEncoding['style']))
      warn(
        'style',
        `style${specName(entry.style)} is not a style for form fields; ignored`,
        'use form, spaceDelimited, pipeDelimited or deepObject',
      );
    else if (shape === 'file') warn('style', 'a file field is sent as a file part; its style is ignored', 'remove `style`');
    else if (entry.style === 'deepObject' && shape !== 'object')
      warn('style', 'deepObject applies to object fields only; ignored', 'remove `style`, or make the property an object');
    else style = entry.style as FieldEncoding['style'];
  }
  let explode: boolean | undefined;
  if (entry.explode !== undefined) {
    if (typeof entry.explode === 'boolean') explode = entry.explode;
    else warn('explode', 'explode must be true or false; ignored', 'write `explode: true` or `explode: false`');
  }
  const withType = contentType ? { contentType } : {};
  // OpenAPI 3.1: an explicit style (or explode) wins over contentType.
  if (style !== undefined || explode !== undefined) {
    const chosen = style ?? (fallback.style === 'json' ? 'form' : fallback.style);
    return { style: chosen, explode: explode ?? (chosen === 'form' || chosen === 'deepObject'), ...withType, declared: true };
  }
  if (contentType !== undefined && shape !== 'file') {
    return { style: isJsonMedia(contentType) ? 'json' : 'form', explode: true, ...withType, declared: true };
  }
  return { ...fallback, ...withType };
}

function isJsonMedia(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}
