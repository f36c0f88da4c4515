// Tables printed to the terminal and written to results.md, from the same rows.

export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
  /** Per column: 'l' (default for the first column) or 'r' (default for the others). */
  align?: ('l' | 'r')[];
  notes?: string[];
}

const width = (s: string): number => [...s].length;

function alignOf(table: Table, i: number): 'l' | 'r' {
  return table.align?.[i] ?? (i === 0 ? 'l' : 'r');
}

function pad(s: string, w: number, align: 'l' | 'r'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'l' ? s + fill : fill + s;
}

/** Aligned plain-text table with a title line and notes underneath. */
export function renderText(table: Table): string {
  const widths = table.columns.map((c, i) => Math.max(width(c), ...table.rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i]!, alignOf(table, i)))
      .join('  ')
      .trimEnd();
  const out = [`  ${table.title}`, '  ' + line(table.columns), '  ' + widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const row of table.rows) out.push('  ' + line(row));
  for (const note of table.notes ?? []) out.push(`  · ${note}`);
  return out.join('\n');
}

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|');

/** GitHub-flavoured markdown table with its title in bold and notes as a list. */
export function renderMarkdown(table: Table): string {
  const out = [`**${table.title}**`, ''];
  out.push(`| ${table.columns.map(escapeCell).join(' | ')} |`);
  out.push(`| ${table.columns.map((_, i) => (alignOf(table, i) === 'r' ? '---:' : ':---')).join(' | ')} |`);
  for (const row of table.rows) out.push(`| ${row.map(escapeCell).join(' | ')} |`);
  if (table.notes?.length) {
    out.push('');
    for (const note of table.notes) out.push(`- ${note}`);
  }
  return out.join('\n');
}
