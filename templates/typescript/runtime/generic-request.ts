// `client.request()`: a call to an endpoint the spec does not (yet) describe, turned into an operation like the
// generated ones so that it goes through the same credentials, version, retries, timeouts, redirects and errors.
import { InvalidRequestError } from './errors.js';
import type { BodyEncoding, ClientConfig, OperationSpec, RequestOptions, ResponseKind } from './types.js';
import { isUploadable } from './uploads.js';

/** A request the generated methods do not cover. */
export interface GenericRequest extends Omit<RequestOptions, 'body'> {
  /** HTTP method, such as `'GET'` or `'POST'`. */
  method: string;
  /**
   * Path under the base URL (`'/voices/abc'`). An absolute URL is accepted only under the base URL: the
   * client's credentials never go to another origin.
   */
  path: string;
  /**
   * The body: a plain object or array is sent as JSON, a string as text, bytes, a Blob or a stream as binary,
   * `FormData` as multipart (set `content-type` in `headers` to send another type).
   */
  body?: unknown;
  /** How to read a successful response: `json` (default; an empty body gives `undefined`), `text`, `binary`
   * (a `BinaryResponse`), `event-stream` (an `EventStream`) or `none`. */
  responseKind?: ResponseKind;
}

const METHOD = /^[A-Za-z]+$/;

/** The operation, its values and options for a generic request; throws InvalidRequestError for a bad one. */
export function genericOperation(
  config: ClientConfig,
  baseURL: string,
  request: GenericRequest,
): { op: OperationSpec; params: Record<string, unknown>; options: RequestOptions } {
  const { method, path, body, responseKind = 'json', ...options } = request;
  if (typeof method !== 'string' || !METHOD.test(method))
    throw new InvalidRequestError('`method` must be an HTTP method such as "GET" or "POST".');
  const encoding = body === undefined ? undefined : bodyEncoding(body);
  const op: OperationSpec = {
    method: method.toUpperCase(),
    path: relativePath(path, baseURL),
    response: { kind: responseKind },
    // Any credential the client holds, in the spec's order; none held means the request goes without one.
    security: [...config.credentials.map((c) => [c.scheme]), []],
    ...(encoding
      ? {
          body: {
            encoding: encoding.encoding,
            contentType: encoding.contentType,
            merged: false,
            required: true,
          },
        }
      : {}),
  };
  return { op, params: body === undefined ? {} : { body }, options };
}

function bodyEncoding(body: unknown): { encoding: BodyEncoding; contentType: string } {
  if (typeof body === 'string') return { encoding: 'text', contentType: 'text/plain;charset=UTF-8' };
  if (typeof FormData !== 'undefined' && body instanceof FormData)
    return { encoding: 'multipart', contentType: 'multipart/form-data' };
  if (isUploadable(body)) return { encoding: 'binary', contentType: 'application/octet-stream' };
  return { encoding: 'json', contentType: 'application/json' };
}

/**
 * The path below the base URL. `{` is escaped so that the path is taken as written, not as a template; an
 * absolute URL must start with the base URL, and a query string belongs in `query`.
 */
function relativePath(path: string, baseURL: string): string {
  if (typeof path !== 'string' || path === '')
    throw new InvalidRequestError('`path` must be a path under the base URL, such as "/voices".');
  let relative = path;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:|^\/\//.test(path)) {
    const base = baseURL.replace(/\/+$/, '');
    const under = path.startsWith(`${base}/`) || path === base;
    if (!under)
      throw new InvalidRequestError(
        `Refusing to send the request to ${originOf(path)}: \`path\` must be under the client's base URL (${base}), or the client's credentials would go to another server. Use another client or plain fetch for other servers.`,
      );
    relative = path.slice(base.length);
  }
  if (/[?#]/.test(relative))
    throw new InvalidRequestError(
      '`path` must not contain a query string or fragment: pass query parameters in `query`.',
    );
  return (relative.startsWith('/') ? relative : `/${relative}`).replace(/[{}]/g, encodeURIComponent);
}

/** Only the origin of a refused URL is shown: the rest may hold a token. */
function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'another server';
  }
}
