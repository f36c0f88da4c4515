// File inputs for multipart bodies: Blob/File, bytes, web streams and Node streams, with a file name; and how
// a form field's value becomes parts.
import { InvalidRequestError } from './errors.js';
import type { FieldWire } from './types.js';
import { scalarToString } from './url.js';

/** Anything the client can send as a file part. Node `fs.ReadStream`s work: they are async iterables. */
export type Uploadable =
  Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | NamedUpload;

/** File contents with an explicit file name and media type. */
export interface NamedUpload {
  data: Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | string;
  filename?: string;
  contentType?: string;
}

const DEFAULT_FILENAME = 'upload';

export function isNamedUpload(value: unknown): value is NamedUpload {
  return (
    typeof value === 'object' &&
    value !== null &&
    'data' in value &&
    ('filename' in value || 'contentType' in value)
  );
}

export function isUploadable(value: unknown): value is Uploadable {
  if (typeof value !== 'object' || value === null) return false;
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    isReadableStream(value) ||
    Symbol.asyncIterator in value ||
    isNamedUpload(value)
  );
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return (
    typeof value === 'object' && value !== null && typeof (value as ReadableStream).getReader === 'function'
  );
}

/** Reads an upload into a Blob (a multipart body must be replayable for retries) and finds its file name. */
export async function toBlob(value: Uploadable): Promise<{ blob: Blob; filename: string }> {
  if (isNamedUpload(value)) {
    const inner = typeof value.data === 'string' ? new Blob([value.data]) : (await toBlob(value.data)).blob;
    const blob = value.contentType ? new Blob([inner], { type: value.contentType }) : inner;
    return { blob, filename: value.filename ?? nameOf(value.data) ?? DEFAULT_FILENAME };
  }
  const filename = nameOf(value) ?? DEFAULT_FILENAME;
  if (value instanceof Blob) return { blob: value, filename };
  if (value instanceof Uint8Array || value instanceof ArrayBuffer)
    return { blob: new Blob([value as BlobPart]), filename };
  const chunks: BlobPart[] = [];
  if (isReadableStream(value)) {
    const reader = value.getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      chunks.push(chunk as BlobPart);
    }
  } else {
    for await (const chunk of value) chunks.push((typeof chunk === 'string' ? chunk : chunk) as BlobPart);
  }
  return { blob: new Blob(chunks), filename };
}

/** `File.name`, or the base name of a Node stream's `path`. */
function nameOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const named = value as { name?: unknown; path?: unknown };
  if (typeof named.name === 'string' && named.name !== '') return named.name;
  if (typeof named.path === 'string' && named.path !== '') return named.path.split(/[\\/]/).pop();
  return undefined;
}

/**
 * Wraps contents as a named upload, e.g. `toFile(buffer, 'clip.wav', { type: 'audio/wav' })`. The file name is
 * always set (given, else the contents' own, else a default): it is what marks the object as an upload.
 */
export function toFile(
  data: NamedUpload['data'],
  filename?: string,
  options: { type?: string } = {},
): NamedUpload {
  return {
    data,
    filename: filename ?? nameOf(data) ?? DEFAULT_FILENAME,
    ...(options.type !== undefined ? { contentType: options.type } : {}),
  };
}

/**
 * Builds multipart form data. A field the spec's `encoding` declares goes as `wires` says (`formParts`); any
 * other by its value: files as file parts, arrays as repeated parts, objects as JSON text (OpenAPI's default).
 */
export async function toFormData(
  fields: Record<string, unknown>,
  wires?: Readonly<Record<string, FieldWire>>,
): Promise<FormData> {
  // A FormData the caller built (`client.request()`) goes as it is.
  if (fields instanceof FormData) return fields;
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    const wire = wires && Object.hasOwn(wires, name) ? wires[name] : undefined;
    for (const [partName, part] of formParts(name, value, wire)) {
      if (typeof part === 'string') form.append(partName, part);
      else {
        const { blob, filename } = await toBlob(part);
        form.append(partName, blob, filename);
      }
    }
  }
  return form;
}

const DELIMITERS = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' } as const;

/**
 * The parts (name and text, or a file) of one form field, for multipart and urlencoded bodies alike. A value
 * the declared style cannot express (an array inside a `deepObject`, an object inside a `form` array) is an
 * InvalidRequestError: nothing is sent.
 */
export function formParts(name: string, value: unknown, wire?: FieldWire): [string, string | Uploadable][] {
  if (value === undefined || value === null) return [];
  if (isUploadable(value)) return [[name, value]];
  const parts: [string, string | Uploadable][] = [];
  if (!wire) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (isUploadable(item)) parts.push([name, item]);
      else
        parts.push([
          name,
          isPlainObject(item) || Array.isArray(item) ? jsonText(name, item) : scalarToString(item),
        ]);
    }
    return parts;
  }
  if (wire.style === 'json') return [[name, jsonText(name, value)]];
  if (wire.style === 'deepObject') {
    if (!isPlainObject(value))
      throw new InvalidRequestError(`Form field "${name}" is sent as ${name}[key] parts: pass an object.`);
    deepParts(name, value, parts);
    return parts;
  }
  const leaf = (item: unknown, where: string): string => {
    if (isPlainObject(item) || Array.isArray(item))
      throw new InvalidRequestError(
        `Form field "${name}" (style ${wire.style}) cannot carry a nested object or array at ${where}; pass primitives there.`,
      );
    return scalarToString(item);
  };
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined && v !== null);
    if (items.some(isUploadable)) {
      for (const item of items) parts.push([name, isUploadable(item) ? item : leaf(item, name)]);
    } else if (wire.explode) for (const item of items) parts.push([name, leaf(item, name)]);
    else if (items.length > 0) parts.push([name, items.map((v) => leaf(v, name)).join(delimiter(wire))]);
    return parts;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
    if (wire.explode) for (const [k, v] of entries) parts.push([k, leaf(v, `${name}.${k}`)]);
    else if (entries.length > 0)
      parts.push([name, entries.map(([k, v]) => `${k},${leaf(v, `${name}.${k}`)}`).join(',')]);
    return parts;
  }
  return [[name, scalarToString(value)]];
}

/** `field[a]=v`, nested `field[a][b]=v`; bracket names have no form for an array, so one is refused. */
function deepParts(
  prefix: string,
  value: Record<string, unknown>,
  out: [string, string | Uploadable][],
): void {
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || item === null) continue;
    const name = `${prefix}[${key}]`;
    if (Array.isArray(item) || isUploadable(item))
      throw new InvalidRequestError(
        `Form field "${name}" holds ${Array.isArray(item) ? 'an array' : 'a file'}, which bracket-named parts (deepObject) cannot express; pass an object of primitives.`,
      );
    if (isPlainObject(item)) deepParts(name, item, out);
    else out.push([name, scalarToString(item)]);
  }
}

function delimiter(wire: FieldWire): string {
  return wire.style === 'spaceDelimited' || wire.style === 'pipeDelimited' ? DELIMITERS[wire.style] : ',';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function jsonText(name: string, value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    throw new InvalidRequestError(
      `Form field "${name}" cannot be written as JSON (a cycle or a BigInt); fix the value.`,
    );
  }
}
