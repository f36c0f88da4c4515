// The client under test pointed at the emulator, the settings tests share, and small helpers for reading
// sessions and sockets.
import type { WebSocket } from 'ws';
import {
  Cartesia,
  type ClientOptions,
  type SttTurnsWebsocketParams,
  type SttWebsocketParams,
  type TtsWebsocketSettings,
  type WebSocketLike,
} from '../../../generated/typescript/src/index.js';
import type { RealtimeEmulator } from './emulator.js';

/** Recognizable secrets: no error message may ever contain them. */
export const API_KEY = 'sk_car_realtime_SECRET_5d1e7a';
export const ACCESS_TOKEN = 'tok_realtime_SECRET_c0ffee';

export function clientFor(emulator: RealtimeEmulator, options: ClientOptions = {}): Cartesia {
  return new Cartesia({ apiKey: API_KEY, baseURL: emulator.url, ...options });
}

export const ttsSettings: TtsWebsocketSettings = {
  model_id: 'sonic-3',
  voice: 'voice_123',
  output_format: { container: 'raw', encoding: 'pcm_s16le', sample_rate: 24000 },
  language: 'en',
};

export const sttParams: SttWebsocketParams = { model: 'ink-whisper', encoding: 'pcm_s16le', sample_rate: 16000 };

export const turnsParams: SttTurnsWebsocketParams = { model: 'ink-2', encoding: 'pcm_s16le', sample_rate: 16000 };

/** The `ws` client object under a session (Node 20 has no global WebSocket, so the client uses `ws`). */
export function wsOf(session: { readonly socket: WebSocketLike }): WebSocket {
  return session.socket as unknown as WebSocket;
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

/** Reads an iterable to its end and reports what came and how it ended, without throwing. */
export async function drain<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}

export function concat(chunks: readonly Uint8Array[]): Buffer {
  return Buffer.concat(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
}

export { withEnv } from '../../support/env.js';
