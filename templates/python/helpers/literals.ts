// Python source text for spec values: string literals, literal values, docstrings and comments that are safe
// whatever the spec says (quotes, backslashes, line separators, NUL, lone surrogates, `"""`).

/** A double-quoted Python string literal. JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) are all valid Python. */
export function pyString(value: unknown): string {
  return JSON.stringify(String(value ?? ''))
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/\u007f/g, '\\x7f')
    .replace(/[\u0085\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON value as a Python expression (`true` → `True`, `null` → `None`, objects → dicts). */
export function pyLiteral(value: unknown, indent = '', width = 110): string {
  if (value !== null && typeof value === 'object') {
    const inline = pyInlineLiteral(value);
    if (indent.length + inline.length <= width - 10) return inline;
  }
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return pyString(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = `${indent}    `;
    return `[\n${value.map((v) => `${inner}${pyLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}    `;
    return `{\n${entries.map(([k, v]) => `${inner}${pyString(k)}: ${pyLiteral(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return 'None';
}

/** Like `pyLiteral`, on one line (for short values such as defaults). */
export function pyInlineLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyInlineLiteral).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${pyString(k)}: ${pyInlineLiteral(v)}`)
      .join(', ')}}`;
  return pyLiteral(value);
}

export interface DocInput {
  summary?: string;
  description?: string;
  deprecated?: boolean;
  extra?: string[];
}

/** The text of a docstring (paragraphs: summary, description, extra lines, a deprecation note), or ''. */
export function docText(doc: DocInput | undefined): string {
  if (!doc) return '';
  const parts: string[] = [];
  const summary = doc.summary?.trim();
  const description = doc.description?.trim();
  if (summary) parts.push(summary);
  if (description && description !== summary) parts.push(description);
  for (const line of doc.extra ?? []) parts.push(line);
  if (doc.deprecated) parts.push('Deprecated.');
  return parts.join('\n\n');
}

/**
 * A triple-quoted docstring indented by `indent`, or '' when there is nothing to say. Backslashes, quotes and
 * control characters in spec text are escaped, so the text cannot end the string or change what it says.
 */
export function pyDocstring(doc: DocInput | string | undefined, indent = ''): string {
  const text = typeof doc === 'string' ? doc.trim() : docText(doc);
  if (text === '') return '';
  const escaped = text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\\/g, '\\\\')
    // Only quotes that could close the string are escaped: runs of two or more, and one at the very end.
    .replace(/"(?=")/g, '\\"')
    .replace(/"$/, '\\"')
    .replace(/\t/g, '    ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\ud800-\udfff]/g, (c, offset: number, all: string) => {
      // A surrogate pair is one character of the UTF-8 file; a lone half cannot be written, so it is escaped.
      const code = c.charCodeAt(0);
      const pairedHigh = code < 0xdc00 && /[\udc00-\udfff]/.test(all.charAt(offset + 1));
      const pairedLow = code >= 0xdc00 && /[\ud800-\udbff]/.test(all.charAt(offset - 1));
      return pairedHigh || pairedLow ? c : `\\u${code.toString(16)}`;
    });
  const lines = escaped.split('\n').map((line) => line.trimEnd());
  if (lines.length === 1) return `${indent}"""${lines[0]}"""`;
  const body = lines.map((line, i) => (i === 0 || line === '' ? line : `${indent}${line}`)).join('\n');
  return `${indent}"""${body}\n${indent}"""`;
}

/** Spec text on one line, for a `#` comment. */
export function pyComment(text: unknown): string {
  return String(text ?? '')
    .replace(/[\r\n\u2028\u2029\u0085\u000b\u000c]+/g, ' ')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .trim();
}

/** Indents every non-empty line of `text` but the first by `spaces`. */
export function indentRest(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return String(text)
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : `${pad}${line}`))
    .join('\n');
}
