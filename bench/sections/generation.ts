// Section 1: generation time and peak memory, whole process, against openapi-typescript and @hey-api/openapi-ts.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { writeBigSpec } from '../../test/support/big-spec.js';
import { CARTESIA_SPEC, REPO, countOperations, type BenchContext } from '../lib/context.js';
import { hasGnuTime, runChild, timedRun } from '../lib/proc.js';
import type { Section, Target } from '../lib/report.js';
import { envInt, fmtBytes, fmtMs, fmtNumber, fmtRatio, fmtSummary, ratio, shuffled, summarize, type Summary } from '../lib/stats.js';
import type { Table } from '../lib/table.js';

export type Tool = 'this generator' | 'openapi-typescript' | '@hey-api/openapi-ts';
export const TOOLS: Tool[] = ['this generator', 'openapi-typescript', '@hey-api/openapi-ts'];
const REFERENCE_SPEC = path.resolve(REPO, '../shared/reference/cartesia-openapi.yaml');
const GOLDEN_SPEC = path.join(REPO, 'test/golden/schemas/spec.yaml');

interface SpecCase {
  label: string;
  file: string;
  operations: number;
  schemas: number | undefined;
}

/** The command line of one tool, run the way its users run it (each from its own CLI). */
export function command(tool: Tool, spec: string, out: string): string[] {
  const bin = (p: string): string => path.join(REPO, 'node_modules', p);
  switch (tool) {
    case 'this generator':
      // What `npm run generate` runs: the CLI compiled once into node_modules/.cache (built by the warm-up).
      return [path.join(REPO, 'generator/run.mjs'), 'generate', '--spec', spec, '--out', out];
    case 'openapi-typescript':
      return [bin('openapi-typescript/bin/cli.js'), spec, '-o', path.join(out, 'schema.ts')];
    case '@hey-api/openapi-ts':
      return [bin('@hey-api/openapi-ts/bin/run.js'), '-s', '--no-log-file', '-i', spec, '-o', out, '-c', '@hey-api/client-fetch'];
  }
}

function folderBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

function buildSpecs(ctx: BenchContext): { cases: SpecCase[]; source: string } {
  const source = fs.existsSync(REFERENCE_SPEC) ? REFERENCE_SPEC : GOLDEN_SPEC;
  const cartesia = parse(fs.readFileSync(CARTESIA_SPEC, 'utf8')) as { paths?: Record<string, unknown> };
  const cases: SpecCase[] = [
    { label: 'spec/cartesia.yaml', file: CARTESIA_SPEC, operations: countOperations(cartesia), schemas: undefined },
  ];
  const sizes = ctx.quick ? [50, 200] : [50, 200, 1000, 5000];
  for (const size of sizes) {
    const dir = path.join(ctx.tmp, `spec-${size}`);
    fs.mkdirSync(dir, { recursive: true });
    // The 1,000-operation case is also the scale case: 2,000+ schemas.
    const big = writeBigSpec(source, size, size >= 1000 ? 2000 : 0, dir);
    cases.push({ label: `${fmtNumber(big.operations)} ops`, file: big.file, operations: big.operations, schemas: big.schemas });
  }
  return { cases, source };
}

interface Sample {
  wallMs: number[];
  rss: number[];
  /** Set when a run hit the time limit or failed: later (larger) sizes are skipped for this tool. */
  stopped?: string;
  output?: { files: number; bytes: number };
}

export const generationSection: Section = {
  id: 'generation',
  title: '1. Generation time',
  async run(ctx) {
    const reps = ctx.quick ? 2 : envInt('BENCH_GEN_REPS', 5);
    const timeoutS = envInt('BENCH_GEN_TIMEOUT_S', 90);
    const { cases, source } = buildSpecs(ctx);
    const results = new Map<string, Sample>();
    const key = (c: SpecCase, tool: Tool): string => `${c.label}|${tool}`;
    const gaveUp = new Map<Tool, string>();

    const once = async (c: SpecCase, tool: Tool, out: string) => {
      fs.rmSync(out, { recursive: true, force: true });
      fs.mkdirSync(out, { recursive: true });
      const [script, ...args] = command(tool, c.file, out);
      return timedRun(process.execPath, [script!, ...args], { cwd: REPO, timeoutMs: timeoutS * 1000, tmp: ctx.tmp });
    };
    // Warm-up: fills the OS file cache (and this generator's compiled CLI), for every tool alike.
    ctx.log('generation: warm-up run of each tool');
    for (const tool of TOOLS) await once(cases[0]!, tool, path.join(ctx.tmp, 'gen-warmup'));

    for (const c of cases) {
      for (let rep = 1; rep <= reps; rep++) {
        for (const tool of shuffled(TOOLS)) {
          const sample = results.get(key(c, tool)) ?? { wallMs: [], rss: [] };
          results.set(key(c, tool), sample);
          if (sample.stopped) continue;
          if (gaveUp.has(tool)) {
            sample.stopped = gaveUp.get(tool);
            continue;
          }
          const out = path.join(ctx.tmp, 'gen-out', tool.replace(/\W+/g, '_'));
          const run = await once(c, tool, out);
          if (run.timedOut) {
            sample.stopped = `> ${timeoutS} s (killed)`;
            gaveUp.set(tool, `skipped (> ${timeoutS} s on a smaller spec)`);
          } else if (run.code !== 0) {
            sample.stopped = `failed (exit ${run.code}): ${(run.stderr || run.stdout).trim().split('\n').slice(-1)[0]?.slice(0, 160)}`;
          } else {
            sample.wallMs.push(run.wallMs);
            sample.rss.push(run.maxRssBytes);
            sample.output = folderBytes(out);
          }
          ctx.log(`generation: ${c.label} ${tool} ${rep}/${reps}: ${sample.stopped ?? fmtMs(run.wallMs)}`);
        }
      }
    }
    const wall = (c: SpecCase, tool: Tool): Summary => summarize(results.get(key(c, tool))?.wallMs ?? []);
    const stopped = (c: SpecCase, tool: Tool): string | undefined => results.get(key(c, tool))?.stopped;
    // A timed-out peer counts as slower than its limit for the comparison.
    const medianOrLimit = (c: SpecCase, tool: Tool): number =>
      stopped(c, tool)?.startsWith('>') || stopped(c, tool)?.startsWith('skipped') ? timeoutS * 1000 : wall(c, tool).median;

    const rows: string[][] = [];
    for (const c of cases) {
      for (const tool of TOOLS) {
        const s = wall(c, tool);
        const sample = results.get(key(c, tool));
        const rss = summarize(sample?.rss ?? []);
        const prev = cases[cases.indexOf(c) - 1];
        const marginal =
          prev && prev !== cases[0] && c !== cases[0] ? (s.median - wall(prev, tool).median) / (c.operations - prev.operations) : NaN;
        rows.push([
          c.schemas === undefined ? `${c.label} (${fmtNumber(c.operations)} ops)` : `${c.label}, ${fmtNumber(c.schemas)} schemas`,
          tool,
          s.n > 0 ? fmtSummary(s, fmtMs) : (sample?.stopped ?? '—'),
          fmtNumber(s.median / c.operations, 2),
          fmtNumber(marginal, 2),
          fmtBytes(rss.median),
          sample?.output ? `${sample.output.files} files, ${fmtBytes(sample.output.bytes)}` : '—',
          tool === 'this generator' ? '' : fmtRatio(ratio(wall(c, 'this generator').median, medianOrLimit(c, tool))),
        ]);
      }
    }
    const main: Table = {
      title: `Whole-process generation time (median of ${reps} runs, min–max) and peak RSS`,
      columns: ['spec', 'tool', 'wall time', 'ms/op', 'marginal ms/op', 'peak RSS', 'output', 'ours ÷ tool'],
      align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows,
      notes: [
        `Commands: \`node generator/run.mjs generate\` (what \`npm run generate\` runs: typed client, prettier-formatted); \`openapi-typescript <spec> -o\` (types only); \`openapi-ts -c @hey-api/client-fetch\` (types + SDK + fetch client). A fresh output folder per run. Each tool runs once before timing (warm-up): for this generator that run builds what \`generator/run.mjs\` keeps in node_modules/.cache between runs, as the first \`npm run generate\` after an install does (the compiled CLI, and on Node 20 V8's code cache of TypeScript and prettier).`,
        `Peak RSS from ${hasGnuTime() ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS of every Node process in the tree'}; runs interleave the tools in random order; per-run limit ${timeoutS} s (BENCH_GEN_TIMEOUT_S).`,
        `Generated specs: copies of ${path.relative(path.dirname(REPO), source)} (test/support/big-spec.ts). marginal ms/op = Δ median / Δ operations from the previous size.`,
      ],
    };

    // Diagnostic: where this generator's time goes, in-process, on the smallest and the scale case.
    const stageCases = [cases[0]!, cases.find((c) => c.operations >= 1000) ?? cases[cases.length - 1]!];
    const stageReps = ctx.quick ? 1 : 3;
    const stageRuns: { c: SpecCase; stages: Record<string, number>; total: number }[] = [];
    for (const c of stageCases) {
      ctx.log(`generation: stage breakdown on ${c.label} (${stageReps} runs)`);
      const runs: { stages: Record<string, number>; total: number }[] = [];
      for (let i = 0; i < stageReps; i++) {
        runs.push(
          // Through tsx: a bundle would hoist every package import before the probe's first line.
          await runChild(
            path.join(REPO, 'bench/children/generation-stages.ts'),
            { spec: c.file, out: path.join(ctx.tmp, 'gen-stages') },
            { loader: true },
          ),
        );
      }
      // Per-stage medians across the runs.
      const names = Object.keys(runs[0]!.stages);
      const stages = Object.fromEntries(names.map((n) => [n, summarize(runs.map((r) => r.stages[n] ?? NaN)).median]));
      stageRuns.push({ c, stages, total: summarize(runs.map((r) => r.total)).median });
    }
    const stageNames = Object.keys(stageRuns[0]?.stages ?? {});
    const stages: Table = {
      title: `Where this generator spends its time (in-process, \`node --import tsx\`, median of ${stageReps} runs per stage, ms)`,
      columns: ['stage', ...stageRuns.map((r) => r.c.label)],
      rows: [
        ...stageNames.map((name) => [name, ...stageRuns.map((r) => fmtNumber(r.stages[name] ?? NaN, 0))]),
        ['total', ...stageRuns.map((r) => fmtNumber(r.total, 0))],
      ],
      notes: [
        '"node + tsx boot" is the time from process start to the first line of the probe; "import modules" loads yaml, handlebars, openapi-typescript (and typescript) and the generator; prettier loads on first use, in "format".',
      ],
    };

    const sized = cases.filter((c) => c !== cases[0]);
    const targets: Target[] = [];
    const vsHey = cases.map((c) => ratio(wall(c, 'this generator').median, medianOrLimit(c, '@hey-api/openapi-ts')));
    targets.push({
      name: 'faster than @hey-api/openapi-ts on every size',
      met: vsHey.every((r) => r < 1),
      detail: cases.map((c, i) => `${c.label} ${fmtRatio(vsHey[i]!)}`).join(', '),
    });
    const vsOt = cases.map((c) => ratio(wall(c, 'this generator').median, wall(c, 'openapi-typescript').median));
    targets.push({
      name: "within 1.5× of openapi-typescript's time on every size",
      met: vsOt.every((r) => r <= 1.5),
      detail: cases.map((c, i) => `${c.label} ${fmtRatio(vsOt[i]!)}`).join(', '),
    });
    const marginals = sized
      .slice(1)
      .map((c, i) => (wall(c, 'this generator').median - wall(sized[i]!, 'this generator').median) / (c.operations - sized[i]!.operations));
    const last = marginals[marginals.length - 1] ?? NaN;
    const before = marginals[marginals.length - 2] ?? NaN;
    targets.push({
      name: 'linear growth (marginal ms/op of the largest step ≤ 1.25× the step before)',
      met: Number.isFinite(last) && Number.isFinite(before) ? last <= before * 1.25 : null,
      detail: `marginal ms/op ${sized
        .slice(1)
        .map((c, i) => `${fmtNumber(sized[i]!.operations)}→${fmtNumber(c.operations)}: ${fmtNumber(marginals[i]!, 2)}`)
        .join(', ')}`,
    });
    const scale = cases.find((c) => c.operations >= 1000 && (c.schemas ?? 0) >= 2000);
    const notes: string[] = [];
    if (scale) {
      const s = wall(scale, 'this generator');
      const sample = results.get(key(scale, 'this generator'));
      notes.push(
        `Scale case — ${fmtNumber(scale.operations)} operations, ${fmtNumber(scale.schemas ?? 0)} schemas: this generator ${fmtSummary(s, fmtMs)} whole process, ` +
          `peak RSS ${fmtBytes(summarize(sample?.rss ?? []).median)}, ${sample?.output?.files ?? '?'} files / ${fmtBytes(sample?.output?.bytes ?? NaN)} written ` +
          `(openapi-typescript ${fmtMs(wall(scale, 'openapi-typescript').median)}, @hey-api/openapi-ts ${stopped(scale, '@hey-api/openapi-ts') ?? fmtMs(wall(scale, '@hey-api/openapi-ts').median)}).`,
      );
    }
    return {
      method:
        'Each tool runs from its own CLI as a fresh process per run (spawn to exit, wall clock), on spec/cartesia.yaml and on generated specs of 50–5,000 operations.',
      tables: [main, stages],
      targets,
      notes,
    };
  },
};
