// Section 4: cold start — a fresh `node -e` that imports the built package and constructs a client.
import { spawnSync } from 'node:child_process';
import { OFFICIAL_PACKAGE } from '../lib/context.js';
import type { Section, Target } from '../lib/report.js';
import { envInt, fmtMs, fmtRatio, fmtSummary, ratio, shuffled, summarize, type Summary } from '../lib/stats.js';
import type { Table } from '../lib/table.js';

type Format = 'ESM' | 'CJS';
type Client = 'this client' | 'official client' | 'bare node';
const FORMATS: Format[] = ['ESM', 'CJS'];
const CLIENTS: Client[] = ['this client', 'official client', 'bare node'];

/** The `-e` program: times the import and the construction in-process and prints both (ms). */
function program(format: Format, pkg: string | undefined): string[] {
  const load = format === 'ESM' ? `await import('${pkg}')` : `require('${pkg}')`;
  const body = pkg
    ? `const { Cartesia } = ${load}; const t1 = performance.now(); const client = new Cartesia({ apiKey: 'k', baseURL: 'http://127.0.0.1:9' }); if (!client.voices) throw new Error('no client');`
    : 'const t1 = performance.now();';
  const code = `const t0 = performance.now(); ${body} const t2 = performance.now(); process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));`;
  return format === 'ESM' ? ['--input-type=module', '-e', code] : ['-e', code];
}

interface Samples {
  wall: number[];
  load: number[];
  construct: number[];
}

export const coldStartSection: Section = {
  id: 'cold-start',
  title: '4. Cold start',
  async run(ctx) {
    const runs = ctx.quick ? 5 : envInt('BENCH_COLD_RUNS', 20);
    const pkg = await ctx.packages();
    const packageOf: Record<Client, string | undefined> = {
      'this client': pkg.oursName,
      'official client': OFFICIAL_PACKAGE,
      'bare node': undefined,
    };
    const combos = FORMATS.flatMap((format) => CLIENTS.map((client) => ({ format, client })));
    const samples = new Map<string, Samples>();
    const key = (format: Format, client: Client): string => `${format}|${client}`;
    const once = (format: Format, client: Client): void => {
      const start = performance.now();
      const r = spawnSync(process.execPath, program(format, packageOf[client]), { cwd: pkg.root, encoding: 'utf8' });
      const wallMs = performance.now() - start;
      if (r.status !== 0) throw new Error(`${client} ${format} cold start failed: ${r.stderr}`);
      const [loadMs, constructMs] = JSON.parse(r.stdout) as [number, number];
      const s = samples.get(key(format, client)) ?? { wall: [], load: [], construct: [] };
      s.wall.push(wallMs);
      s.load.push(loadMs);
      s.construct.push(constructMs);
      samples.set(key(format, client), s);
    };
    ctx.log(`cold start: ${runs} interleaved rounds of ${combos.length} processes`);
    for (const c of combos) once(c.format, c.client); // warm the file cache
    samples.clear();
    for (let i = 0; i < runs; i++) for (const c of shuffled(combos)) once(c.format, c.client);

    const stat = (format: Format, client: Client, pick: (s: Samples) => number[]): Summary =>
      summarize(pick(samples.get(key(format, client)) ?? { wall: [], load: [], construct: [] }));
    const wall = (f: Format, c: Client) => stat(f, c, (s) => s.wall);
    const load = (f: Format, c: Client) => stat(f, c, (s) => s.load);
    const construct = (f: Format, c: Client) => stat(f, c, (s) => s.construct);
    const both = (f: Format, c: Client) => stat(f, c, (s) => s.load.map((v, i) => v + s.construct[i]!));
    const vsOfficial = (f: Format, c: Client, pick: (f: Format, c: Client) => Summary): string =>
      c === 'this client' ? fmtRatio(ratio(pick(f, c).median, pick(f, 'official client').median)) : '';

    const rows = FORMATS.flatMap((f) =>
      CLIENTS.map((c) => [
        f,
        c,
        fmtSummary(wall(f, c), fmtMs),
        vsOfficial(f, c, wall),
        c === 'bare node' ? '' : fmtSummary(load(f, c), fmtMs),
        c === 'bare node' ? '' : fmtSummary(construct(f, c), fmtMs),
        c === 'bare node' ? '' : fmtSummary(both(f, c), fmtMs),
        vsOfficial(f, c, both),
      ]),
    );
    const table: Table = {
      title: `Cold start: fresh \`node -e\` importing the built package and constructing a client (median of ${runs}, min–max)`,
      columns: [
        'format',
        'client',
        'whole process',
        'ours ÷ official',
        'import',
        'new Cartesia()',
        'import + construct',
        'ours ÷ official',
      ],
      align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows,
      notes: [
        'whole process: spawn to exit, measured by the parent; import / new Cartesia(): performance.now() inside the process around `await import()` or `require()`, then around the constructor.',
        '"bare node" runs the same program without the import: the floor that Node itself costs.',
        'Packages installed in a temp node_modules: this client built with its own scripts/build.mjs; the official client copied from the repository’s node_modules.',
      ],
    };
    const targets: Target[] = [];
    for (const [label, pick] of [
      ['import + construct', both],
      ['whole process', wall],
    ] as const) {
      const rs = FORMATS.map((f) => ratio(pick(f, 'this client').median, pick(f, 'official client').median));
      targets.push({
        name: `${label}: at most half of the official client's time (ESM and CJS)`,
        met: rs.every((r) => r <= 0.5),
        detail: FORMATS.map(
          (f, i) => `${f} ${fmtMs(pick(f, 'this client').median)} vs ${fmtMs(pick(f, 'official client').median)} = ${fmtRatio(rs[i]!)}`,
        ).join('; '),
      });
    }
    const notes: string[] = [];
    for (const f of FORMATS) {
      const floor = ratio(wall(f, 'bare node').median, wall(f, 'official client').median);
      if (floor > 0.5)
        notes.push(
          `${f}: bare Node alone takes ${fmtMs(wall(f, 'bare node').median)} = ${fmtRatio(floor)} of the official client's whole process, so no client can halve the whole-process time; import + construct is the part a client controls.`,
        );
    }
    return {
      method:
        'All six combinations (ESM/CJS × this client/official/bare node) run once per round in random order, after one discarded warm-up each.',
      tables: [table],
      targets,
      notes,
    };
  },
};
