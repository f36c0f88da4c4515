// Markdown tables laid out as prettier lays them out (columns padded to their widest cell, at least 3), so that a
// file made of generated tables can skip prettier's Markdown formatter: on API reference pages of thousands of
// rows it costs more than formatting models.ts (4–9 ms per KiB, against ~0.7 for TypeScript). test/unit/markdown-layout.test.ts holds the
// layout to prettier's.

type Align = 'none' | 'left' | 'center' | 'right';

/** Aligns every table in `text` (runs of lines that start with `|`); other lines are kept as they are. */
export function alignMarkdownTables(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    if (!isRow(lines[i]!)) {
      out.push(lines[i++]!);
      continue;
    }
    const start = i;
    while (i < lines.length && isRow(lines[i]!)) i++;
    out.push(...alignTable(lines.slice(start, i)));
  }
  return out.join('\n');
}

const isRow = (line: string): boolean => line.trimStart().startsWith('|');

function alignTable(lines: string[]): string[] {
  const rows = lines.map(splitRow);
  const header = rows[0]!;
  const delimiter = rows[1];
  // Named by its header row: the text is a block's rendered output, whose line numbers mean nothing in the template.
  const table = `the table headed \`${lines[0]!.trim()}\``;
  if (!delimiter || !delimiter.every((cell) => /^:?-+:?$/.test(cell))) {
    throw new Error(`${table} needs a delimiter row (| --- | --- |) as its second line`);
  }
  const aligns = delimiter.map(alignOf);
  const body = rows.slice(2);
  for (const [n, row] of body.entries()) {
    if (row.length !== header.length) {
      throw new Error(`row ${n + 1} of ${table} has ${row.length} cells where the header has ${header.length}: ${lines[n + 2]!.trim()}`);
    }
  }
  const cells = [header, ...body];
  const widths = header.map((_, c) => Math.max(3, ...cells.map((row) => displayWidth(row[c]!))));
  const line = (parts: string[]): string => `| ${parts.join(' | ')} |`;
  const pad = (cell: string, c: number): string => {
    const space = widths[c]! - displayWidth(cell);
    if (aligns[c] === 'right') return ' '.repeat(space) + cell;
    if (aligns[c] === 'center') return ' '.repeat(Math.floor(space / 2)) + cell + ' '.repeat(space - Math.floor(space / 2));
    return cell + ' '.repeat(space);
  };
  const rule = (c: number): string => {
    const align = aligns[c]!;
    const first = align === 'left' || align === 'center' ? ':' : '-';
    const last = align === 'right' || align === 'center' ? ':' : '-';
    return first + '-'.repeat(widths[c]! - 2) + last;
  };
  return [line(header.map(pad)), line(widths.map((_, c) => rule(c))), ...body.map((row) => line(row.map(pad)))];
}

/** The cells of a table row, trimmed. A pipe escaped with a backslash (`\|`) belongs to its cell. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  const text = line.trim();
  // Between the leading pipe and the trailing one (a row may omit the trailing one).
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[++i];
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '') cells.push(current.trim());
  return cells;
}

function alignOf(rule: string): Align {
  const left = rule.startsWith(':');
  const right = rule.endsWith(':');
  return left && right ? 'center' : left ? 'left' : right ? 'right' : 'none';
}

/**
 * Columns a cell takes in a monospace font: wide (East Asian) characters and emoji take two, combining marks
 * and control characters none, everything else one.
 */
export function displayWidth(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const segment of text.replace(EMOJI, '\u3000')) {
    const code = segment.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code <= 0x36f)) continue;
    if (code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue; // joiners and variation selectors
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

// An emoji shown as one (one drawn as an emoji by default, or any pictograph asked to with U+FE0F), with its
// modifiers and joined parts, is one wide character. A pictograph without U+FE0F is text (🎙 vs 🎙️).
const PICTURE = '(?:\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F)\\p{Emoji_Modifier}?';
const EMOJI = new RegExp(`\\p{Regional_Indicator}{2}|${PICTURE}(?:\\u200D${PICTURE})*`, 'gu');

// Unicode's East Asian Wide and Fullwidth ranges (the blocks that matter for text; not every unassigned point).
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1b000, 0x1b2ff],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x3fffd],
];

function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  for (const [from, to] of WIDE) if (code >= from && code <= to) return true;
  return false;
}
