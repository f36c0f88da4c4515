// String literals as prettier writes them: its preferred quote unless the other needs fewer escapes (used by the
// format stage's own layout of declarations and constants).
import type { LayoutOptions } from './typescript-declarations.js';

/** String literals in an atom with prettier's preferred quotes (type arguments included). */
export function quote(text: string, options: LayoutOptions): string {
  return text.includes('"') || text.includes("'")
    ? text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, (s) => makeString(s, options))
    : text;
}

/**
 * A string literal requoted as prettier does: the preferred quote unless the other needs fewer escapes. Kept
 * as written when its quote stays; else the old quote is unescaped and the new one escaped, other escapes kept.
 */
function makeString(raw: string, options: LayoutOptions): string {
  const content = raw.slice(1, -1);
  const preferred = options.singleQuote ? "'" : '"';
  const alternate = preferred === '"' ? "'" : '"';
  const count = (q: string) => content.split(q).length - 1;
  const enclosing = count(preferred) > count(alternate) ? alternate : preferred;
  if (raw[0] === enclosing) return raw;
  const body = content.replace(/\\(.)|(["'])/gs, (match, escaped: string | undefined, bare: string | undefined) => {
    if (escaped === raw[0]) return escaped!;
    if (bare === enclosing) return `\\${bare}`;
    return bare ?? match;
  });
  return enclosing + body + enclosing;
}
