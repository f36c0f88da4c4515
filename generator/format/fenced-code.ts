// `format: fenced-code`: prettier formats the code fenced in a Markdown file, and the text around it stays as the
// template wrote it. Prettier's Markdown formatter would do both, but it is slow on a large API's README, made of
// generated tables (4–9 ms per KiB, against ~0.7 for TypeScript); the tables are laid out by the markdownTable
// helper instead. test/unit/markdown-layout.test.ts holds the result to prettier's own.

import { fenceParser } from './parsers.js';

/**
 * Formats each fenced block that starts at the beginning of a line with `format(code, parser)`. A block whose code
 * does not parse is left as written, as prettier's Markdown formatter leaves it.
 */
export async function formatFencedCode(markdown: string, format: (code: string, parser: string) => Promise<string>): Promise<string> {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    const open = /^(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) {
      out.push(lines[i++]!);
      continue;
    }
    const [, fence, info] = open;
    const closing = new RegExp(`^${fence![0] === '`' ? '`' : '~'}{${fence!.length},}[ \\t]*$`);
    let end = i + 1;
    while (end < lines.length && !closing.test(lines[end]!)) end++;
    if (end === lines.length) {
      // Never closed: the rest of the file is the block's (as CommonMark reads it), and it stays as written.
      out.push(...lines.slice(i));
      break;
    }
    const code = lines.slice(i + 1, end).join('\n');
    const [language = '', ...meta] = info!.trim().split(/\s+/);
    const parser = fenceParser(language);
    let formatted = code;
    if (parser) {
      try {
        formatted = (await format(code, parser)).replace(/\n$/, '');
      } catch {
        // Not valid code in that language: kept as the template wrote it.
      }
    }
    // Written as prettier writes a fence: backticks, one more than the longest run of them in the code.
    const ticks = '`'.repeat(Math.max(3, ...[...formatted.matchAll(/`+/g)].map(([run]) => run.length + 1)));
    out.push(`${ticks}${[language, meta.join(' ')].filter(Boolean).join(' ')}`, ...formatted.split('\n'), ticks);
    i = end + 1;
  }
  return out.join('\n');
}
