// One streaming measurement in a fresh process: a TTS audio response read to the end through one client.
import { drain, loadOfficial, loadOurs, rawHeaders, TTS_REQUEST, type ClientName, type ClientPaths } from './clients.js';

export interface StreamJob extends ClientPaths {
  client: Exclude<ClientName, 'openapi-fetch'>;
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
}

const job = JSON.parse(process.argv[2] ?? '{}') as StreamJob;
const url = `${job.baseURL}/tts/bytes`;
const body = JSON.stringify(TTS_REQUEST);
const ours = job.client === 'this client' ? await loadOurs(job, job.baseURL) : undefined;
const official = job.client === 'official client' ? await loadOfficial(job, job.baseURL) : undefined;

/** The response as a stream of chunks, the way each client hands it over. */
async function open(): Promise<AsyncIterable<Uint8Array>> {
  if (ours) return ours.tts.bytes(TTS_REQUEST);
  if (official) return (await official.tts.generate(TTS_REQUEST)).body as unknown as AsyncIterable<Uint8Array>;
  const response = await fetch(url, { method: 'POST', headers: { ...rawHeaders(true), accept: 'audio/wav' }, body });
  return response.body as unknown as AsyncIterable<Uint8Array>;
}

// Warm-up, so the measured request does not pay for first-use compilation: a whole response when timing
// throughput, only its first chunk when tracking memory (a whole GiB would double the run for nothing).
if (job.trackMemory) for await (const _ of await open()) break;
else await drain(await open());

const gc = (globalThis as { gc?: () => void }).gc;
let baseline = 0;
let peak = 0;
if (job.trackMemory) {
  gc?.();
  gc?.();
  baseline = process.memoryUsage.rss();
  peak = baseline;
}
const sample = (): void => {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
};
let chunks = 0;
const start = performance.now();
const { bytes, firstChunkAt } = await drain(await open(), job.trackMemory ? () => (++chunks % 64 === 0 ? sample() : undefined) : undefined);
const totalMs = performance.now() - start;
if (bytes !== job.expectBytes) throw new Error(`read ${bytes} bytes, expected ${job.expectBytes}`);
const outcome: StreamOutcome = { ttfbMs: firstChunkAt - start, totalMs, bytes, mbPerS: bytes / 1e6 / (totalMs / 1000) };
if (job.trackMemory) {
  sample();
  // The kernel's high-water mark catches peaks between samples; it also covers start-up, which stays below the baseline.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  outcome.peakGrowthBytes = Math.max(peak, maxRss) - baseline;
  outcome.sampledGrowthBytes = peak - baseline;
  outcome.baselineRssBytes = baseline;
  gc?.();
  gc?.();
  outcome.retainedBytes = process.memoryUsage.rss() - baseline;
}
console.log(JSON.stringify(outcome));
