// A large TypeScript or JavaScript file is formatted in pieces of whole top-level statements, and the pieces are
// joined. Prettier formats each top-level statement on its own (its layout depends on the statement, its
// comments and the options, not on its neighbours) and keeps at most one blank line between statements, so the
// result is the same text. It is faster on a large client: prettier holds the syntax tree and the layout of
// the whole file until the end, and on models.ts of a 5,000-operation spec (5 MB) that costs more in garbage
// collection than the formatting itself (5.7 s whole, 4.4 s in pieces, half the memory).
// test/unit/statement-pieces.test.ts holds the result to prettier's own on the tricky cases.
import { layoutDeclarations, layoutOptions } from './typescript-declarations.js';

/** Pieces are cut at the first safe point after this many characters. */
const PIECE_CHARS = 20_000;

/** Parsers whose statements the splitter knows how to find. */
const SPLITTABLE = new Set(['babel-ts', 'typescript', 'babel']);

/** Options under which a piece would not format as it does inside the file. */
const WHOLE_FILE_OPTIONS = ['requirePragma', 'insertPragma', 'rangeStart', 'rangeEnd', 'cursorOffset'];

/** Whether `text` may be formatted in pieces with this parser and these options. */
export function splittable(text: string, parser: string, options: Record<string, unknown>, size = PIECE_CHARS): boolean {
  if (!SPLITTABLE.has(parser) || text.length <= size || text.includes('\r')) return false;
  if (options.endOfLine !== undefined && options.endOfLine !== 'lf' && options.endOfLine !== 'auto') return false;
  return !WHOLE_FILE_OPTIONS.some((option) => options[option] !== undefined);
}

/**
 * Cuts `text` into pieces of about `size` characters, each made of whole lines. A cut goes only before a line
 * that starts (at column 0, after a blank line) with `export ` or `const `, or with a `/**` comment whose last
 * line is followed by such a line: neither word can continue the statement before it, so the cut falls between
 * two statements, unless it falls inside a template literal, a block comment or a block. Then the piece before
 * it does not parse, and `formatInPieces` formats the file whole.
 */
export function splitStatements(text: string, size = PIECE_CHARS): string[] {
  const lines = text.split('\n');
  const pieces: string[] = [];
  let start = 0; // first line of the current piece
  let chars = 0; // characters in it so far
  for (let i = 0; i < lines.length; i++) {
    if (chars >= size && i > start && lines[i - 1]!.trim() === '' && startsStatement(lines, i) && endsStatement(lines, i - 1)) {
      pieces.push(lines.slice(start, i).join('\n'));
      start = i;
      chars = 0;
    }
    chars += lines[i]!.length + 1;
  }
  pieces.push(lines.slice(start).join('\n'));
  return pieces;
}

/**
 * Whether the last non-blank line before line `i` ends code rather than a comment: a comment before a blank
 * line may still belong to the statement after it (`// prettier-ignore` does), so no cut goes after one.
 */
function endsStatement(lines: string[], i: number): boolean {
  let last = i;
  while (last > 0 && lines[last]!.trim() === '') last--;
  const line = lines[last]!.trim();
  return line !== '' && !/^(\/\/|\/\*|\*)/.test(line) && !line.endsWith('*/') && !line.includes('prettier-ignore');
}

/** `export` and `const` start a statement: neither can continue the one before it. */
const STATEMENT_START = /^(export|const) /;

function startsStatement(lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (STATEMENT_START.test(line)) return true;
  if (!line.startsWith('/**')) return false;
  // A doc comment goes with the statement it documents; the comment ends on this line or a later one.
  let end = i;
  while (end < lines.length && !lines[end]!.includes('*/')) end++;
  return end + 1 < lines.length && lines[end]!.trimEnd().endsWith('*/') && STATEMENT_START.test(lines[end + 1]!);
}

/**
 * Formats `text` in pieces when it is large and the options allow it, else whole. In TypeScript, the plain type
 * declarations that typescript-declarations.ts lays out itself skip prettier; the other statements go to
 * prettier in pieces of about `size` characters. If a piece does not parse (a cut fell inside a construct, or
 * the code is invalid), the file is formatted whole: its error, if any, then names the line in the file rather
 * than in a piece.
 */
export async function formatInPieces(
  text: string,
  parser: string,
  options: Record<string, unknown>,
  format: (text: string) => Promise<string>,
  size = PIECE_CHARS,
): Promise<string> {
  if (!splittable(text, parser, options, size)) return format(text);
  const layout = parser === 'babel-ts' || parser === 'typescript' ? layoutOptions(options) : undefined;
  // Cut at every statement when some may be laid out here, else only every `size` characters.
  const units = splitStatements(text, layout ? 0 : size);
  if (units.length === 1) return format(text);
  const formatted: string[] = [];
  let batch: string[] = [];
  let batchChars = 0;
  const flush = async (): Promise<void> => {
    if (batch.length > 0) formatted.push(await format(batch.join('\n')));
    batch = [];
    batchChars = 0;
  };
  try {
    for (const unit of units) {
      const laidOut = layout && layoutDeclarations(unit, layout);
      if (laidOut) {
        await flush();
        formatted.push(laidOut);
        continue;
      }
      batch.push(unit);
      batchChars += unit.length;
      if (batchChars >= size) await flush();
    }
    await flush();
  } catch {
    return format(text);
  }
  // A piece that formats to nothing (blank lines only) would add a blank line of its own.
  if (formatted.slice(0, -1).some((piece) => !piece.endsWith('\n') || piece.trim() === '')) return format(text);
  // Every piece but the last ended with the blank line before the cut; prettier keeps one blank line there.
  return formatted.join('\n');
}
