// Checks the request as it left the client against the values the case passed: Prism validates a request's
// shape, but cannot see that a value the caller gave was dropped or changed on the way.
import { isDeepStrictEqual } from 'node:util';
import type { Parameter } from '../../../generator/ir/types.js';
import { FILE_BYTES, type ContractCase } from './cases.js';
import type { SentRequest } from './fetch.js';
import type { SchemaValidator } from './schemas.js';

function fail(c: ContractCase, message: string): never {
  throw new Error(`${c.title}: the request the client sent ${message}`);
}

function isFile(value: unknown): boolean {
  return value instanceof Uint8Array || value instanceof Blob;
}

/** What one value looks like as text on the wire (query values, form parts). */
function asText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function checkQuery(c: ContractCase, url: URL, p: Parameter, value: unknown): void {
  if (value === undefined || value === null) return;
  const got = url.searchParams.getAll(p.name);
  const items = Array.isArray(value) ? value.map(asText) : [asText(value)];
  const expected = Array.isArray(value) && !p.explode ? [items.join(',')] : items;
  if (!isDeepStrictEqual(got, expected)) fail(c, `has query ${p.name}=${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
}

async function checkForm(c: ContractCase, form: FormData, fields: Record<string, unknown>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    const parts = form.getAll(name);
    const expected = Array.isArray(value) ? value : [value];
    if (parts.length !== expected.length) fail(c, `has ${parts.length} multipart part(s) "${name}", expected ${expected.length}`);
    for (const [i, part] of parts.entries()) {
      const want = expected[i];
      if (isFile(want)) {
        if (typeof part === 'string') fail(c, `sent file part "${name}" as text`);
        const bytes = new Uint8Array(await part.arrayBuffer());
        if (!isDeepStrictEqual(bytes, FILE_BYTES)) fail(c, `changed the bytes of file part "${name}"`);
      } else if (part !== asText(want)) {
        fail(c, `has multipart part ${name}=${JSON.stringify(part)}, expected ${JSON.stringify(asText(want))}`);
      }
    }
  }
  for (const name of new Set(form.keys())) if (!(name in fields)) fail(c, `has an unexpected multipart part "${name}"`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isFile(value);
}

/** The parts a deepObject field should become: `name[key]`, nested `name[a][b]`. */
function bracketParts(name: string, value: Record<string, unknown>, out: Record<string, unknown>): void {
  for (const [key, item] of Object.entries(value)) {
    if (isRecord(item)) bracketParts(`${name}[${key}]`, item, out);
    else out[`${name}[${key}]`] = item;
  }
}

export async function verifySent(c: ContractCase, request: SentRequest | undefined): Promise<void> {
  if (!request) fail(c, 'never reached fetch');
  const { op } = c;
  if (request.method !== op.method) fail(c, `used ${request.method}, expected ${op.method}`);
  let index = 0;
  const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(String(c.pathArgs[index++])));
  if (request.url.pathname !== path) fail(c, `went to ${request.url.pathname}, expected ${path}`);
  const params = c.params ?? {};
  for (const p of op.parameters.query) checkQuery(c, request.url, p, params[p.name]);
  for (const p of op.parameters.header) {
    const value = params[p.name];
    if (value !== undefined && value !== null && request.headers.get(p.name) !== asText(value)) fail(c, `lacks header ${p.name}`);
  }
  const body = op.requestBody;
  if (!body) {
    if (request.body !== undefined && request.body !== null) fail(c, 'has a body, but the operation takes none');
    return;
  }
  const declared = new Set([...op.parameters.query, ...op.parameters.header, ...op.parameters.cookie].map((p) => p.name));
  const fields = body.merged
    ? Object.fromEntries(Object.entries(params).filter(([k, v]) => !declared.has(k) && v !== undefined))
    : params.body;
  if (body.encoding === 'json') {
    if (typeof request.body !== 'string') fail(c, 'has no JSON text body');
    const type = request.headers.get('content-type') ?? '';
    if (!type.startsWith(body.contentType)) fail(c, `has content-type "${type}", expected ${body.contentType}`);
    if (!isDeepStrictEqual(JSON.parse(request.body), JSON.parse(JSON.stringify(fields))))
      fail(c, `has JSON body ${request.body}, expected ${JSON.stringify(fields)}`);
  } else if (body.encoding === 'multipart') {
    if (!(request.body instanceof FormData)) fail(c, 'has no multipart body');
    const wires = new Map(body.fields.map((f) => [f.name, f.wire]));
    const parts: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      if (wires.get(name)?.style === 'deepObject' && isRecord(value)) bracketParts(name, value, parts);
      else parts[name] = value;
    }
    await checkForm(c, request.body, parts);
  }
}

/** What a server reads from a deepObject field's bracket parts: `a[b][c]=v` → `{ b: { c: 'v' } }`, text as sent. */
export function decodeBracketParts(form: FormData, field: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(`${field}[`) || typeof value !== 'string') continue;
    const keys = [...name.slice(field.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    found ??= {};
    let node = found;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return found;
}

/**
 * Prism ignores parts it has no property for, so it cannot see inside bracket parts: the object they decode to
 * (text coerced to the schema's numbers, as a server reads a form) is checked against the field's schema here.
 */
export function verifyBracketFields(c: ContractCase, request: SentRequest, validator: SchemaValidator): void {
  const fields = c.op.requestBody?.fields.filter((f) => f.wire.style === 'deepObject') ?? [];
  if (fields.length === 0 || !(request.body instanceof FormData)) return;
  for (const field of fields) {
    const decoded = decodeBracketParts(request.body, field.name);
    if (decoded === undefined) continue;
    const verdict = validator.check(field.schema, decoded);
    if (!verdict.valid)
      fail(c, `has bracket parts ${field.name}[...] that decode to ${JSON.stringify(decoded)}, which fails its schema:\n${verdict.errors}`);
  }
}
