// Section 1's diagnostic: where this generator's time goes, in-process (bench/children/generation-stages.ts), on a
// first run and on the regeneration into its output, for the Cartesia spec, the real specs and the scale case.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, type BenchContext } from '../lib/context.js';
import { runChild } from '../lib/proc.js';
import { envInt, fmtBytes, fmtNumber, summarize } from '../lib/stats.js';
import type { Table } from '../lib/table.js';
import type { SpecCase } from './generation-specs.js';

interface StageRun {
  stages: Record<string, number>;
  peakRss: number;
  regeneration: boolean;
  total: number;
}

export async function stageTable(ctx: BenchContext, cases: SpecCase[]): Promise<Table> {
  const scale = cases.find((c) => c.operations >= 1000) ?? cases.filter((c) => c.kind === 'synthetic').pop();
  const chosen = cases.filter((c) => c.kind !== 'synthetic' || c === scale);
  const reps = ctx.quick ? 1 : envInt('BENCH_GEN_STAGE_REPS', 3);
  const rows: { label: string; runs: StageRun[] }[] = [];
  for (const c of chosen) {
    ctx.log(`generation: stage breakdown on ${c.label} (${reps} × first run + regeneration)`);
    const first: StageRun[] = [];
    const again: StageRun[] = [];
    for (let i = 0; i < reps; i++) {
      const out = path.join(ctx.tmp, 'gen-stages');
      fs.rmSync(out, { recursive: true, force: true });
      // Through tsx: a bundle would hoist every package import before the probe's first line.
      const child = path.join(REPO, 'bench/children/generation-stages.ts');
      first.push(await runChild<StageRun>(child, { spec: c.file, out }, { loader: true }));
      again.push(await runChild<StageRun>(child, { spec: c.file, out }, { loader: true }));
    }
    if (again.some((r) => !r.regeneration)) throw new Error(`the second run on ${c.label} found no previous generation`);
    rows.push({ label: `${c.label}, first run`, runs: first }, { label: `${c.label}, regeneration`, runs: again });
  }
  const names = Object.keys(rows[0]?.runs[0]?.stages ?? {});
  const median = (runs: StageRun[], pick: (r: StageRun) => number): number => summarize(runs.map(pick)).median;
  return {
    title: `Where this generator spends its time (in-process, \`node --import tsx\`, median of ${reps} runs per stage, ms)`,
    columns: ['spec, run', ...names, 'total', 'peak RSS'],
    rows: rows.map(({ label, runs }) => [
      label,
      ...names.map((n) =>
        fmtNumber(
          median(runs, (r) => r.stages[n] ?? NaN),
          0,
        ),
      ),
      fmtNumber(
        median(runs, (r) => r.total),
        0,
      ),
      fmtBytes(median(runs, (r) => r.peakRss)),
    ]),
    notes: [
      '"node + tsx boot" is the time from process start to the first line of the probe; "import modules" loads handlebars, openapi-typescript (and typescript) and the generator; prettier loads on first use, in "format" (on a large output a worker thread starts formatting during "render", and "format" is what is left after it). "surface" describes the public surface from the IR and, on a regeneration, compares it with the previous generation\'s record; "release files" hashes the output and writes the surface record and changelog (and renders again for a patch release). Peak RSS here includes the tsx loader.',
    ],
  };
}
