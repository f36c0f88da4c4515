// Turns an operation and the caller's values into a URL, headers and a body, as the spec prescribes:
// declared query/header/cookie parameters by name, everything else into the body.
import { InvalidRequestError } from './errors.js';
import type { FieldWire, OperationSpec, RequestOptions } from './types.js';
import { formParts, toBlob, toFormData, isUploadable } from './uploads.js';
import {
  encodeComponent,
  encodeQueryComponent,
  fillPath,
  ownValue,
  scalarToString,
  serializeLooseQuery,
  serializeQueryParam,
  type ParamSpec,
} from './url.js';

export { InvalidRequestError };

/**
 * Header names (lower case) to values. A plain record: cheaper for fetch than a `Headers` object, and
 * than a record without a prototype, which V8 keeps in its slow dictionary form (fetch reads it ~5 µs slower).
 * Written only through `setHeader` and copied with spread, so a name like `__proto__` stays an own entry.
 */
export type HeaderMap = Record<string, string>;

export interface PreparedRequest {
  url: string;
  headers: HeaderMap;
  // Spelled through RequestInit: `BodyInit` is a DOM-library name that Node-only type setups (@types/node
  // without lib "DOM") lack, and this interface is part of the published declarations.
  body: NonNullable<RequestInit['body']> | undefined;
}

export interface RequestParts {
  /** Without a trailing slash. */
  baseURL: string;
  op: OperationSpec;
  pathValues: Record<string, unknown>;
  params: Record<string, unknown>;
  options: RequestOptions;
  /** Headers the client adds (version, credentials, defaults), checked and lower-cased: copied, not changed. */
  clientHeaders: HeaderMap;
  /** Credential query pairs (`apiKey` schemes in the query), already encoded. */
  credentialQuery: string[];
}

/** Synchronous unless a binary body must be read into a Blob first. */
export function prepareRequest(parts: RequestParts): PreparedRequest | Promise<PreparedRequest> {
  const { op, params, options } = parts;
  const path = fillPath(op.path, parts.pathValues);
  const query: string[] = [];
  for (const spec of op.query ?? []) serializeQueryParam(spec, valueOf(spec, params), query);
  if (options.query) serializeLooseQuery(options.query, query);
  for (const pair of parts.credentialQuery) query.push(pair);

  const headers: HeaderMap = { ...parts.clientHeaders };
  if (op.response.accept) headers['accept'] = op.response.accept;
  for (const spec of op.headers ?? []) {
    const value = valueOf(spec, params);
    if (value !== undefined && value !== null)
      setHeader(
        headers,
        spec.name,
        Array.isArray(value) ? value.map(scalarToString).join(',') : scalarToString(value),
      );
  }
  if (op.cookies) {
    const cookies: string[] = [];
    for (const spec of op.cookies) {
      const value = valueOf(spec, params);
      if (value !== undefined && value !== null)
        cookies.push(`${spec.name}=${encodeComponent(scalarToString(value))}`);
    }
    if (cookies.length > 0)
      setHeader(headers, 'cookie', [headers['cookie'], ...cookies].filter(Boolean).join('; '));
  }

  const url = query.length > 0 ? `${parts.baseURL}${path}?${query.join('&')}` : `${parts.baseURL}${path}`;
  const body = encodeBody(op, params, options, headers);
  if (body instanceof Promise) return body.then((read) => finish(url, headers, read, options));
  return finish(url, headers, body, options);
}

/** Applies the caller's headers last, so that they win over every other. */
function finish(
  url: string,
  headers: HeaderMap,
  body: RequestBody | undefined,
  options: RequestOptions,
): PreparedRequest {
  if (options.headers) setHeaders(headers, options.headers);
  return { url, headers, body };
}

type RequestBody = NonNullable<RequestInit['body']>;

function valueOf(spec: ParamSpec, params: Record<string, unknown>): unknown {
  const value = ownValue(params, spec.name);
  return value === undefined ? spec.fixed : value;
}

const elsewhereByOp = new WeakMap<OperationSpec, ReadonlySet<string> | null>();

/** The operation's query, header and cookie parameter names, which stay out of a merged body; null if none. */
function paramsElsewhere(op: OperationSpec): ReadonlySet<string> | null {
  let names = elsewhereByOp.get(op);
  if (names === undefined) {
    const found = new Set<string>();
    for (const list of [op.query, op.headers, op.cookies]) for (const p of list ?? []) found.add(p.name);
    names = found.size > 0 ? found : null;
    elsewhereByOp.set(op, names);
  }
  return names;
}

function hasValue(record: Record<string, unknown>): boolean {
  for (const key of Object.keys(record)) if (record[key] !== undefined) return true;
  return false;
}

function encodeBody(
  op: OperationSpec,
  params: Record<string, unknown>,
  options: RequestOptions,
  headers: HeaderMap,
): RequestBody | undefined | Promise<RequestBody> {
  const spec = op.body;
  if (!spec) return undefined;
  let payload: unknown;
  if (spec.merged) {
    // The encoders skip undefined values: unless some params belong elsewhere, the params are the body.
    const elsewhere = paramsElsewhere(op);
    const fields = elsewhere
      ? Object.fromEntries(Object.entries(params).filter(([key]) => !elsewhere.has(key)))
      : params;
    payload = options.body ? { ...fields, ...options.body } : fields;
    if (!spec.required && !hasValue(payload as Record<string, unknown>)) return undefined;
  } else {
    payload = params.body;
    if (
      options.body &&
      typeof payload === 'object' &&
      payload !== null &&
      !Array.isArray(payload) &&
      !isUploadable(payload)
    )
      payload = { ...payload, ...options.body };
    if (payload === undefined) return undefined;
  }
  switch (spec.encoding) {
    case 'json':
      headers['content-type'] = spec.contentType;
      return JSON.stringify(payload);
    case 'multipart':
      // fetch writes the multipart boundary into content-type itself.
      return toFormData(payload as Record<string, unknown>, spec.fields);
    case 'form': {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      return formBody(payload as Record<string, unknown>, spec.fields);
    }
    case 'text':
      headers['content-type'] = spec.contentType;
      return String(payload);
    case 'binary': {
      headers['content-type'] = spec.contentType;
      if (!isUploadable(payload))
        throw new InvalidRequestError('The request body must be a Blob, bytes or a stream.');
      return toBlob(payload).then((converted) => converted.blob);
    }
  }
}

/** A urlencoded body: declared fields as the spec's `encoding` says, the others as loose query values. */
function formBody(
  payload: Record<string, unknown>,
  wires: Readonly<Record<string, FieldWire>> | undefined,
): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(payload)) {
    const wire = wires && Object.hasOwn(wires, name) ? wires[name] : undefined;
    if (!wire) {
      serializeLooseQuery({ [name]: value }, pairs);
      continue;
    }
    for (const [key, part] of formParts(name, value, wire)) {
      if (typeof part !== 'string')
        throw new InvalidRequestError(
          `Form field "${name}" holds a file, which a urlencoded body cannot carry.`,
        );
      pairs.push(`${encodeQueryComponent(key)}=${encodeQueryComponent(part)}`);
    }
  }
  return pairs.join('&');
}

export function setHeaders(headers: HeaderMap, values: Record<string, string | null | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === null) {
      checkHeaderName(name);
      delete headers[name.toLowerCase()];
    } else if (value !== undefined) setHeader(headers, name, value);
  }
}

// RFC 9110 `token`: what fetch accepts as a header name. Checked here so that a bad name is the caller's
// InvalidRequestError, not a TypeError from fetch that would look like a connection failure.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function checkHeaderName(name: string): void {
  if (!TOKEN.test(name))
    throw new InvalidRequestError(
      `"${name.replace(CONTROL, ' ')}" is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only).`,
    );
}

// C0 controls but tab, and DEL: CR and LF would let input forge extra headers, and fetch rejects NUL.
// Characters above U+00FF are refused too: fetch's error for them would quote the value (a credential).
const CONTROL = /[\0-\x08\n-\x1f\x7f]/g;
const UNSENDABLE = /[\0-\x08\n-\x1f\x7f\u0100-\uffff]/;

/** Refuses a header value fetch would refuse or that could forge headers, without quoting the value. */
export function setHeader(headers: HeaderMap, name: string, value: string): void {
  checkHeaderName(name);
  if (UNSENDABLE.test(value)) {
    throw new InvalidRequestError(
      `Header "${name}" contains a control character (CR, LF, NUL, ...) or a character above U+00FF; refusing to send it.`,
    );
  }
  const lower = name.toLowerCase();
  // Assigning `__proto__` would replace the record's prototype; defining it makes an entry like any other.
  if (lower === '__proto__')
    Object.defineProperty(headers, lower, { value, enumerable: true, writable: true, configurable: true });
  else headers[lower] = value;
}
