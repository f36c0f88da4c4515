// What a section hands back, how it is printed, and how results.md is written.
import fs from 'node:fs';
import os from 'node:os';
import { renderMarkdown, renderText, type Table } from './table.js';
import type { BenchContext } from './context.js';

export interface Target {
  /** What is promised, e.g. "within 5% of raw fetch". */
  name: string;
  /** true met, false missed, null could not be measured. */
  met: boolean | null;
  /** The figures the verdict rests on. */
  detail: string;
}

export interface SectionResult {
  id: string;
  title: string;
  /** How the section measures, in a sentence or two. */
  method: string;
  tables: Table[];
  targets: Target[];
  notes: string[];
  durationMs: number;
}

export interface Section {
  id: string;
  title: string;
  /** Set while a section is only a placeholder: the run lists it with this reason and skips it. */
  pending?: string;
  run(ctx: BenchContext): Promise<Omit<SectionResult, 'id' | 'title' | 'durationMs'>>;
}

export function verdict(met: boolean | null): string {
  return met === true ? 'MET' : met === false ? 'MISSED' : 'NOT MEASURED';
}

export function printSection(result: SectionResult): void {
  const lines = [``, `━━ ${result.title} ━━ (${(result.durationMs / 1000).toFixed(0)} s)`, `  ${result.method}`, ''];
  for (const table of result.tables) lines.push(renderText(table), '');
  for (const note of result.notes) lines.push(`  note: ${note}`);
  for (const t of result.targets) lines.push(`  target ${verdict(t.met).padEnd(6)} ${t.name} — ${t.detail}`);
  console.log(lines.join('\n'));
}

export interface Environment {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memory: string;
  platform: string;
}

export function describeEnvironment(): Environment {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    node: process.version,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

export function writeResults(file: string, env: Environment, results: SectionResult[], settings: string[]): void {
  const out = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.ts). Figures are medians with (min–max) across repetitions; ratios compare medians.`,
    '',
    `- Date: ${env.date}`,
    `- Node: ${env.node}`,
    `- CPU: ${env.cpu} × ${env.cores} cores, ${env.memory} memory`,
    `- Platform: ${env.platform}`,
    ...settings.map((s) => `- ${s}`),
    '',
    '## Targets',
    '',
    '| section | target | verdict | figures |',
    '| :--- | :--- | :--- | :--- |',
    ...results.flatMap((r) =>
      r.targets.map((t) => `| ${r.title} | ${t.name} | **${verdict(t.met)}** | ${t.detail.replace(/\|/g, '\\|')} |`),
    ),
    '',
  ];
  for (const r of results) {
    out.push(`## ${r.title}`, '', r.method, '');
    for (const table of r.tables) out.push(renderMarkdown(table), '');
    for (const note of r.notes) out.push(`> ${note}`, '');
    for (const t of r.targets) out.push(`- **${verdict(t.met)}** — ${t.name}: ${t.detail}`);
    out.push('', `_Section time: ${(r.durationMs / 1000).toFixed(0)} s._`, '');
  }
  fs.writeFileSync(file, out.join('\n'));
}
