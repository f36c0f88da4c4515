// Which prettier parser reads a file (by its extension) or code fenced in Markdown (by the fence's language).

// babel-ts rather than typescript for TypeScript: the same output here, and a much smaller parser to load.
const PARSERS: Record<string, string> = {
  ts: 'babel-ts',
  mts: 'babel-ts',
  cts: 'babel-ts',
  js: 'babel',
  mjs: 'babel',
  cjs: 'babel',
  json: 'json',
  md: 'markdown',
  yaml: 'yaml',
  yml: 'yaml',
};

/** Fence languages written as names rather than extensions. */
const FENCE_NAMES: Record<string, string> = { typescript: 'ts', javascript: 'js', jsx: 'js' };

export function parserFor(file: string): string | undefined {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  if (file.endsWith('package.json')) return 'json-stringify';
  return ext ? PARSERS[ext] : undefined;
}

/**
 * The parser for code fenced with a language, for the languages a client's documentation shows (Markdown inside
 * Markdown is left as written). Prettier's Markdown formatter would also format CSS, HTML and GraphQL: a template
 * set that fences those keeps `format: true`.
 */
export function fenceParser(language: string): string | undefined {
  const name = language.toLowerCase();
  const parser = PARSERS[FENCE_NAMES[name] ?? name];
  return parser === 'markdown' ? undefined : parser;
}
