// Generated from spec.yaml (Encoding Repair API 1.0.0) by openapi-client-generator. Do not edit: regenerate instead.
import { APIError, type ErrorClassEntry } from './core/errors.js';

export {
  ClientError,
  ClientError as EncodingRepairAPIError,
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
export type ErrorBody = unknown;

/** Thrown for HTTP 400 responses. */
export class BadRequestError extends APIError<ErrorBody> {
  override name = 'BadRequestError';
}

/** Thrown for HTTP 401 responses. */
export class AuthenticationError extends APIError<ErrorBody> {
  override name = 'AuthenticationError';
}

/** Thrown for HTTP 403 responses. */
export class PermissionDeniedError extends APIError<ErrorBody> {
  override name = 'PermissionDeniedError';
}

/** Thrown for HTTP 404 responses. */
export class NotFoundError extends APIError<ErrorBody> {
  override name = 'NotFoundError';
}

/** Thrown for HTTP 409 responses. */
export class ConflictError extends APIError<ErrorBody> {
  override name = 'ConflictError';
}

/** Thrown for HTTP 422 responses. */
export class UnprocessableEntityError extends APIError<ErrorBody> {
  override name = 'UnprocessableEntityError';
}

/** Thrown for HTTP 429 responses. */
export class RateLimitError extends APIError<ErrorBody> {
  override name = 'RateLimitError';
}

/** Thrown for HTTP 5xx responses. */
export class InternalServerError extends APIError<ErrorBody> {
  override name = 'InternalServerError';
}

/** Status → error class, exact statuses before ranges. */
export const errorClasses: readonly ErrorClassEntry[] = [
  { status: 400, range: false, ctor: BadRequestError },
  { status: 401, range: false, ctor: AuthenticationError },
  { status: 403, range: false, ctor: PermissionDeniedError },
  { status: 404, range: false, ctor: NotFoundError },
  { status: 409, range: false, ctor: ConflictError },
  { status: 422, range: false, ctor: UnprocessableEntityError },
  { status: 429, range: false, ctor: RateLimitError },
  { status: 5, range: true, ctor: InternalServerError },
];
