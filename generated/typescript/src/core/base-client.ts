// The client's engine: options and credentials, the transport rules (TLS, browsers), sending with retries,
// timeouts and aborts. What to retry is in retry.ts; turning responses into results or typed errors in
// responses.ts.
import { APIPromise, type RawResponse } from './api-promise.js';
import { isBrowserLike, isLoopbackHost, readEnv, sleep, base64Encode } from './environment.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  ConfigurationError,
  InsecureTransportError,
  MissingCredentialError,
} from './errors.js';
import { Page, PagePromise } from './pagination.js';
import { newHeaderMap, prepareRequest, setHeaders } from './request-builder.js';
import { decodeResponse, describeCause, describeErrorBody, errorFrom } from './responses.js';
import { backoff, isRetryableStatus, retryDelay } from './retry.js';
import type { ChannelSpec, SessionClass, SessionRuntime } from './channel-session.js';
import type {
  BaseClientOptions,
  ChannelOptions,
  ClientConfig,
  CredentialSpec,
  OperationSpec,
  RequestOptions,
} from './types.js';
import type { WebSocketConstructor } from './websocket.js';

export class BaseClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  /** The API version sent with every request (when the API is versioned). */
  readonly version: string | undefined;
  // Private fields keep credentials out of JSON.stringify, util.inspect and enumeration.
  readonly #config: ClientConfig;
  readonly #credentials = new Map<string, string>();
  readonly #fetch: typeof fetch;
  readonly #defaultHeaders: Record<string, string | null | undefined>;
  readonly #WebSocket: WebSocketConstructor | undefined;

  constructor(config: ClientConfig, options: BaseClientOptions & Record<string, unknown>) {
    this.#config = config;
    const baseURL = options.baseURL ?? serverURL(config, options.serverVariables);
    if (!baseURL)
      throw new ConfigurationError('No base URL: the spec declares no server, so pass `baseURL`.');
    this.baseURL = baseURL;
    this.timeout = options.timeout ?? config.timeoutMs;
    this.maxRetries = options.maxRetries ?? config.retry.maxRetries;
    this.#defaultHeaders = options.defaultHeaders ?? {};
    try {
      // A plain record, not `Headers`: the first `new Headers()` loads fetch's implementation (~14 ms in Node).
      setHeaders(newHeaderMap(), this.#defaultHeaders);
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
    this.version = options.version ?? config.apiVersion?.default;
    this.#checkVersion(this.version);

    const browser = isBrowserLike();
    for (const credential of config.credentials) {
      const given = options[credential.option];
      if (given !== undefined && given !== null && typeof given !== 'string') {
        throw new ConfigurationError(`The \`${credential.option}\` option must be a string.`);
      }
      const value =
        given === null
          ? undefined
          : (given ?? (credential.env && !browser ? readEnv(credential.env) : undefined));
      if (value === undefined || value === '') continue;
      if (browser && credential.browser === 'opt-in' && options.dangerouslyAllowBrowser !== true) {
        const alternatives = config.credentials
          .filter((c) => c.browser === 'allowed')
          .map((c) => `\`${c.option}\``);
        throw new ConfigurationError(
          `Refusing to use \`${credential.option}\` in a browser: every visitor of the page could read it.` +
            (alternatives.length > 0
              ? ` Use ${alternatives.join(' or ')} (minted by your server) instead,`
              : '') +
            ' or pass `dangerouslyAllowBrowser: true` if you understand the risk.',
        );
      }
      this.#credentials.set(credential.scheme, value);
    }
    if (this.#credentials.size > 0) this.#checkTransport(this.baseURL);
  }

  /** Sends a request and decodes the response as the operation declares. */
  request<T>(
    op: OperationSpec,
    pathValues: Record<string, unknown>,
    params: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): APIPromise<T> {
    return new APIPromise<T>(this.#execute(op, pathValues, params, options), (raw) =>
      decodeResponse<T>(op, raw, options, this.#config.errors),
    );
  }

  /** Like `request`, for list operations that follow the API's cursor convention. */
  requestPage<Item>(
    op: OperationSpec,
    pathValues: Record<string, unknown>,
    params: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): PagePromise<Item> {
    const convention = this.#config.pagination;
    if (!convention) throw new ConfigurationError('This API declares no pagination convention.');
    const fetchPage = (next: Record<string, unknown>): PagePromise<Item> =>
      this.requestPage<Item>(op, pathValues, next, options);
    return new PagePromise<Item>(this.#execute(op, pathValues, params, options), async (raw) => {
      const body = await decodeResponse<unknown>(op, raw, options, this.#config.errors);
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
      ...(this.#config.errors.inStream ? { inStream: this.#config.errors.inStream } : {}),
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

  /** Lets root-level operations share the resource method template (`this._client.request(...)`). */
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
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigurationError(`Invalid base URL: ${url}`);
    }
    const { tls, loopbackException } = this.#config.transport;
    const plain = parsed.protocol === 'http:' || parsed.protocol === 'ws:';
    if (tls === 'required' && plain && !(loopbackException && isLoopbackHost(parsed.hostname))) {
      throw new InsecureTransportError(
        `Refusing to send credentials over plain ${parsed.protocol.slice(0, -1)} to ${parsed.hostname}: anyone on the network could read them. Use https (plain http is only allowed to localhost).`,
      );
    }
  }

  /** Headers and query pairs for the first credential set the operation accepts that the client holds. */
  #authenticate(op: OperationSpec): { headers: Record<string, string>; query: string[] } {
    const headers: Record<string, string> = {};
    const query: string[] = [];
    if (op.security.length === 0) return { headers, query };
    // A credential set the client holds beats the empty one (`{}`: authentication optional).
    const held = (set: readonly string[]): boolean => set.every((scheme) => this.#credentials.has(scheme));
    const chosen =
      op.security.find((set) => set.length > 0 && held(set)) ?? op.security.find((set) => set.length === 0);
    if (!chosen) {
      const options = op.security.map((set) =>
        set
          .map((s) => this.#config.credentials.find((c) => c.scheme === s))
          .filter((c): c is CredentialSpec => !!c)
          .map(describeCredential)
          .join(' + '),
      );
      throw new MissingCredentialError(
        `This request needs a credential: pass ${options.join(' or ')} when creating the client.`,
      );
    }
    for (const scheme of chosen) {
      const credential = this.#config.credentials.find((c) => c.scheme === scheme)!;
      const value = this.#credentials.get(scheme)!;
      if (credential.transport === 'bearer') headers['authorization'] = `Bearer ${value}`;
      else if (credential.transport === 'basic') headers['authorization'] = `Basic ${base64Encode(value)}`;
      else if (credential.in === 'query')
        query.push(`${encodeURIComponent(credential.parameterName ?? '')}=${encodeURIComponent(value)}`);
      else if (credential.in === 'cookie')
        headers['cookie'] = [headers['cookie'], `${credential.parameterName}=${encodeURIComponent(value)}`]
          .filter(Boolean)
          .join('; ');
      else headers[credential.parameterName ?? 'authorization'] = value;
    }
    return { headers, query };
  }

  async #execute(
    op: OperationSpec,
    pathValues: Record<string, unknown>,
    params: Record<string, unknown>,
    options: RequestOptions,
  ): Promise<RawResponse> {
    const version = options.version ?? this.version;
    if (options.version !== undefined) this.#checkVersion(options.version);
    const auth = this.#authenticate(op);
    const clientHeaders: Record<string, string | null | undefined> = { ...auth.headers };
    const apiVersion = this.#config.apiVersion;
    if (apiVersion && version !== undefined) clientHeaders[apiVersion.header] = version;
    Object.assign(clientHeaders, this.#defaultHeaders);
    const prepared = await prepareRequest({
      baseURL: this.baseURL,
      op,
      pathValues,
      params,
      options,
      clientHeaders,
      credentialQuery: auth.query,
    });
    return this.#send(
      prepared.url,
      {
        method: op.method,
        headers: prepared.headers,
        body: prepared.body ?? null,
        ...options.fetchOptions,
      },
      options,
    );
  }

  async #send(url: string, init: RequestInit, options: RequestOptions): Promise<RawResponse> {
    const maxRetries = options.maxRetries ?? this.maxRetries;
    const timeout = options.timeout ?? this.timeout;
    const userSignal = options.signal ?? undefined;
    for (let attempt = 0; ; attempt++) {
      if (userSignal?.aborted) throw new APIUserAbortError();
      const controller = new AbortController();
      const onAbort = (): void => controller.abort(userSignal?.reason);
      userSignal?.addEventListener('abort', onAbort, { once: true });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new APIConnectionTimeoutError(`Request timed out after ${timeout} ms.`));
      }, timeout);
      // A pending timeout alone must not keep a process alive (Node); other runtimes have no unref.
      (timer as unknown as { unref?: () => void }).unref?.();
      const settle = (): void => clearTimeout(timer);
      const release = (): void => {
        settle();
        userSignal?.removeEventListener('abort', onAbort);
      };
      let response: Response;
      try {
        // Called without a receiver: browsers' fetch throws "Illegal invocation" when `this` is not the window.
        response = await this.#fetch.call(undefined, url, { ...init, signal: controller.signal });
      } catch (cause) {
        release();
        if (userSignal?.aborted) throw new APIUserAbortError();
        const error = timedOut
          ? new APIConnectionTimeoutError(`Request timed out after ${timeout} ms.`)
          : new APIConnectionError(`Connection error: ${describeCause(cause)}`, { cause });
        if (attempt >= maxRetries || !this.#config.retry.onConnectionError) throw error;
        await this.#wait(backoff(attempt, this.#config.retry), userSignal);
        continue;
      }
      if (response.ok) {
        // Decoding may read the body later; the abort listener stays so the caller can still cancel it.
        return {
          response,
          settle,
          release,
          timedOut: () => timedOut,
          aborted: () => userSignal?.aborted === true,
        };
      }
      const delay =
        attempt < maxRetries && isRetryableStatus(response.status, this.#config.retry)
          ? retryDelay(attempt, response.headers, this.#config.retry)
          : undefined;
      if (delay !== undefined) {
        await response.body?.cancel().catch(() => undefined);
        release();
        await this.#wait(delay, userSignal);
        continue;
      }
      let error: Error;
      try {
        error = await errorFrom(response, this.#config.errors);
      } catch (cause) {
        if (userSignal?.aborted) error = new APIUserAbortError();
        else if (timedOut) error = new APIConnectionTimeoutError(`Request timed out after ${timeout} ms.`);
        else
          error = new APIConnectionError(
            `Connection lost while reading an error response: ${describeCause(cause)}`,
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

/** The spec's server URL with the caller's variable values (or the defaults) filled in. */
function serverURL(
  config: ClientConfig,
  variables: Record<string, string | undefined> | undefined,
): string | undefined {
  if (!config.server || !variables) return config.baseURL;
  return config.server.url.replace(
    /\{([^}]+)\}/g,
    (_, name: string) => variables[name] ?? config.server!.variables[name] ?? '',
  );
}

function describeCredential(credential: CredentialSpec): string {
  return `\`${credential.option}\`${credential.env ? ` (or set ${credential.env})` : ''}`;
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
