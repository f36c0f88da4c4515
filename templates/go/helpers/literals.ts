// Go literals and comments: spec text reaches Go source only through these.

/** A Go interpreted string literal for any text (lone surrogates, which no UTF-8 text holds, become U+FFFD). */
export function goString(text: string): string {
  let out = '"';
  for (const ch of text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || code === 0xfeff)
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A Go literal for JSON data the spec holds (a fixed parameter value, a set field). */
export function goLiteral(value: unknown): string {
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'nil';
  return `json.RawMessage(${goString(JSON.stringify(value))})`;
}

/** Spec prose as `//` comment lines at the given indent: every line break ends a line; nothing can end the comment. */
export function goComment(text: string | undefined, indent = ''): string {
  if (!text || text.trim() === '') return '';
  const lines = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, ' ')
    .split(/\r\n|[\r\n\u2028\u2029\u0085]/)
    .map((l) => l.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  while (lines.length > 0 && lines[0] === '') lines.shift();
  return lines.map((l) => (l === '' ? `${indent}//` : `${indent}// ${l}`)).join('\n') + '\n';
}

/** A comment that starts with the identifier it documents (Go's doc convention), then the spec's text. */
export function goDoc(name: string, text: string | undefined, fallback: string, indent = ''): string {
  const body = text && text.trim() !== '' ? text.trim() : fallback;
  return goComment(`${name}: ${body}`, indent);
}
