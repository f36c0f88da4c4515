// Generated from spec.yaml (Errors API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIError, type ErrorClassEntry } from './core/errors.js';
import type { Problem } from './models.js';

export {
  ClientError,
  ClientError as ErrorsAPIError,
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  APIResponseParseError,
  ConfigurationError,
  InsecureTransportError,
  MissingCredentialError,
  InvalidRequestError,
  StreamEventError,
  SocketClosedError,
  ProtocolError,
  BackpressureError,
  ResponseTooLargeError,
  RedirectError,
} from './core/errors.js';

/** The JSON body the API sends with an error status. */
export type ErrorBody = Problem;

/** Thrown for HTTP 400 responses. */
export class InvalidInputError extends APIError<ErrorBody> {
  override name = 'InvalidInputError';
}

/** Thrown for HTTP 404 responses. */
export class MissingError extends APIError<ErrorBody> {
  override name = 'MissingError';
}

/** Thrown for HTTP 429 responses. */
export class SlowDownError extends APIError<ErrorBody> {
  override name = 'SlowDownError';
}

/** Thrown for HTTP 4xx responses. */
export class ClientSideError extends APIError<ErrorBody> {
  override name = 'ClientSideError';
}

/** Thrown for HTTP 5xx responses. */
export class ServerSideError extends APIError<ErrorBody> {
  override name = 'ServerSideError';
}

/** Status → error class, exact statuses before ranges. */
export const errorClasses: readonly ErrorClassEntry[] = [
  { status: 400, range: false, ctor: InvalidInputError },
  { status: 404, range: false, ctor: MissingError },
  { status: 429, range: false, ctor: SlowDownError },
  { status: 4, range: true, ctor: ClientSideError },
  { status: 5, range: true, ctor: ServerSideError },
];
