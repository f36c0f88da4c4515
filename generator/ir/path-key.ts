// A key of `paths` split into the path template and the query string some specs write into it
// (`/things/?from={from}&kind=all`): the query part is not part of the URL template a client fills in.

/** One `name=value` pair of a query string written into a path key. */
export interface PathKeyQueryItem {
  /** The query parameter's name on the wire. */
  name: string;
  /** `{variable}` written as the value: the caller supplies it. */
  variable?: string;
  /** A literal value: sent as written on every call. */
  value?: string;
}

export interface PathKey {
  /** The path template without its query string, starting with "/". */
  path: string;
  /** The query string's items, in order; empty when the key has none. */
  query: PathKeyQueryItem[];
}

/** Splits a key of `paths`; a path missing its leading "/" gets one (validate warns). */
export function splitPathKey(key: string): PathKey {
  const mark = key.indexOf('?');
  const path = (mark < 0 ? key : key.slice(0, mark)).replace(/^(?!\/)/, '/');
  if (mark < 0) return { path, query: [] };
  const query: PathKeyQueryItem[] = [];
  for (const pair of key.slice(mark + 1).split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    const variable = /^\{([^{}]+)\}$/.exec(raw)?.[1];
    if (name === '' || query.some((q) => q.name === name)) continue;
    query.push(variable !== undefined ? { name, variable } : { name, value: raw });
  }
  return { path, query };
}

/** The `{variables}` of a path template, in order. */
export function pathVariables(pathTemplate: string): string[] {
  return [...pathTemplate.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
}
