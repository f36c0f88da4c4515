// The client's engine: options and credentials, the transport rules (TLS, browsers), sending with retries,
// timeouts and aborts. What to retry is in retry.ts; turning responses into results or typed errors in
// responses.ts.
import { APIPromise, type RawResponse } from './api-promise.js';
import { authenticate, checkTransport, readCredentials } from './credentials.js';
import { handshakeUserAgent, sleep, userAgent } from './environment.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ClientError,
  ConfigurationError,
} from './errors.js';
import { genericOperation, type GenericRequest } from './generic-request.js';
import { Page, PagePromise } from './pagination.js';
import { prepareRequest, setHeaders, type HeaderMap, type PreparedRequest } from './request-builder.js';
import { Deadline } from './deadline.js';
import { logFor, type ClientLog } from './logging.js';
import { Redactor } from './redact.js';
import {
  followRedirects,
  followsRedirects,
  isRedirect,
  redirectPolicy,
  type RedirectPolicy,
} from './redirects.js';
import { decodeResponse, describeCause, describeErrorBody, errorFrom } from './responses.js';
import { backoff, isRetryableStatus, retryDelay } from './retry.js';
import { resolveBaseURL } from './url.js';
import type { ChannelSpec, SessionClass, SessionRuntime } from './channel-session.js';
import type {
  BaseClientOptions,
  ChannelOptions,
  ClientConfig,
  OperationSpec,
  RequestOptions,
} from './types.js';
import type { WebSocketConstructor } from './websocket.js';

/** Default of `maxResponseBytes`: JSON and text bodies larger than this fail instead of filling memory. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 << 20;

/** What a client adds to every request of an operation: see `#identify`. */
interface Identity {
  headers: HeaderMap;
  query: string[];
}

export class BaseClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly maxResponseBytes: number;
  /** The API version sent with every request (when the API is versioned). */
  readonly version: string | undefined;
  // Private fields keep credentials out of JSON.stringify, util.inspect and enumeration.
  readonly #config: ClientConfig;
  readonly #credentials: ReadonlyMap<string, string>;
  readonly #fetch: typeof fetch;
  readonly #defaultHeaders: Record<string, string | null | undefined>;
  /** `baseURL` without a trailing slash, as request paths start with one. */
  readonly #base: string;
  readonly #identities = new WeakMap<OperationSpec['security'], Identity>();
  readonly #WebSocket: WebSocketConstructor | undefined;
  readonly #websocketCredentials: 'headers' | 'query' | undefined;
  /** Masks the credential values in every error built from what a server sent. */
  readonly #redactor: Redactor;
  readonly #redirects: RedirectPolicy;
  readonly #log: ClientLog;
  readonly #userAgent: string | undefined;

  constructor(config: ClientConfig, options: BaseClientOptions & Record<string, unknown>) {
    this.#config = config;
    const baseURL = resolveBaseURL(config, options.baseURL, options.serverVariables);
    this.baseURL = baseURL;
    this.#base = baseURL.replace(/\/+$/, '');
    this.timeout = options.timeout ?? config.timeoutMs;
    this.maxRetries = options.maxRetries ?? config.retry.maxRetries;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    // A copy: the headers are checked once, here and on first use, so later changes must not slip past.
    this.#defaultHeaders = { ...options.defaultHeaders };
    try {
      // A plain record, not `Headers`: the first `new Headers()` loads fetch's implementation (~14 ms in Node).
      setHeaders({}, this.#defaultHeaders);
    } catch (error) {
      throw new ConfigurationError(`Invalid defaultHeaders: ${(error as Error).message}`);
    }
    const fetchImpl = options.fetch ?? (globalThis as { fetch?: typeof fetch }).fetch;
    if (!fetchImpl)
      throw new ConfigurationError(
        'No `fetch` is available in this runtime: pass one as the `fetch` option.',
      );
    this.#fetch = fetchImpl;
    this.#WebSocket = options.WebSocket;
    this.#websocketCredentials = options.websocketCredentials;
    this.version = options.version ?? config.apiVersion?.default;
    this.#checkVersion(this.version);

    this.#credentials = readCredentials(config, options);
    this.#redactor = new Redactor(this.#credentials.values());
    this.#log = logFor(config, options, this.#redactor);
    this.#userAgent = userAgent(config.packageName, config.packageVersion);
    if (this.#credentials.size > 0) this.#checkTransport(this.baseURL);
    this.#redirects = redirectPolicy(config, (url) => {
      if (this.#credentials.size > 0) this.#checkTransport(url);
    });
  }

  /**
   * Sends a request to an endpoint the generated methods do not cover (yet), with the client's credentials,
   * version, retries, timeout, redirect rules and typed errors. `path` is under the base URL; the body goes
   * as JSON unless it is a string, bytes, a Blob, a stream or FormData. Resolves with the decoded JSON body
   * (`responseKind` for others); `.asResponse()` and `.withResponse()` give the raw `Response` too.
   */
  request<T = unknown>(request: GenericRequest): APIPromise<T> {
    try {
      const { op, params, options } = genericOperation(this.#config, this.baseURL, request);
      return this._request<T>(op, {}, params, options);
    } catch (error) {
      return new APIPromise<T>(Promise.reject(error), () => Promise.reject(error));
    }
  }

  /** Sends an operation's request and decodes the response as it declares (what generated methods call). */
  _request<T>(
    op: OperationSpec,
    pathValues: Record<string, unknown>,
    params: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): APIPromise<T> {
    return new APIPromise<T>(this.#execute(op, pathValues, params, options), (raw) =>
      decodeResponse<T>(op, raw, options, this.#config.errors, this.#redactor),
    );
  }

  /** Like `_request`, for list operations that follow the API's cursor convention. */
  _requestPage<Item>(
    op: OperationSpec,
    pathValues: Record<string, unknown>,
    params: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): PagePromise<Item> {
    const convention = this.#config.pagination;
    if (!convention) throw new ConfigurationError('This API declares no pagination convention.');
    const fetchPage = (next: Record<string, unknown>): PagePromise<Item> =>
      this._requestPage<Item>(op, pathValues, next, options);
    return new PagePromise<Item>(this.#execute(op, pathValues, params, options), async (raw) => {
      const body = await decodeResponse<unknown>(op, raw, options, this.#config.errors, this.#redactor);
      return new Page<Item>(body, raw.response, params, convention, fetchPage);
    });
  }

  /**
   * Opens a realtime channel. `load` gives the channel's session class: it and the socket code load with the
   * first channel a program opens, so programs that open none do not carry them.
   */
  openChannel<S>(
    spec: ChannelSpec,
    params: Record<string, unknown>,
    options: ChannelOptions,
    load: () => Promise<SessionClass<S>>,
  ): Promise<S> {
    const runtime: SessionRuntime = {
      describeError: (body) => describeErrorBody(body, this.#config.errors),
      redact: this.#redactor,
      ...(this.#config.errors.inStream ? { inStream: this.#config.errors.inStream } : {}),
      ...(options.idleTimeout !== undefined ? { idleTimeout: options.idleTimeout } : {}),
      ...(options.maxMessageBytes !== undefined ? { maxMessageBytes: options.maxMessageBytes } : {}),
    };
    // Async so that a bad input (version, missing credential, http to a remote host) rejects rather than throws.
    return Promise.resolve().then(async () => {
      const client = {
        config: this.#config,
        credentials: this.#credentials,
        baseURL: this.baseURL,
        version:
          options.version === undefined
            ? this.version
            : (this.#checkVersion(options.version), options.version),
        timeout: this.timeout,
        WebSocket: this.#WebSocket,
        websocketCredentials: this.#websocketCredentials,
        userAgent: handshakeUserAgent(this.#defaultHeaders, this.#userAgent),
        log: this.#log,
        runtime,
        checkTransport: (url: string) => this.#checkTransport(url),
      };
      const [{ connectChannel }, Session] = await Promise.all([import('./channel-connect.js'), load()]);
      return connectChannel(
        client,
        spec,
        params,
        options,
        (socket, spec, runtime) => new Session(socket, spec, runtime),
      );
    });
  }

  /** A summary safe to log: never includes credentials. */
  toJSON(): Record<string, unknown> {
    return {
      client: this.#config.clientName,
      baseURL: this.baseURL,
      version: this.version,
      credentials: [...this.#credentials.keys()].map(
        (scheme) => this.#config.credentials.find((c) => c.scheme === scheme)?.option,
      ),
    };
  }

  /** Lets root-level operations share the resource method template (`this._client._request(...)`). */
  protected get _client(): BaseClient {
    return this;
  }

  toString(): string {
    return `${this.#config.clientName}(${this.baseURL})`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `${this.#config.clientName} ${JSON.stringify(this.toJSON())}`;
  }

  #checkVersion(version: string | undefined): void {
    const pattern = this.#config.apiVersion?.pattern;
    if (version !== undefined && pattern && !pattern.test(version)) {
      throw new ConfigurationError(
        `API version "${version}" does not look like ${pattern.source}; pass a version such as "${this.#config.apiVersion?.default}".`,
      );
    }
  }

  #checkTransport(url: string): void {
    checkTransport(this.#config, url);
  }

  /**
   * The client's own headers for an operation (credential, version, defaults), checked and lower-cased, and
   * its credential query pairs. They depend only on the operation's security list and the version, so each
   * list's are worked out once and reused for every request with the client's version.
   */
  #identify(op: OperationSpec, version: string | undefined): Identity {
    const reusable = version === this.version;
    const known = reusable ? this.#identities.get(op.security) : undefined;
    if (known) return known;
    const auth = authenticate(op, this.#credentials, this.#config.credentials);
    const apiVersion = this.#config.apiVersion;
    const headers: HeaderMap = {};
    // Spread, not Object.assign: a default header named `__proto__` stays an entry, not a prototype.
    setHeaders(headers, {
      ...(this.#userAgent ? { 'user-agent': this.#userAgent } : {}),
      ...auth.headers,
      ...(apiVersion && version !== undefined ? { [apiVersion.header]: version } : {}),
      ...this.#defaultHeaders,
    });
    const identity = { headers, query: auth.query };
    if (reusable) this.#identities.set(op.security, identity);
    return identity;
  }

  // Not async: an async function's awaits and returned promise cost a few turns of the event loop per request.
  #execute(
    op: OperationSpec,
    pathValues: Record<string, unknown>,
    params: Record<string, unknown>,
    options: RequestOptions,
  ): Promise<RawResponse> {
    try {
      if (options.version !== undefined) this.#checkVersion(options.version);
      const identity = this.#identify(op, options.version ?? this.version);
      const prepared = prepareRequest({
        baseURL: this.#base,
        op,
        pathValues,
        params,
        options,
        clientHeaders: identity.headers,
        credentialQuery: identity.query,
      });
      const send = (request: PreparedRequest): Promise<RawResponse> =>
        this.#send(
          request.url,
          {
            method: op.method,
            headers: request.headers,
            body: request.body ?? null,
            ...options.fetchOptions,
          },
          options,
        );
      return prepared instanceof Promise ? prepared.then(send) : send(prepared);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async #send(url: string, init: RequestInit, options: RequestOptions): Promise<RawResponse> {
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = options.timeout ?? this.timeout;
    const maxBytes = options.maxResponseBytes ?? this.maxResponseBytes;
    const userSignal = options.signal ?? undefined;
    const redactor = this.#redactor;
    const timeoutError = (): Error => new APIConnectionTimeoutError(`Request timed out after ${timeout} ms.`);
    // See redirects.ts: outside browsers the client follows redirects itself, under its own rules.
    const manual = followsRedirects(init);
    if (manual) init.redirect = 'manual';
    const log = this.#log;
    const method = init.method ?? 'GET';
    const exchange = (
      attempt: number,
      startedAt: number,
      outcome: { response?: Response; failure?: string },
    ) =>
      log.exchange({
        method,
        url,
        attempt: attempt + 1,
        startedAt,
        requestHeaders: init.headers as Record<string, string>,
        requestIdHeaders: this.#config.errors.requestIdHeaders,
        ...outcome,
      });
    for (let attempt = 0; ; attempt++) {
      if (userSignal?.aborted) throw new APIUserAbortError();
      const controller = new AbortController();
      const onAbort = (): void => controller.abort(userSignal?.reason);
      userSignal?.addEventListener('abort', onAbort, { once: true });
      // Infinity (or a delay past setTimeout's range) means no timer at all.
      const deadline = new Deadline(timeout, () => controller.abort(timeoutError()));
      const settle = (): void => deadline.clear();
      const release = (): void => {
        deadline.clear();
        userSignal?.removeEventListener('abort', onAbort);
      };
      let response: Response;
      const startedAt = Date.now();
      try {
        init.signal = controller.signal;
        // Called without a receiver: browsers' fetch throws "Illegal invocation" when `this` is not the window.
        response = await this.#fetch.call(undefined, url, init);
        if (manual && isRedirect(response))
          response = await followRedirects(this.#fetch, url, init, response, this.#redirects);
      } catch (cause) {
        release();
        if (userSignal?.aborted) throw new APIUserAbortError();
        // The caller's own mistakes and refused redirects are not retried.
        if (cause instanceof ClientError && !deadline.expired) throw cause;
        const error = deadline.expired
          ? timeoutError()
          : new APIConnectionError(`Connection error: ${redactor.text(describeCause(cause))}`, { cause });
        exchange(attempt, startedAt, { failure: error.message });
        if (attempt >= maxRetries || !this.#config.retry.onConnectionError) throw error;
        const delay = backoff(attempt, this.#config.retry);
        const reason = deadline.expired ? 'a timeout' : 'a connection error';
        log.retry(method, url, attempt + 2, maxRetries + 1, reason, delay);
        await this.#wait(delay, userSignal);
        continue;
      }
      exchange(attempt, startedAt, { response });
      if (response.ok) {
        // Decoding may read the body later; the abort listener stays so the caller can still cancel it.
        return {
          response,
          settle,
          release,
          idle: () => deadline.idle(),
          touch: () => deadline.touch(),
          timedOut: () => deadline.expired,
          aborted: () => userSignal?.aborted === true,
          maxBytes,
        };
      }
      const delay =
        attempt < maxRetries && isRetryableStatus(response.status, this.#config.retry)
          ? retryDelay(attempt, response.headers, this.#config.retry)
          : undefined;
      if (delay !== undefined) {
        await response.body?.cancel().catch(() => undefined);
        release();
        log.retry(method, url, attempt + 2, maxRetries + 1, `status ${response.status}`, delay);
        await this.#wait(delay, userSignal);
        continue;
      }
      let error: Error;
      try {
        error = await errorFrom(response, this.#config.errors, redactor, maxBytes);
      } catch (cause) {
        if (userSignal?.aborted) error = new APIUserAbortError();
        else if (deadline.expired) error = timeoutError();
        else if (cause instanceof ClientError) error = cause;
        else
          error = new APIConnectionError(
            `Connection lost while reading an error response: ${redactor.text(describeCause(cause))}`,
            { cause },
          );
      } finally {
        release();
      }
      throw error;
    }
  }

  async #wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
    try {
      await sleep(ms, signal);
    } catch {
      throw new APIUserAbortError();
    }
  }
}

/**
 * Base of every generated resource class (`client.voices`, `client.agents.calls`, ...). Here rather than in a
 * module of its own: one module fewer for every program to load.
 */
export class APIResource {
  // Private so that the client (and its credentials) never shows up when a resource is serialized.
  readonly #client: BaseClient;

  constructor(client: BaseClient) {
    this.#client = client;
  }

  protected get _client(): BaseClient {
    return this.#client;
  }
}
