// How each client under test is loaded and called, shared by the request and streaming children.
// The generated client and the official client are loaded from their built, installed copies (paths given
// by the parent); openapi-fetch from the repository's node_modules.
import { pathToFileURL } from 'node:url';

export type ClientName = 'raw fetch' | 'raw fetch + timeout' | 'this client' | 'official client' | 'openapi-fetch';

export interface ClientPaths {
  oursEsm: string;
  officialEsm: string;
}

export const API_KEY = 'sk_bench_key';
export const VERSION = '2026-08-14';

export const TTS_REQUEST = {
  model_id: 'sonic-3',
  transcript: 'Hello from the loopback benchmark.',
  voice: 'voice_0',
  output_format: { container: 'wav', encoding: 'pcm_f32le', sample_rate: 44100 },
} as const;

export const DICT_REQUEST = {
  name: 'Benchmark dictionary',
  items: [{ text: 'Cartesia', alias: 'car-TEE-zha' }],
} as const;

// The smallest surface of each client that the benchmarks touch.
interface OursClient {
  voices: { list(params: { limit: number }): Promise<{ data: unknown[] }> };
  pronunciationDicts: { create(params: typeof DICT_REQUEST): Promise<{ id: string }> };
  tts: { bytes(params: typeof TTS_REQUEST): Promise<AsyncIterable<Uint8Array>> };
}
interface OfficialClient {
  voices: { list(params: { limit: number }): Promise<{ data: unknown[] }> };
  pronunciationDicts: { create(params: typeof DICT_REQUEST): Promise<{ id: string }> };
  tts: { generate(params: typeof TTS_REQUEST): Promise<Response> };
}
type Ctor<T> = new (options: Record<string, unknown>) => T;

/** The generated client, from its built ESM entry; `fetch` replaces the global one when given. */
export async function loadOurs(paths: ClientPaths, baseURL: string, fetch?: typeof globalThis.fetch): Promise<OursClient> {
  const { Cartesia } = (await import(pathToFileURL(paths.oursEsm).href)) as { Cartesia: Ctor<OursClient> };
  return new Cartesia({ apiKey: API_KEY, baseURL, ...(fetch ? { fetch } : {}) });
}

/** The official client, from its published ESM entry; `fetch` replaces the global one when given. */
export async function loadOfficial(paths: ClientPaths, baseURL: string, fetch?: typeof globalThis.fetch): Promise<OfficialClient> {
  const { Cartesia } = (await import(pathToFileURL(paths.officialEsm).href)) as { Cartesia: Ctor<OfficialClient> };
  return new Cartesia({ apiKey: API_KEY, baseURL, ...(fetch ? { fetch } : {}) });
}

/** Headers a hand-written fetch call sends to match what the clients send (credential, version, accept). */
export function rawHeaders(body: boolean): Record<string, string> {
  return {
    authorization: `Bearer ${API_KEY}`,
    'cartesia-version': VERSION,
    accept: 'application/json',
    ...(body ? { 'content-type': 'application/json' } : {}),
  };
}

/** Reads a byte stream to the end, noting when the first chunk arrived. */
export async function drain(
  chunks: AsyncIterable<Uint8Array>,
  onChunk?: (total: number) => void,
): Promise<{ bytes: number; firstChunkAt: number }> {
  let bytes = 0;
  let firstChunkAt = NaN;
  for await (const chunk of chunks) {
    if (bytes === 0) firstChunkAt = performance.now();
    bytes += chunk.byteLength;
    onChunk?.(bytes);
  }
  return { bytes, firstChunkAt };
}
