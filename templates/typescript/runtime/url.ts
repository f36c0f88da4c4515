// Builds request URLs: path parameters, and query parameters serialized as the spec's `style`/`explode` say.

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
    throw new TypeError(
      `A path parameter cannot be "${text}": it would change which endpoint the request reaches.`,
    );
  return encodeURIComponent(text);
}

/** Fills `{name}` placeholders of a path template. */
export function fillPath(template: string, values: Record<string, unknown>): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new TypeError(`Missing required path parameter "${name}".`);
    }
    return encodePathSegment(value);
  });
}

export function scalarToString(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

// Brackets stay readable (`expand[]=a`): servers treat them the same as %5B%5D.
function encodeQueryComponent(text: string): string {
  const encoded = encodeURIComponent(text);
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
      for (const [k, v] of entries)
        out.push(`${name}[${encodeQueryComponent(k)}]=${encodeQueryComponent(scalarToString(v))}`);
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
