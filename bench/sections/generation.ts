// Section 1: generation time and peak memory, whole process, against openapi-typescript and @hey-api/openapi-ts,
// on the Cartesia spec, the real specs of the corpus and synthetic sizes; this generator's first run (empty output
// folder) and its regeneration (the same output again: the surface is compared with the previous one).
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../lib/context.js';
import { hasGnuTime, timedRun } from '../lib/proc.js';
import type { Section, Target } from '../lib/report.js';
import { envInt, fmtBytes, fmtMs, fmtNumber, fmtRatio, fmtSummary, ratio, shuffled, summarize, type Summary } from '../lib/stats.js';
import type { Table } from '../lib/table.js';
import { buildSpecs, type SpecCase } from './generation-specs.js';
import { stageTable } from './generation-stage-table.js';

export type Tool = 'this generator' | 'openapi-typescript' | '@hey-api/openapi-ts';
export const TOOLS: Tool[] = ['this generator', 'openapi-typescript', '@hey-api/openapi-ts'];
/** What is timed: each tool's run into an empty folder, and this generator's run into its own previous output. */
type Run = Tool | 'this generator, regeneration';
const RUNS: Run[] = ['this generator', 'this generator, regeneration', 'openapi-typescript', '@hey-api/openapi-ts'];
const OURS: Run[] = ['this generator', 'this generator, regeneration'];
const PEERS: Tool[] = ['openapi-typescript', '@hey-api/openapi-ts'];
/** Within this factor of openapi-typescript's time (issue 20's target). */
const WITHIN = 1.2;

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

interface Sample {
  wallMs: number[];
  rss: number[];
  /** Set when a run hit the time limit or failed: later (larger) synthetic sizes are skipped for this tool. */
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
    const key = (c: SpecCase, run: Run): string => `${c.label}|${run}`;
    const sample = (c: SpecCase, run: Run): Sample | undefined => results.get(key(c, run));
    const gaveUp = new Map<Run, string>();

    const runInto = (c: SpecCase, tool: Tool, out: string, fresh: boolean) => {
      if (fresh) fs.rmSync(out, { recursive: true, force: true });
      fs.mkdirSync(out, { recursive: true });
      const [script, ...args] = command(tool, c.file, out);
      return timedRun(process.execPath, [script!, ...args], { cwd: REPO, timeoutMs: timeoutS * 1000, tmp: ctx.tmp });
    };
    // Warm-up: fills the OS file cache (and this generator's compiled CLI), for every tool alike.
    ctx.log('generation: warm-up run of each tool');
    for (const tool of TOOLS) await runInto(cases[0]!, tool, path.join(ctx.tmp, 'gen-warmup'), true);

    for (const [index, c] of cases.entries()) {
      // The regeneration runs into an output this generator made from the same spec (made here, not timed).
      const previous = path.join(ctx.tmp, 'gen-regen', String(index));
      const first = await runInto(c, 'this generator', previous, true);
      if (first.code !== 0)
        results.set(key(c, 'this generator, regeneration'), { wallMs: [], rss: [], stopped: 'no first run to regenerate' });
      for (let rep = 1; rep <= reps; rep++) {
        for (const run of shuffled(RUNS)) {
          const s = sample(c, run) ?? { wallMs: [], rss: [] };
          results.set(key(c, run), s);
          if (s.stopped) continue;
          if (c.kind === 'synthetic' && gaveUp.has(run)) {
            s.stopped = gaveUp.get(run);
            continue;
          }
          const regeneration = run === 'this generator, regeneration';
          const out = regeneration ? previous : path.join(ctx.tmp, 'gen-out', run.replace(/\W+/g, '_'));
          const result = await runInto(c, regeneration ? 'this generator' : (run as Tool), out, !regeneration);
          if (result.timedOut) {
            s.stopped = `> ${timeoutS} s (killed)`;
            if (c.kind === 'synthetic') gaveUp.set(run, `skipped (> ${timeoutS} s on a smaller spec)`);
          } else if (result.code !== 0) {
            s.stopped = `failed (exit ${result.code}): ${failureLine(result.stderr || result.stdout)}`;
          } else {
            s.wallMs.push(result.wallMs);
            s.rss.push(result.maxRssBytes);
            s.output = folderBytes(out);
          }
          ctx.log(`generation: ${c.label} ${run} ${rep}/${reps}: ${s.stopped ?? fmtMs(result.wallMs)}`);
        }
      }
    }
    const wall = (c: SpecCase, run: Run): Summary => summarize(sample(c, run)?.wallMs ?? []);
    const rss = (c: SpecCase, run: Run): number => summarize(sample(c, run)?.rss ?? []).median;
    const timedOut = (c: SpecCase, run: Run): boolean => /^(>|skipped)/.test(sample(c, run)?.stopped ?? '');
    // A timed-out peer counts as slower than its limit; a peer that failed on a spec has no figure to compare with.
    const peerMs = (c: SpecCase, tool: Tool): number => (timedOut(c, tool) ? timeoutS * 1000 : wall(c, tool).median);

    const synthetic = cases.filter((c) => c.kind === 'synthetic');
    const rows: string[][] = [];
    for (const c of cases) {
      for (const run of RUNS) {
        const s = wall(c, run);
        const prev = synthetic[synthetic.indexOf(c) - 1];
        const marginal = prev ? (s.median - wall(prev, run).median) / (c.operations - prev.operations) : NaN;
        const out = sample(c, run)?.output;
        const peer = PEERS.includes(run as Tool);
        rows.push([
          `${c.label} (${fmtNumber(c.operations)} ops${c.schemas === undefined ? '' : `, ${fmtNumber(c.schemas)} schemas`}, ${fmtBytes(c.bytes)})`,
          run,
          s.n > 0 ? fmtSummary(s, fmtMs) : (sample(c, run)?.stopped ?? '—'),
          fmtNumber(s.median / c.operations, 2),
          fmtNumber(marginal, 2),
          fmtBytes(rss(c, run)),
          out ? `${out.files} files, ${fmtBytes(out.bytes)}` : '—',
          peer ? fmtRatio(ratio(wall(c, 'this generator').median, peerMs(c, run as Tool))) : '',
          peer ? fmtRatio(ratio(wall(c, 'this generator, regeneration').median, peerMs(c, run as Tool))) : '',
        ]);
      }
    }
    const main: Table = {
      title: `Whole-process generation time (median of ${reps} runs, min–max) and peak RSS`,
      columns: ['spec', 'tool', 'wall time', 'ms/op', 'marginal ms/op', 'peak RSS', 'output', 'first run ÷ tool', 'regeneration ÷ tool'],
      align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows,
      notes: [
        `Commands: \`node generator/run.mjs generate\` (what \`npm run generate\` runs: typed client, prettier-formatted) into an empty folder ("this generator") and again into the output it made from the same spec ("regeneration": the surface is compared with the previous generation's record, files rendered as before are taken as they were formatted, and unchanged files are not rewritten); \`openapi-typescript <spec> -o\` (types only); \`openapi-ts -c @hey-api/client-fetch\` (types + SDK + fetch client), each into an empty folder. Each tool runs once before timing (warm-up): for this generator that run builds what it keeps in node_modules/.cache between runs whatever the spec (the compiled CLI, helpers and templates, V8's code cache of TypeScript's compiler and prettier), as the first \`npm run generate\` after an install does; the first runs timed then start from an empty folder, so they format every file.`,
        `Peak RSS from ${hasGnuTime() ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS of every Node process in the tree'}; runs interleave the tools in random order; per-run limit ${timeoutS} s (BENCH_GEN_TIMEOUT_S). BENCH_GEN_SPECS selects specs (e.g. \`real/\`, \`vectara,openrouter\`, \`cartesia\`, \`synthetic\`), BENCH_GEN_REPS the repetitions.`,
        `Real specs: ../shared/corpus/real. Synthetic specs: copies of ${path.relative(path.dirname(REPO), source)} (test/support/big-spec.ts); marginal ms/op = Δ median / Δ operations from the previous synthetic size.`,
      ],
    };

    const stages = await stageTable(ctx, cases);
    return {
      method:
        'Each tool runs from its own CLI as a fresh process per run (spawn to exit, wall clock), on spec/cartesia.yaml, the real specs of the corpus and generated specs of 50–5,000 operations.',
      tables: [main, stages],
      targets: targets(cases, { wall, rss, peerMs, sample, timeoutS }),
      notes: scaleNote(cases, wall, rss, sample),
    };
  },
};

/** The line of a failed run's output that says why: the first naming an error, else the last. */
function failureLine(output: string): string {
  const lines = output.trim().split('\n');
  const line = lines.find((l) => /^\s*\w*Error:/.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? lines[lines.length - 1];
  return (line ?? '').trim().slice(0, 160);
}

interface Figures {
  wall: (c: SpecCase, run: Run) => Summary;
  rss: (c: SpecCase, run: Run) => number;
  peerMs: (c: SpecCase, tool: Tool) => number;
  sample: (c: SpecCase, run: Run) => Sample | undefined;
  timeoutS: number;
}

/** Issue 20's targets, on every spec: one line per target, the specs that miss it named in the detail. */
function targets(cases: SpecCase[], f: Figures): Target[] {
  const out: Target[] = [];
  const check = (name: string, measure: (c: SpecCase) => { value: number; met: boolean } | undefined, fmt: (v: number) => string) => {
    const measured = cases.map((c) => ({ c, m: measure(c) }));
    const known = measured.filter((x) => x.m !== undefined && Number.isFinite(x.m.value));
    const missed = known.filter((x) => !x.m!.met);
    const unknown = measured.filter((x) => !known.includes(x)).map((x) => x.c.label);
    out.push({
      name,
      met: known.length === 0 ? null : missed.length === 0,
      detail: [
        known.map((x) => `${x.c.label} ${fmt(x.m!.value)}${x.m!.met ? '' : ' ✗'}`).join(', '),
        unknown.length > 0 ? `no figure for ${unknown.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
  };
  for (const ours of OURS) {
    const what = ours === 'this generator' ? 'first run' : 'regeneration';
    check(
      `${what} within ${WITHIN}× of openapi-typescript's time on every spec`,
      (c) => {
        const value = ratio(f.wall(c, ours).median, f.wall(c, 'openapi-typescript').median);
        return { value, met: value <= WITHIN };
      },
      fmtRatio,
    );
    check(
      `${what} faster than @hey-api/openapi-ts on every spec`,
      (c) => {
        const value = ratio(f.wall(c, ours).median, f.peerMs(c, '@hey-api/openapi-ts'));
        return { value, met: value < 1 };
      },
      fmtRatio,
    );
  }
  check(
    "peak RSS no higher than @hey-api/openapi-ts's on every spec (the higher of first run and regeneration)",
    (c) => {
      const hey = f.rss(c, '@hey-api/openapi-ts');
      const value = ratio(Math.max(f.rss(c, 'this generator'), f.rss(c, 'this generator, regeneration')), hey);
      return { value, met: value <= 1 };
    },
    fmtRatio,
  );
  const sized = cases.filter((c) => c.kind === 'synthetic');
  const marginals = sized
    .slice(1)
    .map(
      (c, i) => (f.wall(c, 'this generator').median - f.wall(sized[i]!, 'this generator').median) / (c.operations - sized[i]!.operations),
    );
  const last = marginals[marginals.length - 1] ?? NaN;
  const before = marginals[marginals.length - 2] ?? NaN;
  out.push({
    name: 'linear growth (marginal ms/op of the largest synthetic step ≤ 1.25× the step before)',
    met: Number.isFinite(last) && Number.isFinite(before) ? last <= before * 1.25 : null,
    detail:
      sized.length < 3
        ? 'needs three synthetic sizes'
        : `marginal ms/op ${sized
            .slice(1)
            .map((c, i) => `${fmtNumber(sized[i]!.operations)}→${fmtNumber(c.operations)}: ${fmtNumber(marginals[i]!, 2)}`)
            .join(', ')}`,
  });
  return out;
}

function scaleNote(cases: SpecCase[], wall: Figures['wall'], rss: Figures['rss'], sample: Figures['sample']): string[] {
  const scale = cases.find((c) => c.operations >= 1000 && (c.schemas ?? 0) >= 2000);
  if (!scale) return [];
  const out = sample(scale, 'this generator')?.output;
  return [
    `Scale case — ${fmtNumber(scale.operations)} operations, ${fmtNumber(scale.schemas ?? 0)} schemas: this generator ${fmtSummary(wall(scale, 'this generator'), fmtMs)} whole process, ` +
      `peak RSS ${fmtBytes(rss(scale, 'this generator'))}, ${out?.files ?? '?'} files / ${fmtBytes(out?.bytes ?? NaN)} written ` +
      `(openapi-typescript ${fmtMs(wall(scale, 'openapi-typescript').median)}, @hey-api/openapi-ts ${sample(scale, '@hey-api/openapi-ts')?.stopped ?? fmtMs(wall(scale, '@hey-api/openapi-ts').median)}).`,
  ];
}
