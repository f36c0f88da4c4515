// Turning a response into what a method returns: the decoded body, a streamed body handed over unread, or
// the typed error for an error status, described by the API's error convention.
import type { RawResponse } from './api-promise.js';
import { BinaryResponse } from './binary.js';
import { readBoundedText } from './body-stream.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIResponseParseError,
  APIUserAbortError,
  ClientError,
  ResponseTooLargeError,
  errorClassFor,
} from './errors.js';
import type { Redactor } from './redact.js';
import type { ClientConfig, OperationSpec, RequestOptions } from './types.js';

type ErrorConfig = ClientConfig['errors'];

const MAX_ERROR_MESSAGE = 300;

/**
 * Reads an error body and builds the typed error for its status. The client's credentials are masked in the
 * body (before it is parsed, so every field is) and in the headers: a server may echo what it was sent.
 */
export async function errorFrom(
  response: Response,
  errors: ErrorConfig,
  redactor: Redactor,
  maxBytes: number,
): Promise<Error> {
  const text = redactor.text(await readBody(response, maxBytes));
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
    errors.requestIdHeaders
      .map((h) => redactor.text(response.headers.get(h) ?? ''))
      .find((v): v is string => !!v) ?? info.requestId;
  const detail = info.message ?? (response.statusText || undefined);
  const message = `${response.status}${detail ? ` ${detail}` : ''}`.slice(0, MAX_ERROR_MESSAGE);
  const ErrorClass = errorClassFor(response.status, errors.classes);
  const headers = redactor.headers(response.headers);
  return new ErrorClass(response.status, headers, body, redactor.text(message), requestId);
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
  redactor: Redactor,
): Promise<T> {
  const { response } = raw;
  const kind = op.response.kind;
  if (kind === 'binary' || kind === 'event-stream') {
    // From here the timeout is an idle timeout: a stream may play for long, but not stall.
    raw.idle();
    const hooks = {
      onEnd: raw.release,
      onChunk: raw.touch,
      mapError: (error: unknown) => streamError(error, raw, redactor),
    };
    if (kind === 'binary') return new BinaryResponse(response, hooks) as T;
    // The event-stream code loads with the first event stream a program asks for.
    const { EventStream } = await import('./streaming.js');
    return new EventStream(response, {
      describeError: (body) => describeErrorBody(body, errors),
      redact: redactor,
      ...(errors.inStream ? { inStream: errors.inStream } : {}),
      ...(op.response.base64Fields ? { base64Fields: op.response.base64Fields } : {}),
      hooks,
    }) as T;
  }
  let text: string;
  try {
    text = await readBody(response, raw.maxBytes);
  } catch (cause) {
    if (raw.aborted() || options.signal?.aborted) throw new APIUserAbortError();
    if (raw.timedOut())
      throw new APIConnectionTimeoutError('Request timed out while reading the response body.');
    if (cause instanceof ClientError) throw cause;
    throw new APIConnectionError(
      `Connection lost while reading the response body: ${redactor.text(describeCause(cause))}`,
      { cause },
    );
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

/** A body read whole, within the size limit. */
function readBody(response: Response, maxBytes: number): Promise<string> {
  return readBoundedText(
    response,
    maxBytes,
    () => new ResponseTooLargeError(maxBytes, response.status, response.headers),
  );
}

/** A failure while a streamed body plays: the caller's abort, the idle timeout, or a lost connection. */
function streamError(error: unknown, raw: RawResponse, redactor: Redactor): Error {
  if (raw.aborted()) return new APIUserAbortError();
  if (raw.timedOut())
    return new APIConnectionTimeoutError('The stream stalled: no data arrived within the timeout.');
  if (error instanceof ClientError) return error;
  return new APIConnectionError(
    `Connection lost while streaming the response body: ${redactor.text(describeCause(error))}`,
    { cause: error },
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
