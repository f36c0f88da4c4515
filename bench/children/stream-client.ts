// Streaming measurements in a fresh process: a TTS audio response read to the end, through every client in
// alternating rounds (throughput: paired, so that each process's conditions apply to all alike), or through
// one client with its memory tracked.
import { summarize } from '../lib/stats.js';
import { drain, loadOfficial, loadOurs, rawHeaders, TTS_REQUEST, type ClientName, type ClientPaths } from './clients.js';

type StreamClient = Exclude<ClientName, 'openapi-fetch'>;

export interface StreamJob extends ClientPaths {
  /** Throughput: every client here reads in the same process, in alternating rounds (paired measurement).
   * With trackMemory: one client, whose memory is tracked. */
  clients: StreamClient[];
  baseURL: string;
  expectBytes: number;
  /** Sample memory while streaming (run with --expose-gc for a settled baseline). */
  trackMemory: boolean;
}

export interface StreamOutcome {
  ttfbMs: number;
  totalMs: number;
  bytes: number;
  mbPerS: number;
  /** With trackMemory: peak RSS above the baseline taken just before the request, in bytes. */
  peakGrowthBytes?: number;
  /** The same from the samples alone (without the kernel's high-water mark). */
  sampledGrowthBytes?: number;
  baselineRssBytes?: number;
  /** RSS above the baseline once the stream is done and garbage is collected: what the read kept. */
  retainedBytes?: number;
  /** Throughput mode: raw fetch's time ÷ the client's of the same round (the two read one after the other). */
  vsRawByRound?: number[];
}

/** Throughput mode: each client's medians, measured in one process. */
export type PairedOutcome = Partial<Record<StreamClient, StreamOutcome>>;

const job = JSON.parse(process.argv[2] ?? '{}') as StreamJob;
/** Measured requests per client and process when timing (odd, so the median is one of them). */
const MEASURED_RUNS = 7;
/** Whole responses read before timing: fewer leave the hot path half-optimised, more so for a client with more code on it. */
const WARM_UPS = 4;
const url = `${job.baseURL}/tts/bytes`;
const body = JSON.stringify(TTS_REQUEST);
const { clients } = job;
const ours = clients.includes('this client') ? await loadOurs(job, job.baseURL) : undefined;
const official = clients.includes('official client') ? await loadOfficial(job, job.baseURL) : undefined;

/** The response as a stream of chunks, the way each client hands it over. */
async function open(client: StreamClient): Promise<AsyncIterable<Uint8Array>> {
  if (client === 'this client') return ours!.tts.bytes(TTS_REQUEST);
  if (client === 'official client') return (await official!.tts.generate(TTS_REQUEST)).body as unknown as AsyncIterable<Uint8Array>;
  const init: RequestInit = { method: 'POST', headers: { ...rawHeaders(true), accept: 'audio/wav' }, body };
  if (client === 'raw fetch + timeout') {
    // As a client that can abort or time out must: the fetch carries a signal (the timer is cleared once
    // the headers are in, as this client does: the timeout covers waiting for the stream, not its length).
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    const response = await fetch(url, { ...init, signal: controller.signal });
    clearTimeout(timer);
    return response.body as unknown as AsyncIterable<Uint8Array>;
  }
  const response = await fetch(url, init);
  return response.body as unknown as AsyncIterable<Uint8Array>;
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Collects the garbage of what came before (run with --expose-gc), so a collection owed to an earlier
 * response does not land in the measured one's time to first byte, whichever client allocated more. */
const settle = (): void => {
  gc?.();
  gc?.();
};

// Warm-up, so the measured requests do not pay for first-use compilation: whole responses when timing
// throughput, only a first chunk when tracking memory (a whole GiB would double the run for nothing).
if (job.trackMemory) for await (const _ of await open(clients[0]!)) break;
else for (let i = 0; i < WARM_UPS; i++) for (const client of clients) await drain(await open(client));

if (job.trackMemory) {
  settle();
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sample = (): void => {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  };
  let chunks = 0;
  const start = performance.now();
  const { bytes, firstChunkAt } = await drain(await open(clients[0]!), () => (++chunks % 64 === 0 ? sample() : undefined));
  const totalMs = performance.now() - start;
  if (bytes !== job.expectBytes) throw new Error(`read ${bytes} bytes, expected ${job.expectBytes}`);
  sample();
  // The kernel's high-water mark catches peaks between samples; it also covers start-up, which stays below the baseline.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  settle();
  const outcome: StreamOutcome = {
    ttfbMs: firstChunkAt - start,
    totalMs,
    bytes,
    mbPerS: bytes / 1e6 / (totalMs / 1000),
    peakGrowthBytes: Math.max(peak, maxRss) - baseline,
    sampledGrowthBytes: peak - baseline,
    baselineRssBytes: baseline,
    retainedBytes: process.memoryUsage.rss() - baseline,
  };
  console.log(JSON.stringify(outcome));
} else {
  // Rounds of one request per client, each on a settled heap, the order reversed every other round so that no
  // client always follows the same one; then each client's median.
  const runs = new Map<StreamClient, { ttfbMs: number; totalMs: number }[]>(clients.map((c) => [c, []]));
  for (let round = 0; round < MEASURED_RUNS; round++) {
    for (const client of round % 2 === 0 ? clients : [...clients].reverse()) {
      settle();
      const start = performance.now();
      const { bytes, firstChunkAt } = await drain(await open(client));
      const totalMs = performance.now() - start;
      if (bytes !== job.expectBytes) throw new Error(`${client}: read ${bytes} bytes, expected ${job.expectBytes}`);
      runs.get(client)!.push({ ttfbMs: firstChunkAt - start, totalMs });
    }
  }
  const outcome: PairedOutcome = {};
  const raw = runs.get('raw fetch');
  for (const [client, measured] of runs) {
    const totalMs = summarize(measured.map((r) => r.totalMs)).median;
    outcome[client] = {
      ttfbMs: summarize(measured.map((r) => r.ttfbMs)).median,
      totalMs,
      bytes: job.expectBytes,
      mbPerS: job.expectBytes / 1e6 / (totalMs / 1000),
      ...(raw ? { vsRawByRound: measured.map((r, i) => raw[i]!.totalMs / r.totalMs) } : {}),
    };
  }
  console.log(JSON.stringify(outcome));
}
