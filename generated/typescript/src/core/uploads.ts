// File inputs for multipart bodies: Blob/File, bytes, web streams and Node streams, with a file name.

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

/** Builds multipart form data: files as file parts, arrays as repeated parts, objects as JSON text. */
export async function toFormData(fields: Record<string, unknown>): Promise<FormData> {
  // A FormData the caller built (`client.request()`) goes as it is.
  if (fields instanceof FormData) return fields;
  const form = new FormData();
  const append = async (name: string, value: unknown): Promise<void> => {
    if (value === undefined || value === null) return;
    if (isUploadable(value)) {
      const { blob, filename } = await toBlob(value);
      form.append(name, blob, filename);
    } else if (value instanceof Date) {
      form.append(name, value.toISOString());
    } else if (typeof value === 'object') {
      form.append(name, JSON.stringify(value));
    } else {
      form.append(name, String(value));
    }
  };
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) await append(name, item);
    else await append(name, value);
  }
  return form;
}
