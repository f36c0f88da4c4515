// Errors the client throws. Generated code adds one subclass of `APIError` per status class named in the spec.

/** Base class of every error this client throws. */
export class ClientError extends Error {
  override name = 'ClientError';
}

/** The client was set up in a way that cannot work (bad option, credential where it must not go). */
export class ConfigurationError extends ClientError {
  override name = 'ConfigurationError';
}

/** A request was refused before it left, because it would send a credential in clear text. */
export class InsecureTransportError extends ConfigurationError {
  override name = 'InsecureTransportError';
}

/** The operation needs a credential the client does not hold. */
export class MissingCredentialError extends ConfigurationError {
  override name = 'MissingCredentialError';
}

/** A request the caller's input cannot make (missing path value, header with a control character, ...). */
export class InvalidRequestError extends ClientError {
  override name = 'InvalidRequestError';
}

/** The server answered with an error status. `body` is the parsed JSON body, the raw text, or undefined. */
export class APIError<TBody = unknown> extends ClientError {
  override name = 'APIError';
  readonly status: number;
  readonly headers: Headers;
  readonly body: TBody | string | undefined;
  readonly requestId: string | undefined;

  // `body` is whatever the server sent: the declared error shape is what the API documents, not a guarantee.
  constructor(
    status: number,
    headers: Headers,
    body: unknown,
    message: string,
    requestId: string | undefined,
  ) {
    super(message);
    this.status = status;
    this.headers = headers;
    this.body = body as TBody | string | undefined;
    this.requestId = requestId;
  }
}

/** The request never got a response: DNS, refused or reset connection, TLS failure, ... */
export class APIConnectionError extends ClientError {
  override name = 'APIConnectionError';
  constructor(message = 'Connection error.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** No complete response arrived within the timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
  constructor(message = 'Request timed out.') {
    super(message);
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class APIUserAbortError extends ClientError {
  override name = 'APIUserAbortError';
  constructor(message = 'Request was aborted.') {
    super(message);
  }
}

/** A response body could not be read as the operation declares (for example invalid JSON). */
export class APIResponseParseError extends ClientError {
  override name = 'APIResponseParseError';
  readonly status: number;
  readonly headers: Headers;
  constructor(message: string, status: number, headers: Headers, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.headers = headers;
  }
}

/** A response body was larger than the client's `maxResponseBytes` (counted after decompression). */
export class ResponseTooLargeError extends ClientError {
  override name = 'ResponseTooLargeError';
  readonly status: number;
  readonly headers: Headers;
  readonly limit: number;
  constructor(limit: number, status: number, headers: Headers) {
    super(
      `The response body is larger than maxResponseBytes (${limit} bytes); the rest was not read. Raise \`maxResponseBytes\` in the client or request options if such a body is expected.`,
    );
    this.status = status;
    this.headers = headers;
    this.limit = limit;
  }
}

/** The server redirected too many times, or to somewhere the client refuses to follow. */
export class RedirectError extends ClientError {
  override name = 'RedirectError';
}

/** An error the server sent inside a stream (an SSE `error` event, or an error message on a WebSocket). */
export class StreamEventError<TBody = unknown> extends APIError<TBody> {
  override name = 'StreamEventError';
}

// Stream and realtime errors live here, with the others, rather than with the stream and socket code:
// catching them must not pull that code into a bundle.
/** WebSocket close code for a message over the receiver's size limit. */
export const MESSAGE_TOO_BIG = 1009;

/** The socket closed before the session or a context was finished. */
export class SocketClosedError extends APIConnectionError {
  override name = 'SocketClosedError';
  readonly code: number;
  readonly reason: string;
  constructor(code: number, reason: string) {
    super(
      code === MESSAGE_TOO_BIG
        ? `The WebSocket closed (code 1009: message too big): the server sent a message larger than the channel's maxMessageBytes.`
        : `The WebSocket closed (code ${code}${reason ? `: ${reason}` : ''}) before the stream was complete.`,
    );
    this.code = code;
    this.reason = reason;
  }
}

/** A message arrived that is not what the protocol allows (for example text that is not JSON). */
export class ProtocolError extends ClientError {
  override name = 'ProtocolError';
}

/** The caller reads far slower than the server sends and the runtime cannot slow the server down. */
export class BackpressureError extends ClientError {
  override name = 'BackpressureError';
}

export type APIErrorClass = new (
  status: number,
  headers: Headers,
  body: unknown,
  message: string,
  requestId: string | undefined,
) => APIError;

/** Maps a status to its typed error class: exact codes first, then ranges (`status` is the first digit). */
export interface ErrorClassEntry {
  status: number;
  range: boolean;
  ctor: APIErrorClass;
}

export function errorClassFor(status: number, classes: readonly ErrorClassEntry[]): APIErrorClass {
  for (const entry of classes) {
    if (entry.range ? Math.floor(status / 100) === entry.status : status === entry.status) return entry.ctor;
  }
  return APIError;
}
