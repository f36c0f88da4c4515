// What the client logs and where: a level (option, else the spec's environment variable, else `warn`) and a
// logger (any object with the four methods; `console` by default). Every line goes through the redactor, and
// header values that carry credentials are masked whole, so a log can be shared without leaking a key.
import { isBrowserLike, readEnv } from './environment.js';
import { ConfigurationError } from './errors.js';
import type { Redactor } from './redact.js';
import type { BaseClientOptions, ClientConfig } from './types.js';

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where log lines go: `console`, or any logger with these methods (pino, winston, a test's recorder). */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
export const DEFAULT_LOG_LEVEL: LogLevel = 'warn';
const LEVELS = Object.keys(RANK).join(', ');
const MASK = '[REDACTED]';
/** Headers whose whole value is a credential or a session, whatever the client holds. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

function isLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

export class ClientLog {
  readonly level: LogLevel;
  readonly #logger: Logger;
  readonly #prefix: string;
  readonly #redactor: Redactor;
  // Built on first use: most clients never log a URL or headers, and building them costs every constructor.
  readonly #secretHeaderNames: Iterable<string>;
  readonly #secretQueryNames: Iterable<string>;
  #secretHeaders: Set<string> | undefined;
  /** Matches the value of every query parameter that carries a credential, whatever its length. */
  #secretQuery: RegExp | null | undefined;

  /**
   * A bad `logLevel` option is the caller's mistake and throws; a bad environment value is the deployment's,
   * so the client still starts (at the default level) and says so once, as a warning.
   */
  constructor(options: {
    level: unknown;
    logger: unknown;
    envName: string | undefined;
    clientName: string;
    redactor: Redactor;
    secretHeaders: Iterable<string>;
    secretQueryParameters: Iterable<string>;
  }) {
    const { level, logger } = options;
    if (level !== undefined && !isLevel(level))
      throw new ConfigurationError(`Invalid logLevel: pass one of ${LEVELS}.`);
    if (
      logger !== undefined &&
      !(['error', 'warn', 'info', 'debug'] as const).every(
        (m) => typeof (logger as Record<string, unknown> | null)?.[m] === 'function',
      )
    )
      throw new ConfigurationError(
        'Invalid logger: pass an object with error, warn, info and debug methods.',
      );
    this.#logger = (logger as Logger | undefined) ?? console;
    this.#prefix = `[${options.clientName}]`;
    this.#redactor = options.redactor;
    this.#secretHeaderNames = options.secretHeaders;
    this.#secretQueryNames = options.secretQueryParameters;
    const fromEnv =
      level === undefined && options.envName && !isBrowserLike() ? readEnv(options.envName) : undefined;
    const envLevel = fromEnv?.toLowerCase();
    this.level = isLevel(level) ? level : isLevel(envLevel) ? envLevel : DEFAULT_LOG_LEVEL;
    if (fromEnv !== undefined && !isLevel(envLevel))
      this.warn(
        `Ignoring ${options.envName}: it is not a log level (${LEVELS}); logging at "${this.level}".`,
      );
  }

  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return RANK[this.level] >= RANK[level];
  }

  error(message: string, details?: Record<string, unknown>): void {
    if (this.enabled('error')) this.#emit('error', message, details);
  }

  warn(message: string, details?: Record<string, unknown>): void {
    if (this.enabled('warn')) this.#emit('warn', message, details);
  }

  info(message: string, details?: Record<string, unknown>): void {
    if (this.enabled('info')) this.#emit('info', message, details);
  }

  debug(message: string, details?: Record<string, unknown>): void {
    if (this.enabled('debug')) this.#emit('debug', message, details);
  }

  /** A URL as it may be logged: credential values (query parameters) masked. */
  url(url: string): string {
    if (this.#secretQuery === undefined) {
      const names = [...new Set(this.#secretQueryNames)].filter(Boolean).map(escapeRegExp);
      this.#secretQuery = names.length > 0 ? new RegExp(`([?&](?:${names.join('|')})=)[^&#]*`, 'g') : null;
    }
    const masked = this.#secretQuery ? url.replace(this.#secretQuery, `$1${MASK}`) : url;
    return this.#redactor.text(masked);
  }

  /** Headers as they may be logged: credential headers masked whole, any other value holding a secret masked. */
  headers(headers: Headers | Record<string, string>): Record<string, string> {
    const secret = (this.#secretHeaders ??= new Set([
      ...SECRET_HEADERS,
      ...[...this.#secretHeaderNames].map((h) => h.toLowerCase()),
    ]));
    const out: Record<string, string> = {};
    const add = (value: string, name: string): void => {
      const lower = name.toLowerCase();
      out[lower] = secret.has(lower) ? MASK : this.#redactor.text(value);
    };
    if (headers instanceof Headers) headers.forEach(add);
    else for (const [name, value] of Object.entries(headers)) add(value, name);
    return out;
  }

  /**
   * One attempt of a request, at debug level: what was sent and what came back (or why nothing did).
   * `attempt` counts from 1.
   */
  exchange(entry: {
    method: string;
    url: string;
    attempt: number;
    startedAt: number;
    requestHeaders: Record<string, string>;
    response?: Response;
    failure?: string;
    requestIdHeaders: readonly string[];
  }): void {
    if (!this.enabled('debug')) return;
    const { method, attempt, response } = entry;
    const url = this.url(entry.url);
    const durationMs = Date.now() - entry.startedAt;
    const requestId = response ? requestIdOf(response.headers, entry.requestIdHeaders) : undefined;
    const outcome = response ? `${response.status}` : `failed (${entry.failure ?? 'no response'})`;
    this.debug(
      `${method} ${url} → ${outcome} in ${durationMs} ms (attempt ${attempt}${requestId ? `, request id ${requestId}` : ''})`,
      {
        method,
        url,
        ...(response ? { status: response.status } : { error: entry.failure }),
        durationMs,
        attempt,
        ...(requestId ? { requestId } : {}),
        requestHeaders: this.headers(entry.requestHeaders),
        ...(response ? { responseHeaders: this.headers(response.headers) } : {}),
      },
    );
  }

  /** A retry about to wait, at info level: which attempt comes next, why, and after how long. */
  retry(
    method: string,
    url: string,
    nextAttempt: number,
    attempts: number,
    reason: string,
    delayMs: number,
  ): void {
    this.info(
      `Retrying ${method} ${this.url(url)} after ${reason}: attempt ${nextAttempt} of ${attempts} in ${Math.round(delayMs)} ms.`,
      { method, url: this.url(url), attempt: nextAttempt, attempts, reason, delayMs: Math.round(delayMs) },
    );
  }

  #emit(level: Exclude<LogLevel, 'off'>, message: string, details?: Record<string, unknown>): void {
    const line = `${this.#prefix} ${this.#redactor.text(message)}`;
    try {
      if (details) this.#logger[level](line, this.#redactor.value(details));
      else this.#logger[level](line);
    } catch {
      // A failing logger must not fail the request it reports on.
    }
  }
}

/** A client's log: its options, the spec's variable, and what the spec says carries a credential. */
export function logFor(config: ClientConfig, options: BaseClientOptions, redactor: Redactor): ClientLog {
  return new ClientLog({
    level: options.logLevel,
    logger: options.logger,
    envName: config.environment.logLevel,
    clientName: config.clientName,
    redactor,
    secretHeaders: config.credentials.filter((c) => c.in === 'header').map((c) => c.parameterName ?? ''),
    secretQueryParameters: config.credentials.flatMap((c) => [
      ...(c.in === 'query' && c.parameterName ? [c.parameterName] : []),
      ...(c.websocketQueryParameter ? [c.websocketQueryParameter] : []),
    ]),
  });
}

/** The request id a response carries, under the first header the API's error convention names. */
export function requestIdOf(headers: Headers, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return encodeURIComponent(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
