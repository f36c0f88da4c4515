// Shapes shared by the runtime and the generated code: what the spec says about the API and each operation.
import type { ErrorClassEntry } from './errors.js';
import type { Logger, LogLevel } from './logging.js';
import type { CursorConvention } from './pagination.js';
import type { ParamSpec } from './url.js';
import type { WebSocketConstructor } from './websocket.js';

/** A credential the client can hold (one per security scheme of the spec). */
export interface CredentialSpec {
  /** Security scheme key, as operations name it. */
  scheme: string;
  /** Client option that takes it. */
  option: string;
  transport: 'bearer' | 'basic' | 'apiKey';
  in?: 'header' | 'query' | 'cookie';
  parameterName?: string;
  env?: string;
  browser: 'allowed' | 'opt-in';
  websocketQueryParameter?: string;
}

/** Everything about the API the client needs at run time, rendered from the spec's conventions. */
export interface ClientConfig {
  clientName: string;
  packageName: string;
  packageVersion: string;
  baseURL: string | undefined;
  /**
   * The server URL template, its variables' defaults and, for those the spec restricts, the values allowed,
   * when the spec's server has variables.
   */
  server?: { url: string; variables: Record<string, string>; enums?: Record<string, readonly string[]> };
  /** Where WebSocket channels live (the base URL with a ws/wss scheme). */
  websocketBaseURL?: string;
  timeoutMs: number;
  /** Environment variables read on server runtimes when the matching option is not given. */
  environment: { logLevel?: string; baseURL?: string };
  apiVersion?: { header: string; default: string; pattern?: RegExp; websocketQueryParameter?: string };
  transport: { tls: 'required' | 'optional'; loopbackException: boolean };
  retry: {
    maxRetries: number;
    initialDelayMs: number;
    maxDelayMs: number;
    statuses: readonly number[];
    statusRanges: readonly number[];
    onConnectionError: boolean;
    retryAfterHeaders: readonly string[];
  };
  errors: {
    messageFields: readonly string[];
    requestIdHeaders: readonly string[];
    requestIdField?: string;
    statusField?: string;
    inStream?: { field: string; value: string };
    classes: readonly ErrorClassEntry[];
  };
  credentials: readonly CredentialSpec[];
  pagination?: CursorConvention;
}

/** How one form field becomes parts: the spec's `encoding` entry for it (`formParts` in uploads.ts). */
export interface FieldWire {
  style: 'json' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
}

export type BodyEncoding = 'json' | 'multipart' | 'form' | 'binary' | 'text';
export type ResponseKind = 'json' | 'binary' | 'text' | 'event-stream' | 'none';

/** One operation of the spec, as data: the generated methods only pass this and the caller's values. */
export interface OperationSpec {
  method: string;
  path: string;
  query?: readonly ParamSpec[];
  headers?: readonly ParamSpec[];
  cookies?: readonly ParamSpec[];
  body?: {
    encoding: BodyEncoding;
    contentType: string;
    merged: boolean;
    required: boolean;
    /** Form fields whose encoding the spec declares; the others go by their value's shape (see uploads.ts). */
    fields?: Readonly<Record<string, FieldWire>>;
  };
  response: { kind: ResponseKind; accept?: string; base64Fields?: readonly string[] };
  /** Accepted credential sets; any one suffices. Empty: no authentication. */
  security: readonly (readonly string[])[];
}

/** Per-request options, the last argument of every method. */
export interface RequestOptions {
  /** Extra headers; `null` removes a header the client would send. */
  headers?: Record<string, string | null | undefined>;
  /** Extra query parameters, sent beside the declared ones. */
  query?: Record<string, unknown>;
  /** Extra JSON or form fields merged into the body (an escape hatch for fields the spec does not list). */
  body?: Record<string, unknown>;
  /**
   * Milliseconds before the attempt is aborted (and retried); for a streamed body, the longest wait for its
   * next chunk. `Infinity` disables the timeout.
   */
  timeout?: number;
  maxRetries?: number;
  /** Largest JSON or text response body this request accepts, in bytes (decoded); see the client option. */
  maxResponseBytes?: number;
  signal?: AbortSignal | null;
  /** API version for this request only. */
  version?: string;
  /**
   * Passed through to `fetch` (for example `{ keepalive: true }`). A `redirect` here hands redirects to fetch:
   * the client's own rules for them (credentials dropped across origins, https on every hop) then do not apply.
   */
  fetchOptions?: Omit<RequestInit, 'method' | 'headers' | 'body' | 'signal'>;
}

/** Options every generated client accepts; credential options are added per API. */
export interface BaseClientOptions {
  /**
   * Overrides the spec's server (and the base URL environment variable, when the API names one; `null` ignores
   * that variable). Plain `http://` is refused for credentials unless the host is loopback.
   */
  baseURL?: string | null;
  /** Values for the variables of the spec's server URL (ignored when `baseURL` is given). */
  serverVariables?: Record<string, string | undefined>;
  /**
   * Milliseconds before a request attempt is aborted: the response and a JSON or text body must arrive within
   * it. A streamed body (bytes, server-sent events) is handed over once its headers arrive; from then on the
   * timeout is an idle timeout: it fires when no chunk arrives for this long. `Infinity` (or any value above
   * 2^31-1) disables it.
   */
  timeout?: number;
  /**
   * Largest JSON or text response body accepted, in bytes, counted after decompression; a larger one fails
   * with `ResponseTooLargeError` instead of filling memory. Streamed bodies (audio, events) are not limited.
   * Default: 64 MiB.
   */
  maxResponseBytes?: number;
  /** Retries after the first attempt, for connection errors and retryable statuses. */
  maxRetries?: number;
  /** A `fetch` implementation (defaults to the global one). */
  fetch?: typeof fetch;
  /**
   * Headers sent with every request; `null` removes one the client would send. Read when the client is built:
   * later changes to this object are not seen.
   */
  defaultHeaders?: Record<string, string | null | undefined>;
  /** API version to pin instead of the spec's default. */
  version?: string;
  /** Allow a secret credential (such as an API key) in a browser, where every user of the page can read it. */
  dangerouslyAllowBrowser?: boolean;
  /** WebSocket implementation for realtime channels (default: the global one, else the `ws` package). */
  WebSocket?: WebSocketConstructor;
  /**
   * Where realtime handshakes carry the API version and the credential. `headers` (the default outside
   * browsers) keeps the credential out of the URL, which proxies and servers log; `query` (the default in
   * browsers, which cannot set handshake headers) sends them as query parameters. Choose `query` for a
   * WebSocket implementation that takes no headers.
   */
  websocketCredentials?: 'headers' | 'query';
  /**
   * What the client logs: `off`, `error`, `warn` (the default), `info` (retries, WebSocket connects and closes)
   * or `debug` (every request and response: method, URL, status, duration, attempt, request id, headers).
   * Credentials never appear. Default: the log level environment variable when the API names one, else `warn`.
   */
  logLevel?: LogLevel;
  /** Where log lines go: any object with `error`, `warn`, `info` and `debug` methods. Default: `console`. */
  logger?: Logger;
}

/** Per-connection options, the last argument of every method that opens a realtime channel. */
export interface ChannelOptions {
  /** Milliseconds to wait for the handshake. */
  timeout?: number;
  /**
   * Milliseconds a reader of the session's events (or a context's) may wait with no message from the server;
   * then the waiting streams fail with `APIConnectionTimeoutError` and the socket closes. Default: no limit.
   */
  idleTimeout?: number;
  /**
   * Largest message accepted from the server, in bytes; a larger one closes the socket with code 1009 and
   * fails the open streams with a `SocketClosedError` saying "message too big". Default: 64 MiB.
   */
  maxMessageBytes?: number;
  signal?: AbortSignal | null;
  /** API version for this connection only. */
  version?: string;
  /** Extra handshake query parameters. */
  query?: Record<string, unknown>;
  WebSocket?: WebSocketConstructor;
  /** Where this handshake carries the version and credential (see the client option). */
  websocketCredentials?: 'headers' | 'query';
}
