// The client under test, pointed at a test server, and the fixtures tests share.
import { Cartesia, type ClientOptions, type TtsBytesParams, type TtsSseParams } from '../../../generated/typescript/src/index.js';
import type { TestServer } from './server.js';

/** A recognizable secret: no error, log line or serialization may ever contain it. */
export const API_KEY = 'sk_car_behaviour_SECRET_7f3a9c';
export const ACCESS_TOKEN = 'tok_behaviour_SECRET_b81e44';

export function clientFor(server: TestServer, options: ClientOptions = {}): Cartesia {
  return new Cartesia({ apiKey: API_KEY, baseURL: server.url, ...options });
}

export const ttsParams: TtsBytesParams = {
  model_id: 'sonic-3',
  transcript: 'Hello, wire!',
  voice: 'voice_123',
  output_format: { container: 'wav', encoding: 'pcm_s16le', sample_rate: 44100 },
  language: 'en',
};

export const sseParams: TtsSseParams = {
  model_id: 'sonic-3',
  transcript: 'Hello, events!',
  voice: { id: 'voice_123' },
  output_format: { container: 'raw', encoding: 'pcm_f32le', sample_rate: 24000 },
  add_timestamps: true,
};

export function voice(id: string): Record<string, unknown> {
  return {
    id,
    access: 'private',
    visibility: 'owner',
    is_owner: true,
    name: `Voice ${id}`,
    tagline: '',
    description: '',
    created_at: '2025-01-01T00:00:00Z',
    language: 'en',
    locales: [],
  };
}

export { withEnv } from '../../support/env.js';
