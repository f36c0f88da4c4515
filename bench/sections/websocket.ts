// Section 6: WebSocket TTS — time to first audio chunk and decoded-audio throughput over one socket, this
// client against a raw `ws` socket (the floor) and the official client, on a loopback TTS WebSocket server.
import fs from 'node:fs';
import path from 'node:path';
import type { WsClientName, WsJob, WsOutcome } from '../children/ws-client.js';
import { REPO } from '../lib/context.js';
import { runChild, startServer } from '../lib/proc.js';
import type { Section } from '../lib/report.js';
import { envInt, fmtBytes, fmtMs, fmtNumber, fmtRatio, fmtSummary, ratio, shuffled, summarize } from '../lib/stats.js';
import type { Table } from '../lib/table.js';

const SCRIPT = path.join(REPO, 'bench/children/ws-client.ts');
const SERVER = path.join(REPO, 'bench/children/ws-server.ts');
const CLIENTS: WsClientName[] = ['raw ws', 'this client', 'official client'];
const CHUNK_BYTES = 16 * 1024;
const THROUGHPUT_FLOOR = 0.95;
const FIRST_CHUNK_BUDGET_MS = 1;

export const websocketSection: Section = {
  id: 'websocket',
  title: '6. WebSocket TTS',
  async run(ctx) {
    const pkg = await ctx.packages();
    // Both clients load the optional `ws` package on Node 20 (no global WebSocket): install it beside them, as
    // a user does with `npm install ws`.
    const wsLink = path.join(pkg.root, 'node_modules/ws');
    if (!fs.existsSync(wsLink)) fs.symlinkSync(path.join(REPO, 'node_modules/ws'), wsLink, 'dir');

    const reps = ctx.quick ? 2 : envInt('BENCH_WS_REPS', 5);
    const bigBytes = (ctx.quick ? 16 : 64) * 2 ** 20;
    const firstChunkRuns = ctx.quick ? 20 : 50;
    const throughputRuns = ctx.quick ? 3 : 5;
    const results = new Map<WsClientName, WsOutcome[]>();
    const failures = new Map<WsClientName, string>();
    const server = await startServer({ audioBytes: CHUNK_BYTES, chunkBytes: CHUNK_BYTES }, SERVER);
    try {
      for (let rep = 1; rep <= reps; rep++) {
        ctx.log(`websocket: ${fmtBytes(bigBytes)} + ${firstChunkRuns} first chunks, round ${rep}/${reps}`);
        for (const client of shuffled(CLIENTS)) {
          if (failures.has(client)) continue;
          const job: WsJob = {
            client,
            baseURL: server.baseURL,
            bigBytes,
            smallBytes: CHUNK_BYTES,
            firstChunkRuns,
            throughputRuns,
            oursEsm: pkg.oursEsm,
            officialCjs: pkg.officialCjs,
          };
          try {
            const outcome = await runChild<WsOutcome>(SCRIPT, job, { timeoutMs: 120_000 });
            results.set(client, [...(results.get(client) ?? []), outcome]);
          } catch (error) {
            // The official client is a comparison only: note its failure and go on. The floor and ours must work.
            if (client !== 'official client') throw error;
            failures.set(client, error instanceof Error ? error.message.split('\n')[0]! : String(error));
          }
        }
      }
    } finally {
      await server.close();
    }

    const of = (client: WsClientName, pick: (o: WsOutcome) => number) => summarize((results.get(client) ?? []).map(pick));
    const firstChunk = (client: WsClientName) => of(client, (o) => o.firstChunkMs);
    const throughput = (client: WsClientName) => of(client, (o) => o.mbPerS);
    const raw = { first: firstChunk('raw ws').median, mbPerS: throughput('raw ws').median };
    const added = (client: WsClientName): number => firstChunk(client).median - raw.first;
    const fmtAdded = (ms: number): string => (Number.isFinite(ms) ? `${ms >= 0 ? '+' : '−'}${fmtMs(Math.abs(ms))}` : '—');

    const table: Table = {
      title: `TTS over one WebSocket: ${firstChunkRuns} one-chunk generations, then ${throughputRuns} of ${fmtBytes(bigBytes)} (median of ${reps} fresh processes, min–max)`,
      columns: [
        'client',
        'connect',
        'time to first chunk',
        'added over raw',
        'decoded-audio throughput',
        'throughput ÷ raw ws',
        'time to done',
      ],
      align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows: CLIENTS.map((client) => [
        client,
        fmtSummary(
          of(client, (o) => o.connectMs),
          fmtMs,
        ),
        fmtSummary(firstChunk(client), fmtMs),
        client === 'raw ws' ? '' : fmtAdded(added(client)),
        fmtSummary(throughput(client), (v) => `${fmtNumber(v, 0)} MB/s`),
        client === 'raw ws' ? '' : fmtRatio(ratio(throughput(client).median, raw.mbPerS)),
        fmtSummary(
          of(client, (o) => o.totalMs),
          fmtMs,
        ),
      ]),
      notes: [
        `Server: a \`ws\` WebSocketServer in its own process answering each generation request with ${fmtBytes(CHUNK_BYTES)} \`chunk\` messages (base64 \`data\`, prepared once) then \`done\`, on the request's context_id, with backpressure.`,
        'raw ws: JSON.stringify + socket.send, then in the message listener JSON.parse and Buffer.from(data, "base64") per chunk until `done`; this client: `await session.generate({...})` then `for await` over `context.bytes()`; official: `for await` over `socket.generate({...})`, reading `event.audio` of `chunk` events.',
        `Time to first chunk: from the call that sends the request to the first decoded chunk in the caller's hands, one-chunk generations one after another on the open socket (each process reports the median of its ${firstChunkRuns}); throughput: decoded bytes ÷ (request → \`done\`), the median of ${throughputRuns} generations of ${fmtBytes(bigBytes)} after two warm-up generations of that size (the first ones run before the hot path is optimised).`,
        'connect: the open call to an open session on a fresh socket (loopback handshake; `ws` already loaded).',
      ],
    };

    const notes = [
      'The official client (@cartesia/cartesia-js 4.2.0) is measured through its CommonJS build: its ESM build looks for `ws` with `require` inside an .mjs file and, on Node 20 (no global WebSocket), throws “The "ws" peer dependency is required”. It also always connects with `wss:`; the `ws` option `createConnection` (which it passes through) gives it the same plain loopback TCP as the others.',
      ...[...failures].map(([client, message]) => `${client} could not be measured: ${message}`),
    ];
    const ours = { first: added('this client'), ratio: ratio(throughput('this client').median, raw.mbPerS) };
    const official = { first: added('official client'), ratio: ratio(throughput('official client').median, raw.mbPerS) };
    return {
      method:
        'A loopback TTS WebSocket server in its own process streams base64 audio chunks; each client opens one socket in a fresh process, warms up, then times first chunks and a large generation.',
      tables: [table],
      targets: [
        {
          name: `decoded-audio throughput within 5% of raw ws (≥ ${THROUGHPUT_FLOOR.toFixed(2)}×)`,
          met: Number.isFinite(ours.ratio) ? ours.ratio >= THROUGHPUT_FLOOR : null,
          detail: `${fmtNumber(throughput('this client').median, 0)} MB/s vs ${fmtNumber(raw.mbPerS, 0)} MB/s = ${fmtRatio(ours.ratio)} (official ${fmtRatio(official.ratio)})`,
        },
        {
          name: `under ${FIRST_CHUNK_BUDGET_MS} ms added to time to first chunk over raw ws`,
          met: Number.isFinite(ours.first) ? ours.first < FIRST_CHUNK_BUDGET_MS : null,
          detail: `${fmtMs(firstChunk('this client').median)} vs ${fmtMs(raw.first)}: ${fmtAdded(ours.first)} (official ${fmtAdded(official.first)})`,
        },
      ],
      notes,
    };
  },
};
