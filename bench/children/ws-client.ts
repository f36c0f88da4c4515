// One WebSocket TTS measurement in a fresh process: connect, warm up, then time to first audio chunk over
// small generations and decoded-audio throughput over a large one, through one client on one socket.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import net from 'node:net';
import { pathToFileURL } from 'node:url';
import { WebSocket } from 'ws';
import { summarize } from '../lib/stats.js';
import { API_KEY, VERSION } from './clients.js';

export type WsClientName = 'raw ws' | 'this client' | 'official client';

export interface WsJob {
  client: WsClientName;
  /** `http://127.0.0.1:<port>`: what the clients are given (this client turns it into `ws:`). */
  baseURL: string;
  /** Decoded audio of each throughput generation, and of the warm-up ones before them. */
  bigBytes: number;
  /** Decoded audio of each time-to-first-chunk generation (one chunk). */
  smallBytes: number;
  /** Time-to-first-chunk generations, one after the other, after the warm-up. */
  firstChunkRuns: number;
  /** Large generations timed for throughput, after those (the process reports their median). */
  throughputRuns: number;
  /** The built generated package's ESM entry, and the official client's CommonJS entry. */
  oursEsm: string;
  officialCjs: string;
}

export interface WsOutcome {
  /** From the call that opens the socket to an open session. */
  connectMs: number;
  /** Median and minimum over the process's time-to-first-chunk generations. */
  firstChunkMs: number;
  firstChunkMinMs: number;
  /** The throughput generations, request to `done`: their median. */
  totalMs: number;
  bytes: number;
  mbPerS: number;
}

/** Settings every generation repeats (the server ignores them; they make the requests realistic). */
const SETTINGS = {
  model_id: 'sonic-3',
  voice: 'voice_0',
  output_format: { container: 'raw', encoding: 'pcm_f32le', sample_rate: 44100 },
} as const;
/** The server reads the amount of audio to generate from the transcript. */
const transcript = (bytes: number): string => `Benchmark audio, ${bytes} bytes, please.`;

/** One generation through a client: resolves at its end with when its first decoded chunk arrived. */
type Generate = (bytes: number) => Promise<{ bytes: number; firstChunkAt: number }>;
/** Opens a socket through a client that is already loaded (`ws` is imported up front for all three). */
type Connect = () => Promise<Generate>;

const job = JSON.parse(process.argv[2] ?? '{}') as WsJob;
const wsBase = job.baseURL.replace(/^http:/, 'ws:');

// ---- raw ws: the floor. The request as JSON, each `chunk`'s base64 decoded into a Buffer, until `done`. ----
async function rawClient(): Promise<Connect> {
  return () => rawConnect();
}
async function rawConnect(): Promise<Generate> {
  const url = `${wsBase}/tts/websocket?cartesia_version=${VERSION}&api_key=${API_KEY}`;
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const pending = new Map<string, { chunk(audio: Buffer): void; done(): void; fail(e: Error): void }>();
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { type: string; context_id: string; data?: string };
    const context = pending.get(message.context_id);
    if (!context) return;
    if (message.type === 'chunk') context.chunk(Buffer.from(message.data!, 'base64'));
    else if (message.type === 'done') context.done();
    else if (message.type === 'error') context.fail(new Error(JSON.stringify(message)));
  });
  return (bytes) =>
    new Promise((resolve, reject) => {
      const id = randomUUID();
      let total = 0;
      let firstChunkAt = NaN;
      pending.set(id, {
        chunk: (audio) => {
          if (total === 0) firstChunkAt = performance.now();
          total += audio.byteLength;
        },
        done: () => {
          pending.delete(id);
          resolve({ bytes: total, firstChunkAt });
        },
        fail: reject,
      });
      socket.send(JSON.stringify({ ...SETTINGS, transcript: transcript(bytes), context_id: id, continue: false }));
    });
}

// ---- this client: `(await client.tts.websocket()).generate(...)`, then `for await` over `.bytes()`. ----
interface OursSession {
  generate(request: typeof SETTINGS & { transcript: string }): Promise<{ bytes(): AsyncIterable<Uint8Array> }>;
}
async function oursClient(): Promise<Connect> {
  const { Cartesia } = (await import(pathToFileURL(job.oursEsm).href)) as {
    Cartesia: new (options: Record<string, unknown>) => { tts: { websocket(): Promise<OursSession> } };
  };
  const client = new Cartesia({ apiKey: API_KEY, baseURL: job.baseURL });
  return async () => oursGenerate(await client.tts.websocket());
}
function oursGenerate(session: OursSession): Generate {
  return async (bytes) => {
    const context = await session.generate({ ...SETTINGS, transcript: transcript(bytes) });
    let total = 0;
    let firstChunkAt = NaN;
    for await (const audio of context.bytes()) {
      if (total === 0) firstChunkAt = performance.now();
      total += audio.byteLength;
    }
    return { bytes: total, firstChunkAt };
  };
}

// ---- official client: `(await client.tts.websocket(options)).generate(...)`, `event.audio` of each `chunk`. ----
interface OfficialSocket {
  generate(request: Record<string, unknown>): AsyncIterable<{ type: string; audio?: Uint8Array }>;
  on(event: 'error', listener: (error: Error) => void): void;
}
async function officialClient(): Promise<Connect> {
  // Its ESM build cannot load `ws` on Node 20 (it calls `require` inside an .mjs file and then asks for a
  // global WebSocket), so it is measured through its CommonJS build, which can.
  const { Cartesia } = createRequire(import.meta.url)(job.officialCjs) as {
    Cartesia: new (options: Record<string, unknown>) => {
      tts: { websocket(options?: Record<string, unknown>): Promise<OfficialSocket> };
    };
  };
  const client = new Cartesia({ apiKey: API_KEY, baseURL: job.baseURL });
  // It always connects with `wss:`; `createConnection` (a `ws` client option it passes through) gives it the
  // same plain loopback TCP as the others.
  const createConnection = (options: { host: string; port: number }): net.Socket =>
    net.connect({ host: options.host, port: Number(options.port) });
  return async () => officialGenerate(await client.tts.websocket({ createConnection }));
}
function officialGenerate(socket: OfficialSocket): Generate {
  socket.on('error', (error) => {
    throw error;
  });
  return async (bytes) => {
    let total = 0;
    let firstChunkAt = NaN;
    for await (const event of socket.generate({ ...SETTINGS, transcript: transcript(bytes), continue: false })) {
      if (event.type !== 'chunk' || !event.audio) continue;
      if (total === 0) firstChunkAt = performance.now();
      total += event.audio.byteLength;
    }
    return { bytes: total, firstChunkAt };
  };
}

const connect = job.client === 'raw ws' ? await rawClient() : job.client === 'this client' ? await oursClient() : await officialClient();
const connectStart = performance.now();
const generate = await connect();
const connectMs = performance.now() - connectStart;

const check = (got: number, expected: number): void => {
  if (got !== expected) throw new Error(`${job.client}: read ${got} bytes of audio, expected ${expected}`);
};
// Warm-up, so the measured generations do not pay for first-use compilation: large generations until the
// code on the hot path has been optimised (one is not enough: the first measured one would still be slower).
for (let i = 0; i < 2; i++) check((await generate(job.bigBytes)).bytes, job.bigBytes);

const firstChunk: number[] = [];
for (let i = 0; i < job.firstChunkRuns; i++) {
  const start = performance.now();
  const { bytes, firstChunkAt } = await generate(job.smallBytes);
  check(bytes, job.smallBytes);
  firstChunk.push(firstChunkAt - start);
}

// Steady-state throughput: the median of several large generations on the warm socket.
const totals: number[] = [];
for (let i = 0; i < job.throughputRuns; i++) {
  const start = performance.now();
  const { bytes } = await generate(job.bigBytes);
  totals.push(performance.now() - start);
  check(bytes, job.bigBytes);
}
const totalMs = summarize(totals).median;
const bytes = job.bigBytes;

const outcome: WsOutcome = {
  connectMs,
  firstChunkMs: summarize(firstChunk).median,
  firstChunkMinMs: Math.min(...firstChunk),
  totalMs,
  bytes,
  mbPerS: bytes / 1e6 / (totalMs / 1000),
};
console.log(JSON.stringify(outcome));
process.exit(0);
