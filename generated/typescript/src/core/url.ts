// Builds request URLs: path parameters, and query parameters serialized as the spec's `style`/`explode` say.
import { isBrowserLike, readEnv } from './environment.js';
import { ConfigurationError, InvalidRequestError } from './errors.js';
import type { ClientConfig } from './types.js';

export type ParamStyle =
  'simple' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'label' | 'matrix';

/** How one parameter goes on the wire; `name` is both the wire name and the key in the params object. */
export interface ParamSpec {
  name: string;
  style?: ParamStyle;
  explode?: boolean;
  /** Sent when the caller gives no value (a value the spec pins). */
  fixed?: string | number | boolean;
}

/**
 * Encodes one path segment. `.` and `..` are refused: URL parsers (fetch included) resolve them, even
 * percent-encoded as `%2E`, so they would climb the path to another endpoint.
 */
export function encodePathSegment(value: unknown): string {
  const text = scalarToString(value);
  if (text === '.' || text === '..')
    throw new InvalidRequestError(
      `A path parameter cannot be "${text}": it would change which endpoint the request reaches.`,
    );
  return encodeComponent(text);
}

/** Fills `{name}` placeholders of a path template. */
export function fillPath(template: string, values: Record<string, unknown>): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = ownValue(values, name);
    if (value === undefined || value === null || value === '') {
      throw new InvalidRequestError(`Missing required path parameter "${name}".`);
    }
    return encodePathSegment(value);
  });
}

/**
 * A caller's value by name, own properties only: a parameter named `constructor` or `toString` must not
 * pick up `Object.prototype`'s member when the caller left it out.
 */
export function ownValue(values: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

export function scalarToString(value: unknown): string {
  if (value instanceof Date) {
    // toISOString throws a bare RangeError for an invalid date.
    if (Number.isNaN(value.getTime()))
      throw new InvalidRequestError(
        'A date value is an invalid Date (NaN); pass a valid Date or ISO string.',
      );
    return value.toISOString();
  }
  return String(value);
}

/** encodeURIComponent, with its URIError for a lone UTF-16 surrogate turned into the caller's error. */
export function encodeComponent(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new InvalidRequestError(
      'A URL value contains a lone UTF-16 surrogate (half of a character), which has no UTF-8 encoding; fix the string before sending it.',
    );
  }
}

// Brackets stay readable (`expand[]=a`): servers treat them the same as %5B%5D.
export function encodeQueryComponent(text: string): string {
  const encoded = encodeComponent(text);
  return encoded.includes('%5') ? encoded.replace(/%5B/gi, '[').replace(/%5D/gi, ']') : encoded;
}

// Delimiters between values stay literal (`ids=1,2`), as the OpenAPI style examples show.
const DELIMITERS: Partial<Record<ParamStyle, string>> = {
  form: ',',
  spaceDelimited: '%20',
  pipeDelimited: '|',
};

/** Appends one query parameter's pairs to `out`. */
export function serializeQueryParam(spec: ParamSpec, value: unknown, out: string[]): void {
  if (value === undefined || value === null) return;
  const name = encodeQueryComponent(spec.name);
  const style = spec.style ?? 'form';
  const explode = spec.explode ?? style === 'form';
  if (Array.isArray(value)) {
    const items = value.filter((v) => v !== undefined && v !== null).map(scalarToString);
    if (explode) for (const item of items) out.push(`${name}=${encodeQueryComponent(item)}`);
    else out.push(`${name}=${items.map(encodeQueryComponent).join(DELIMITERS[style] ?? ',')}`);
    return;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined && v !== null,
    );
    if (style === 'deepObject') {
      for (const [k, v] of entries) serializeDeep(`${name}[${encodeQueryComponent(k)}]`, v, out);
    } else if (explode) {
      for (const [k, v] of entries)
        out.push(`${encodeQueryComponent(k)}=${encodeQueryComponent(scalarToString(v))}`);
    } else {
      out.push(
        `${name}=${entries.map(([k, v]) => `${encodeQueryComponent(k)},${encodeQueryComponent(scalarToString(v))}`).join(',')}`,
      );
    }
    return;
  }
  out.push(`${name}=${encodeQueryComponent(scalarToString(value))}`);
}

/** A deepObject member: nested objects as `a[b][c]=v`, arrays as `a[b][]=v`, never `[object Object]`. */
function serializeDeep(prefix: string, value: unknown, out: string[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) serializeDeep(`${prefix}[]`, item, out);
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      serializeDeep(`${prefix}[${encodeQueryComponent(k)}]`, v, out);
  } else {
    out.push(`${prefix}=${encodeQueryComponent(scalarToString(value))}`);
  }
}

/** Serializes an object of extra query values (escape hatch): arrays repeat, objects become `a[b]=c`. */
export function serializeLooseQuery(query: Record<string, unknown>, out: string[]): void {
  for (const [name, value] of Object.entries(query)) {
    serializeQueryParam(
      {
        name,
        style: typeof value === 'object' && !Array.isArray(value) ? 'deepObject' : 'form',
        explode: true,
      },
      value,
      out,
    );
  }
}

/**
 * The spec's server URL with the caller's variable values (or the defaults) filled in. A value must be one the
 * spec's `enum` lists, and is percent-encoded, so that `evil.com/` or `@evil.com` cannot move the host.
 */
export function serverURL(
  config: ClientConfig,
  variables: Record<string, string | undefined> | undefined,
): string | undefined {
  const server = config.server;
  if (!server || !variables) return config.baseURL;
  return server.url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = ownValue(variables, name) as string | undefined;
    if (value === undefined) return server.variables[name] ?? '';
    const allowed = server.enums?.[name];
    if (allowed && !allowed.includes(value))
      throw new ConfigurationError(
        `serverVariables.${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}; pass one of those, or a full \`baseURL\`.`,
      );
    try {
      return encodeURIComponent(String(value));
    } catch {
      throw new ConfigurationError(
        `serverVariables.${name} contains a lone UTF-16 surrogate; fix the string.`,
      );
    }
  });
}

/** A base URL with a user name or password is refused: the password would show wherever the URL does. */
export function checkBaseURL(baseURL: string): void {
  let parsed: URL;
  try {
    parsed = new URL(baseURL);
  } catch {
    // Not echoed: an unparsable URL may still hold a password.
    throw new ConfigurationError('Invalid base URL: pass an absolute URL such as "https://api.example.com".');
  }
  if (parsed.username !== '' || parsed.password !== '')
    throw new ConfigurationError(
      'The base URL contains a user name or password: remove them from the URL and pass the credential through its client option.',
    );
}

/**
 * The client's base URL, checked: the option, else the environment variable the spec names (server runtimes;
 * an option of `null` skips it), else the spec's server with the caller's variables.
 */
export function resolveBaseURL(
  config: ClientConfig,
  option: string | null | undefined,
  variables: Record<string, string | undefined> | undefined,
): string {
  const envName = config.environment.baseURL;
  const fromEnv = option === undefined && envName && !isBrowserLike() ? readEnv(envName) : undefined;
  const baseURL = option ?? fromEnv ?? serverURL(config, variables);
  if (!baseURL) throw new ConfigurationError('No base URL: the spec declares no server, so pass `baseURL`.');
  try {
    checkBaseURL(baseURL);
  } catch (error) {
    if (fromEnv === undefined || !(error instanceof ConfigurationError)) throw error;
    throw new ConfigurationError(`${envName}: ${error.message}`);
  }
  return baseURL;
}
