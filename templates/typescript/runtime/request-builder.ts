// Turns an operation and the caller's values into a URL, headers and a body, as the spec prescribes:
// declared query/header/cookie parameters by name, everything else into the body.
import { ClientError } from './errors.js';
import type { OperationSpec, RequestOptions } from './types.js';
import { toBlob, toFormData, isUploadable } from './uploads.js';
import { fillPath, scalarToString, serializeLooseQuery, serializeQueryParam, type ParamSpec } from './url.js';

/** A request the caller's input cannot make (missing path value, header with a line break, ...). */
export class InvalidRequestError extends ClientError {
  override name = 'InvalidRequestError';
}

/** Header names (lower case) to values: a plain record is cheaper for fetch than a `Headers` object. */
export type HeaderMap = Record<string, string>;

export interface PreparedRequest {
  url: string;
  headers: HeaderMap;
  // Spelled through RequestInit: `BodyInit` is a DOM-library name that Node-only type setups (@types/node
  // without lib "DOM") lack, and this interface is part of the published declarations.
  body: NonNullable<RequestInit['body']> | undefined;
}

export interface RequestParts {
  baseURL: string;
  op: OperationSpec;
  pathValues: Record<string, unknown>;
  params: Record<string, unknown>;
  options: RequestOptions;
  /** Headers the client adds (version, credentials, defaults), applied before per-request ones. */
  clientHeaders: Record<string, string | null | undefined>;
  /** Credential query pairs (`apiKey` schemes in the query), already encoded. */
  credentialQuery: string[];
}

/** Synchronous unless a binary body must be read into a Blob first. */
export function prepareRequest(parts: RequestParts): PreparedRequest | Promise<PreparedRequest> {
  const { op, params, options } = parts;
  let path: string;
  try {
    path = fillPath(op.path, parts.pathValues);
  } catch (err) {
    throw new InvalidRequestError((err as Error).message);
  }
  const declared = new Set<string>();
  const query: string[] = [];
  for (const spec of op.query ?? []) {
    declared.add(spec.name);
    serializeQueryParam(spec, valueOf(spec, params), query);
  }
  if (options.query) serializeLooseQuery(options.query, query);
  query.push(...parts.credentialQuery);

  const headers: HeaderMap = newHeaderMap();
  setHeaders(headers, parts.clientHeaders);
  if (op.response.accept) headers['accept'] = op.response.accept;
  for (const spec of op.headers ?? []) {
    declared.add(spec.name);
    const value = valueOf(spec, params);
    if (value !== undefined && value !== null)
      setHeader(
        headers,
        spec.name,
        Array.isArray(value) ? value.map(scalarToString).join(',') : scalarToString(value),
      );
  }
  const cookies: string[] = [];
  for (const spec of op.cookies ?? []) {
    declared.add(spec.name);
    const value = valueOf(spec, params);
    if (value !== undefined && value !== null)
      cookies.push(`${spec.name}=${encodeURIComponent(scalarToString(value))}`);
  }
  if (cookies.length > 0)
    setHeader(headers, 'cookie', [headers['cookie'], ...cookies].filter(Boolean).join('; '));

  const base = parts.baseURL.replace(/\/+$/, '');
  const url = `${base}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  const finish = (body: RequestBody | undefined): PreparedRequest => {
    if (options.headers) setHeaders(headers, options.headers);
    return { url, headers, body };
  };
  const body = encodeBody(op, params, declared, options, headers);
  return body instanceof Promise ? body.then(finish) : finish(body);
}

type RequestBody = NonNullable<RequestInit['body']>;

/** A record without a prototype, so that a header named like `__proto__` is stored like any other. */
export function newHeaderMap(): HeaderMap {
  return Object.create(null) as HeaderMap;
}

function valueOf(spec: ParamSpec, params: Record<string, unknown>): unknown {
  const value = params[spec.name];
  return value === undefined ? spec.fixed : value;
}

function encodeBody(
  op: OperationSpec,
  params: Record<string, unknown>,
  declared: Set<string>,
  options: RequestOptions,
  headers: HeaderMap,
): RequestBody | undefined | Promise<RequestBody> {
  const spec = op.body;
  if (!spec) return undefined;
  let payload: unknown;
  if (spec.merged) {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params))
      if (!declared.has(key) && value !== undefined) fields[key] = value;
    payload = { ...fields, ...options.body };
    if (Object.keys(payload as object).length === 0 && !spec.required) return undefined;
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
      return toFormData(payload as Record<string, unknown>);
    case 'form': {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      const pairs: string[] = [];
      serializeLooseQuery(payload as Record<string, unknown>, pairs);
      return pairs.join('&');
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
  if (/[\r\n]/.test(name)) {
    throw new InvalidRequestError(
      `Header "${name.replace(/[\r\n]/g, ' ')}" contains a line break (CR or LF); refusing to send it.`,
    );
  }
  if (!TOKEN.test(name)) throw new InvalidRequestError(`"${name}" is not a valid header name.`);
}

/**
 * Refuses CR and LF in header values: they would let input forge extra headers. Also refuses what fetch
 * itself rejects in a value (NUL, characters above U+00FF), whose error would quote the value (a credential).
 */
export function setHeader(headers: HeaderMap, name: string, value: string): void {
  checkHeaderName(name);
  if (/[\r\n]/.test(value)) {
    throw new InvalidRequestError(`Header "${name}" contains a line break (CR or LF); refusing to send it.`);
  }
  if (/[\0\u0100-\uffff]/.test(value)) {
    throw new InvalidRequestError(
      `Header "${name}" contains a NUL or non-Latin-1 character; refusing to send it.`,
    );
  }
  headers[name.toLowerCase()] = value;
}
