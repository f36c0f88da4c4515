// Section 5: streaming a large TTS audio response — time to first byte, throughput, and memory at 1 GiB.
import path from 'node:path';
import type { ClientName } from '../children/clients.js';
import type { PairedOutcome, StreamJob, StreamOutcome } from '../children/stream-client.js';
import { REPO } from '../lib/context.js';
import { runChild, startServer } from '../lib/proc.js';
import type { Section } from '../lib/report.js';
import { envInt, fmtBytes, fmtMs, fmtNumber, fmtRatio, fmtSummary, shuffled, summarize } from '../lib/stats.js';
import type { Table } from '../lib/table.js';

const SCRIPT = path.join(REPO, 'bench/children/stream-client.ts');
const CLIENTS: Exclude<ClientName, 'openapi-fetch'>[] = ['raw fetch', 'raw fetch + timeout', 'this client', 'official client'];
/** The 1 GiB memory runs: the floor, this client and the official one. */
const BIG_CLIENTS: Exclude<ClientName, 'openapi-fetch'>[] = ['raw fetch', 'this client', 'official client'];
const MEMORY_LIMIT = 64 * 2 ** 20;
const THROUGHPUT_FLOOR = 0.95;
const TTFB_BUDGET_MS = 1;

export const streamingSection: Section = {
  id: 'streaming',
  title: '5. Streaming',
  async run(ctx) {
    const pkg = await ctx.packages();
    const reps = ctx.quick ? 2 : envInt('BENCH_STREAM_REPS', 8);
    const size = (ctx.quick ? 20 : 100) * 2 ** 20;
    const bigSize = (ctx.quick ? 256 : 1024) * 2 ** 20;
    const paths = { oursEsm: pkg.oursEsm, officialEsm: pkg.officialEsm };

    // Each process reads through every client in alternating rounds; the ratios are taken within a round
    // (paired), since conditions that differ between processes and moments (core placement, heap layout, the
    // other process's load) then apply to both sides of a ratio alike.
    const results = new Map<string, StreamOutcome[]>();
    const paired = new Map<string, number[]>();
    let server = await startServer({ audioBytes: size });
    try {
      for (let rep = 1; rep <= reps; rep++) {
        ctx.log(`streaming: ${fmtBytes(size)}, process ${rep}/${reps} (every client, alternating rounds)`);
        const clients = shuffled(CLIENTS);
        const job: StreamJob = { clients, baseURL: server.baseURL, expectBytes: size, trackMemory: false, ...paths };
        const outcome = await runChild<PairedOutcome>(SCRIPT, job, { execArgv: ['--expose-gc'] });
        for (const client of CLIENTS) {
          const mine = outcome[client];
          if (!mine) throw new Error(`streaming child reported nothing for ${client}`);
          results.set(client, [...(results.get(client) ?? []), mine]);
          // Ratios of the same round (raw fetch and the client read one after the other), pooled over processes.
          paired.set(client, [...(paired.get(client) ?? []), ...(mine.vsRawByRound ?? [])]);
        }
      }
    } finally {
      await server.close();
    }
    const speedVsRaw = (client: string) => summarize(paired.get(client) ?? []);
    const of = (client: string, pick: (o: StreamOutcome) => number) => summarize((results.get(client) ?? []).map(pick));
    const throughput: Table = {
      title: `${fmtBytes(size)} audio response from POST /tts/bytes (median of ${reps} fresh processes, min–max)`,
      columns: ['client', 'time to first byte', 'time to last byte', 'throughput', 'throughput ÷ raw fetch (paired)'],
      align: ['l', 'r', 'r', 'r', 'r'],
      rows: CLIENTS.map((client) => [
        client,
        fmtSummary(
          of(client, (o) => o.ttfbMs),
          fmtMs,
        ),
        fmtSummary(
          of(client, (o) => o.totalMs),
          fmtMs,
        ),
        fmtSummary(
          of(client, (o) => o.mbPerS),
          (v) => `${fmtNumber(v, 0)} MB/s`,
        ),
        client === 'raw fetch' ? '' : fmtSummary(speedVsRaw(client), fmtRatio),
      ]),
      notes: [
        'raw fetch: `for await` over response.body; raw fetch + timeout: the same with an AbortController signal and a timer cleared once the headers arrive (what a client that can abort or time out must give fetch); this client: `for await` over `await client.tts.bytes(...)`; official: `for await` over `(await client.tts.generate(...)).body`.',
        'The server (own process) writes 64 KiB chunks with backpressure, chunked transfer encoding. Each fresh process reads through all four clients: four whole responses each first (warm-up), then seven rounds of one timed response per client, the order reversed every other round, each after two forced GCs (--expose-gc) so that collecting the garbage of an earlier response does not land in a measured time to first byte; it reports each client’s median. The 1 GiB runs (below) have a process per client and warm up on a first chunk only.',
        `“paired”: raw fetch’s time ÷ the client’s for the two responses of the same round (read one after the other), then the median (min–max) of those ratios over all ${reps} processes × 7 rounds; throughput and times are medians across processes.`,
      ],
    };

    // 1 GiB, memory tracked: this client (the target) and the others for reference, interleaved.
    const big = new Map<string, StreamOutcome[]>();
    const bigRuns = ctx.quick ? 1 : envInt('BENCH_BIG_STREAM_RUNS', 5);
    server = await startServer({ audioBytes: bigSize });
    try {
      for (let rep = 1; rep <= bigRuns; rep++) {
        for (const client of shuffled(BIG_CLIENTS)) {
          ctx.log(`streaming: ${fmtBytes(bigSize)} through ${client} (${rep}/${bigRuns})`);
          const job: StreamJob = { clients: [client], baseURL: server.baseURL, expectBytes: bigSize, trackMemory: true, ...paths };
          const outcome = await runChild<StreamOutcome>(SCRIPT, job, { execArgv: ['--expose-gc'] });
          big.set(client, [...(big.get(client) ?? []), outcome]);
        }
      }
    } finally {
      await server.close();
    }
    const growth = (client: string) => summarize((big.get(client) ?? []).map((o) => o.peakGrowthBytes ?? NaN));
    const memory: Table = {
      title: `${fmtBytes(bigSize)} audio response streamed to a byte counter: peak memory growth (${bigRuns} fresh processes per client)`,
      columns: ['client', 'peak RSS growth', 'retained after GC (max)', 'baseline RSS', 'time', 'throughput'],
      align: ['l', 'r', 'r', 'r', 'r', 'r'],
      rows: BIG_CLIENTS.map((client) => {
        const runs = big.get(client) ?? [];
        return [
          client,
          fmtSummary(growth(client), fmtBytes),
          fmtBytes(summarize(runs.map((o) => o.retainedBytes ?? NaN)).max),
          fmtBytes(summarize(runs.map((o) => o.baselineRssBytes ?? NaN)).median),
          fmtMs(summarize(runs.map((o) => o.totalMs)).median),
          `${fmtNumber(summarize(runs.map((o) => o.mbPerS)).median, 0)} MB/s`,
        ];
      }),
      notes: [
        'Growth = max(RSS sampled every 64 chunks, the kernel’s maxRSS) − RSS just before the request (after a warm-up request and two forced GCs, --expose-gc); retained = RSS after the stream and two more GCs − that baseline.',
        'raw fetch is the floor: its growth is the runtime’s own — chunk ArrayBuffers waiting for V8 to collect them (with --trace-gc every scavenge during the stream is triggered by “external memory pressure”) — not buffering by a client. V8 collects them once about 64 MiB of external memory has been allocated since the last full collection, so any fetch-based reader lands near the 64 MiB line, above or below it from run to run.',
      ],
    };
    const g = growth('this client');
    const median = (client: string, pick: (o: StreamOutcome) => number): number => of(client, pick).median;
    const speed = speedVsRaw('this client').median;
    const officialSpeed = speedVsRaw('official client').median;
    const addedMs = (client: string): number => median(client, (o) => o.ttfbMs) - median('raw fetch', (o) => o.ttfbMs);
    const fmtAdded = (ms: number): string => `${ms >= 0 ? '+' : '−'}${fmtMs(Math.abs(ms))}`;
    return {
      method:
        'A loopback node:http server in its own process streams pseudo-audio; fresh processes read it through the clients and report TTFB (request start → first chunk) and total time.',
      tables: [throughput, memory],
      targets: [
        {
          name: `throughput of ${fmtBytes(size)} within 5% of raw fetch (≥ ${THROUGHPUT_FLOOR.toFixed(2)}×)`,
          met: Number.isFinite(speed) ? speed >= THROUGHPUT_FLOOR : null,
          detail: `${fmtRatio(speed)} paired (${fmtNumber(
            median('this client', (o) => o.mbPerS),
            0,
          )} MB/s vs ${fmtNumber(
            median('raw fetch', (o) => o.mbPerS),
            0,
          )} MB/s); official ${fmtRatio(officialSpeed)}; raw fetch + timeout ${fmtRatio(speedVsRaw('raw fetch + timeout').median)}`,
        },
        {
          name: `under ${TTFB_BUDGET_MS} ms added to time to first byte over raw fetch`,
          met: Number.isFinite(addedMs('this client')) ? addedMs('this client') < TTFB_BUDGET_MS : null,
          detail: `${fmtMs(median('this client', (o) => o.ttfbMs))} vs ${fmtMs(median('raw fetch', (o) => o.ttfbMs))}: ${fmtAdded(addedMs('this client'))} (official ${fmtAdded(addedMs('official client'))})`,
        },
        {
          name: `${fmtBytes(bigSize)} through this client with peak memory growth under 64 MiB (median of ${bigRuns} runs)`,
          met: Number.isFinite(g.median) ? g.median < MEMORY_LIMIT : null,
          detail: `median ${fmtBytes(g.median)}, worst ${fmtBytes(g.max)}; raw fetch median ${fmtBytes(growth('raw fetch').median)}, official ${fmtBytes(growth('official client').median)}`,
        },
      ],
      notes: [],
    };
  },
};
