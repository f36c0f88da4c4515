// Turning a response into what a method returns: the decoded body, a streamed body handed over unread, or
// the typed error for an error status, described by the API's error convention.
import type { RawResponse } from './api-promise.js';
import { BinaryResponse } from './binary.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIResponseParseError,
  APIUserAbortError,
  ClientError,
  errorClassFor,
} from './errors.js';
import type { ClientConfig, OperationSpec, RequestOptions } from './types.js';

type ErrorConfig = ClientConfig['errors'];

const MAX_ERROR_MESSAGE = 300;

/** Reads an error body and builds the typed error for its status. */
export async function errorFrom(response: Response, errors: ErrorConfig): Promise<Error> {
  const text = await response.text();
  let body: unknown = text === '' ? undefined : text;
  const type = response.headers.get('content-type') ?? '';
  if (text !== '' && (type.includes('json') || /^\s*[{[]/.test(text))) {
    try {
      body = JSON.parse(text);
    } catch {
      // Keep the raw text: a proxy may answer with something that only looks like JSON.
    }
  }
  const info = describeErrorBody(body, errors);
  const requestId =
    errors.requestIdHeaders.map((h) => response.headers.get(h)).find((v): v is string => !!v) ??
    info.requestId;
  const detail = info.message ?? (response.statusText || undefined);
  const message = `${response.status}${detail ? ` ${detail}` : ''}`.slice(0, MAX_ERROR_MESSAGE);
  const ErrorClass = errorClassFor(response.status, errors.classes);
  return new ErrorClass(response.status, response.headers, body, message, requestId);
}

/** Message, request id and status of an error body, by the API's error convention. */
export function describeErrorBody(
  body: unknown,
  errors: ErrorConfig,
): { message?: string; requestId?: string; status?: number } {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  const { messageFields, requestIdField, statusField } = errors;
  const message = messageFields
    .map((f) => record[f])
    .find((v): v is string => typeof v === 'string' && v !== '');
  const requestId =
    requestIdField && typeof record[requestIdField] === 'string'
      ? (record[requestIdField] as string)
      : undefined;
  const status =
    statusField && typeof record[statusField] === 'number' ? (record[statusField] as number) : undefined;
  return {
    ...(message ? { message } : {}),
    ...(requestId ? { requestId } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

/** The body of a successful response, as the operation's response kind says. */
export async function decodeResponse<T>(
  op: OperationSpec,
  raw: RawResponse,
  options: RequestOptions,
  errors: ErrorConfig,
): Promise<T> {
  const { response } = raw;
  const kind = op.response.kind;
  if (kind === 'binary' || kind === 'event-stream') {
    // The timeout covers waiting for the stream to start, not how long it plays.
    raw.settle();
    const hooks = { onEnd: raw.release, mapError: (error: unknown) => streamError(error, raw) };
    if (kind === 'binary') return new BinaryResponse(response, hooks) as T;
    // The event-stream code loads with the first event stream a program asks for.
    const { EventStream } = await import('./streaming.js');
    return new EventStream(response, {
      describeError: (body) => describeErrorBody(body, errors),
      ...(errors.inStream ? { inStream: errors.inStream } : {}),
      ...(op.response.base64Fields ? { base64Fields: op.response.base64Fields } : {}),
      hooks,
    }) as T;
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (raw.aborted() || options.signal?.aborted) throw new APIUserAbortError();
    if (raw.timedOut())
      throw new APIConnectionTimeoutError('Request timed out while reading the response body.');
    throw new APIConnectionError(`Connection lost while reading the response body: ${describeCause(cause)}`, {
      cause,
    });
  } finally {
    raw.release();
  }
  if (kind === 'text') return text as T;
  if (kind === 'none' || text === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    const type = response.headers.get('content-type') ?? 'no content type';
    throw new APIResponseParseError(
      `Expected a JSON response body but could not parse it (${type}, ${text.length} bytes).`,
      response.status,
      response.headers,
      { cause },
    );
  }
}

/** A failure while a streamed body plays: the caller's abort, or a lost connection. */
function streamError(error: unknown, raw: RawResponse): Error {
  if (error instanceof ClientError) return error;
  if (raw.aborted()) return new APIUserAbortError();
  return new APIConnectionError(
    `Connection lost while streaming the response body: ${describeCause(error)}`,
    {
      cause: error,
    },
  );
}

/** An error's message, with the system error code under it (ECONNREFUSED, ...) when there is one. */
export function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    const code = inner && typeof inner === 'object' ? (inner as { code?: unknown }).code : undefined;
    return typeof code === 'string' ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}
