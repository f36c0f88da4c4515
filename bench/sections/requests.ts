// Section 2: per-request overhead of each client against a loopback node:http server.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { ClientName } from '../children/clients.js';
import type { RequestJob, RequestOutcome } from '../children/request-client.js';
import { CARTESIA_SPEC, REPO } from '../lib/context.js';
import { runChild, startServer } from '../lib/proc.js';
import type { Section, Target } from '../lib/report.js';
import { envInt, fmtRatio, fmtSummary, fmtUs, ratio, shuffled, summarize } from '../lib/stats.js';
import type { Table } from '../lib/table.js';

const CLIENTS: ClientName[] = ['raw fetch', 'raw fetch + timeout', 'this client', 'official client', 'openapi-fetch'];
const OPS = ['GET', 'POST'] as const;
const MODES = ['sequential', 'batched'] as const;
const SCRIPT = path.join(REPO, 'bench/children/request-client.ts');

/**
 * Generates openapi-typescript's types for the spec and type-checks the exact openapi-fetch calls the child
 * makes against them, so that peer is used as its users would use it (typed paths, typed query and body).
 */
function typeCheckOpenapiFetch(tmp: string): string {
  const dir = path.join(tmp, 'openapi-fetch-types');
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  execFileSync(
    process.execPath,
    [path.join(REPO, 'node_modules/openapi-typescript/bin/cli.js'), CARTESIA_SPEC, '-o', path.join(dir, 'schema.ts')],
    {
      stdio: 'pipe',
    },
  );
  fs.writeFileSync(
    path.join(dir, 'check.ts'),
    `import createClient from 'openapi-fetch';
import type { paths } from './schema.js';
const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:1' });
export const list = () => client.GET('/voices', { params: { query: { limit: 10 } } });
export const create = () => client.POST('/pronunciation-dicts/', { body: { name: 'Benchmark dictionary', items: [{ text: 'Cartesia', alias: 'car-TEE-zha' }] } });
`,
  );
  const program = ts.createProgram([path.join(dir, 'check.ts')], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  return errors.length === 0
    ? 'openapi-fetch calls type-check against openapi-typescript types of spec/cartesia.yaml'
    : `openapi-fetch calls do NOT type-check against the spec's types: ${errors.slice(0, 3).join('; ')}`;
}

export const requestsSection: Section = {
  id: 'requests',
  title: '2. Request overhead',
  async run(ctx) {
    const n = ctx.quick ? 2000 : envInt('BENCH_REQUESTS', 10_000);
    const reps = ctx.quick ? 1 : envInt('BENCH_REQUEST_REPS', 3);
    const warmup = ctx.quick ? 200 : 500;
    const batch = 50;
    const pkg = await ctx.packages();
    const typeNote = typeCheckOpenapiFetch(ctx.tmp);
    const server = await startServer({ audioBytes: 1024 });
    const samples = new Map<string, number[]>();
    const key = (client: string, op: string, mode: string): string => `${client}|${op}|${mode}`;
    const inMemoryN = ctx.quick ? 5000 : envInt('BENCH_INMEMORY_REQUESTS', 20_000);
    const combos = CLIENTS.flatMap((client) => OPS.flatMap((op) => [...MODES, 'in-memory' as const].map((mode) => ({ client, op, mode }))));
    // Paired: per (request, mode), processes that run every client in alternating rounds; ratios are taken
    // round by round, so that what a process (or the machine at that moment) costs applies to all alike.
    const pairedRounds = ctx.quick ? 4 : envInt('BENCH_REQUEST_ROUNDS', 10);
    const pairedRatios = new Map<string, number[]>(); // key(client, op, mode) → per-round ratios to raw fetch
    const pairedOursOver = new Map<string, number[]>(); // key(peer, op, mode) → per-round this client ÷ peer
    try {
      for (let rep = 1; rep <= reps; rep++) {
        ctx.log(
          `requests: paired repetition ${rep}/${reps} (${OPS.length * MODES.length} processes × ${CLIENTS.length} clients × ${n} requests)`,
        );
        for (const { op, mode } of shuffled(OPS.flatMap((op) => MODES.map((mode) => ({ op, mode }))))) {
          const job: RequestJob = {
            client: 'raw fetch',
            op,
            mode,
            n,
            warmup,
            batch,
            baseURL: server.baseURL,
            oursEsm: pkg.oursEsm,
            officialEsm: pkg.officialEsm,
            paired: { clients: shuffled(CLIENTS), rounds: pairedRounds },
          };
          const { rounds } = await runChild<RequestOutcome>(SCRIPT, job);
          const raw = rounds?.['raw fetch'] ?? [];
          const ours = rounds?.['this client'] ?? [];
          for (const client of CLIENTS) {
            const times = rounds?.[client] ?? [];
            const k = key(client, op, mode);
            pairedRatios.set(k, [...(pairedRatios.get(k) ?? []), ...times.map((t, i) => ratio(t, raw[i]!))]);
            pairedOursOver.set(k, [...(pairedOursOver.get(k) ?? []), ...times.map((t, i) => ratio(ours[i]!, t))]);
          }
        }
      }
      for (let rep = 1; rep <= reps; rep++) {
        ctx.log(`requests: repetition ${rep}/${reps} (${combos.length} fresh processes × ${n} requests)`);
        // Interleaved: every combination once per round, in a new order each round.
        for (const combo of shuffled(combos)) {
          const inMemory = combo.mode === 'in-memory';
          const job: RequestJob = {
            ...combo,
            n: inMemory ? inMemoryN : n,
            warmup: inMemory ? inMemoryN / 10 : warmup,
            batch,
            baseURL: server.baseURL,
            oursEsm: pkg.oursEsm,
            officialEsm: pkg.officialEsm,
          };
          const outcome = await runChild<RequestOutcome>(SCRIPT, job);
          const k = key(combo.client, combo.op, combo.mode);
          samples.set(k, [...(samples.get(k) ?? []), outcome.usPerRequest]);
        }
      }
    } finally {
      await server.close();
    }
    const stat = (client: string, op: string, mode: string) => summarize(samples.get(key(client, op, mode)) ?? []);

    const rows: string[][] = [];
    for (const op of OPS) {
      for (const client of CLIENTS) {
        const row = [op === 'GET' ? 'GET /voices?limit=10' : 'POST /pronunciation-dicts/ (JSON)', client];
        for (const mode of MODES) {
          const s = stat(client, op, mode);
          row.push(fmtSummary(s, fmtUs), fmtRatio(ratio(s.median, stat('raw fetch', op, mode).median)));
        }
        rows.push(row);
      }
    }
    const table: Table = {
      title: `Per-request time, µs (median of ${reps} fresh processes, each ${n.toLocaleString('en-US')} requests after ${warmup} warm-up)`,
      columns: ['request', 'client', 'sequential', '× raw', `batches of ${batch}`, '× raw'],
      align: ['l', 'l', 'r', 'r', 'r', 'r'],
      rows,
      notes: [
        'µs per request = wall time of the N requests / N, response body parsed; the server runs in its own process.',
        'this client: client.voices.list({ limit: 10 }) and client.pronunciationDicts.create({...}); official: the same methods of @cartesia/cartesia-js; openapi-fetch: client.GET/POST.',
        'raw fetch + timeout: the same fetch with an AbortController and a 60 s timer per request, as a client with per-request timeouts must: the floor for such a client.',
        typeNote,
      ],
    };

    const paired = (client: string, op: string, mode: string) => summarize(pairedRatios.get(key(client, op, mode)) ?? []);
    const oursOver = (peer: string, op: string, mode: string) => summarize(pairedOursOver.get(key(peer, op, mode)) ?? []);
    const pairedRows: string[][] = [];
    for (const op of OPS) {
      for (const client of CLIENTS.filter((c) => c !== 'raw fetch')) {
        const row = [op === 'GET' ? 'GET /voices?limit=10' : 'POST /pronunciation-dicts/ (JSON)', client];
        for (const mode of MODES) row.push(fmtSummary(paired(client, op, mode), fmtRatio));
        pairedRows.push(row);
      }
    }
    const pairedTable: Table = {
      title: `Paired in one process: time per request ÷ raw fetch's in the same round (median of ${reps} processes × ${pairedRounds} rounds, min–max)`,
      columns: ['request', 'client', 'sequential', `batches of ${batch}`],
      align: ['l', 'l', 'r', 'r'],
      rows: pairedRows,
      notes: [
        `Each process runs all ${CLIENTS.length} clients, ${Math.round(n / pairedRounds).toLocaleString('en-US')} requests each per round, the order reversed every other round, after the same warm-up; the targets below are read from this table.`,
      ],
    };

    const inMemoryRows: string[][] = [];
    for (const op of OPS) {
      const floor = stat('raw fetch', op, 'in-memory').median;
      for (const client of CLIENTS) {
        const s = stat(client, op, 'in-memory');
        inMemoryRows.push([
          op === 'GET' ? 'GET /voices?limit=10' : 'POST /pronunciation-dicts/ (JSON)',
          client,
          fmtSummary(s, fmtUs),
          client === 'raw fetch' ? '' : fmtUs(s.median - floor),
          fmtRatio(ratio(s.median, floor)),
        ]);
      }
    }
    const inMemoryTable: Table = {
      title: `Client-side CPU per request: in-memory fetch, no network (median of ${reps} fresh processes × ${inMemoryN.toLocaleString('en-US')} sequential requests)`,
      columns: ['request', 'client', 'µs / request', 'added over raw', '× raw'],
      align: ['l', 'l', 'r', 'r', 'r'],
      rows: inMemoryRows,
      notes: [
        "Each client's `fetch` option (openapi-fetch's too) is given a function that returns a canned Response at once; raw = calling that function and response.json(). Diagnostic: not a target.",
      ],
    };

    const targets: Target[] = [];
    const overRaw: string[] = [];
    const overTimed: string[] = [];
    const overOfficial: string[] = [];
    let withinRaw = true;
    let beatsOfficial = true;
    const overRawFresh: string[] = [];
    const overOfficialFresh: string[] = [];
    for (const op of OPS) {
      for (const mode of MODES) {
        const r = paired('this client', op, mode).median;
        const o = oursOver('official client', op, mode).median;
        overTimed.push(`${op} ${mode} ${fmtRatio(oursOver('raw fetch + timeout', op, mode).median)}`);
        withinRaw &&= r <= 1.05;
        beatsOfficial &&= o < 1;
        overRaw.push(`${op} ${mode} ${fmtRatio(r)}`);
        overOfficial.push(`${op} ${mode} ${fmtRatio(o)}`);
        const ours = stat('this client', op, mode).median;
        overRawFresh.push(fmtRatio(ratio(ours, stat('raw fetch', op, mode).median)));
        overOfficialFresh.push(fmtRatio(ratio(ours, stat('official client', op, mode).median)));
      }
    }
    targets.push({
      name: 'within 5% of raw fetch (≤ 1.05×, every case; paired)',
      met: withinRaw,
      detail: `${overRaw.join(', ')} (against raw fetch + timeout: ${overTimed.join(', ')}; fresh processes: ${overRawFresh.join(' / ')})`,
    });
    targets.push({
      name: 'faster than the official client (< 1.00×, every case; paired)',
      met: beatsOfficial,
      detail: `${overOfficial.join(', ')} (fresh processes: ${overOfficialFresh.join(' / ')})`,
    });
    // The floor of a client that can abort a timed-out request: raw fetch given an AbortSignal and a timer.
    const floor = OPS.flatMap((op) => MODES.map((mode) => ({ op, mode, r: paired('raw fetch + timeout', op, mode).median })));
    const notes: string[] = [];
    if (!withinRaw && floor.some((f) => f.r > 1.0)) {
      const overFloor = OPS.flatMap((op) => MODES.map((mode) => oursOver('raw fetch + timeout', op, mode).median));
      notes.push(
        `Raw fetch with nothing but an AbortController and a timer is itself ${floor.map((f) => `${f.op} ${f.mode} ${fmtRatio(f.r)}`).join(', ')} of raw fetch (paired). Node 20's fetch does extra work for every AbortSignal it is given, fresh or shared (undici's Request keeps a WeakRef to its own controller, registers it with a FinalizationRegistry and adds a listener to the signal). A client that aborts a request when its timeout fires cannot pass less; against that floor this client is ${overFloor.map(fmtRatio).join(' / ')} (${overFloor.every((r) => r <= 1.05) ? 'within' : 'not within'} 5% in every case).`,
      );
    }
    return {
      method:
        'Against one loopback node:http server (separate process, keep-alive, canned answers). Absolute figures: each (client, request, mode) in a fresh Node process, rounds interleaving all combinations in random order. Ratios for the targets: paired, all clients in one process in alternating rounds (ratios of the same round), because the fresh-process ratios move by 10–30% from run to run on this shared machine.',
      tables: [table, pairedTable, inMemoryTable],
      targets,
      notes,
    };
  },
};
