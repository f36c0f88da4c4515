// Small programs a user of the package would write: a script per module format that loads it at run time, and
// a TypeScript program that type-checks against its declarations (written into the consumer project as text).

/** Loads the package as ESM, constructs a client, and prints what it found (one JSON line). */
export const ESM_SCRIPT = `
import { Cartesia, NotFoundError, ConfigurationError } from '@cartesia-gen/client';
import DefaultExport from '@cartesia-gen/client';
const client = new Cartesia({ apiKey: 'sk_test', baseURL: 'http://127.0.0.1:9' });
console.log(JSON.stringify({
  resolved: import.meta.resolve('@cartesia-gen/client'),
  bytes: typeof client.tts.bytes,
  websocket: typeof client.tts.websocket,
  list: typeof client.voices.list,
  version: client.version,
  errors: typeof NotFoundError === 'function' && new ConfigurationError('x') instanceof Error,
  defaultIsClient: DefaultExport === Cartesia,
}));
`;

/** The same from CommonJS, through `require`. */
export const CJS_SCRIPT = `
const { Cartesia, NotFoundError, ConfigurationError } = require('@cartesia-gen/client');
const client = new Cartesia({ apiKey: 'sk_test', baseURL: 'http://127.0.0.1:9' });
console.log(JSON.stringify({
  resolved: require.resolve('@cartesia-gen/client'),
  bytes: typeof client.tts.bytes,
  websocket: typeof client.tts.websocket,
  list: typeof client.voices.list,
  version: client.version,
  errors: typeof NotFoundError === 'function' && new ConfigurationError('x') instanceof Error,
  defaultIsClient: require('@cartesia-gen/client').default === Cartesia,
}));
`;

/**
 * Uses the public types the way application code does. The `@ts-expect-error` lines prove the types are real
 * (an `any` anywhere on the way would make them unused, which tsc reports as an error).
 */
export const TYPED_PROGRAM = `
import { Cartesia, ConfigurationError, NotFoundError, type BinaryResponse, type TtsBytesParams } from '@cartesia-gen/client';

const client = new Cartesia({ accessToken: 'tok_test', baseURL: 'https://api.example.invalid' });
const params: TtsBytesParams = {
  model_id: 'sonic-3',
  transcript: 'Hello',
  voice: 'voice_123',
  output_format: { container: 'wav', encoding: 'pcm_s16le', sample_rate: 24000 },
};

export async function speak(): Promise<Uint8Array> {
  const audio: BinaryResponse = await client.tts.bytes(params);
  return audio.bytes();
}

export async function firstContext(): Promise<number> {
  const session = await client.tts.websocket();
  const context = session.context({ model_id: 'sonic-3', voice: { id: 'v' }, output_format: { container: 'raw', encoding: 'pcm_s16le', sample_rate: 24000 } });
  await context.end('Hi.');
  let bytes = 0;
  for await (const chunk of context.bytes()) bytes += chunk.byteLength;
  await session.close();
  return bytes;
}

export function explain(error: unknown): string {
  if (error instanceof NotFoundError) return 'not found: ' + error.status;
  if (error instanceof ConfigurationError) return error.message;
  return 'other';
}

// @ts-expect-error transcript is a string
export const wrongTranscript: TtsBytesParams = { ...params, transcript: 42 };
// @ts-expect-error the client has no such resource
export const missing = client.notAResource;
export const version: string | undefined = client.version;
`;

/**
 * Runs the installed build against loopback servers (BASE_URL): a JSON call, a streamed call and a TTS
 * WebSocket session. The last two load parts of the client on demand (code split into chunks in the ESM
 * build), so this proves the published files hold them. Node 20 has no global WebSocket: the ESM program lets
 * the client find the optional peer `ws` itself (installed beside the project), the CommonJS one passes it.
 */
const LIVE_BODY = `
const client = new Cartesia({ apiKey: 'sk_test', baseURL: process.env.BASE_URL, ...(WebSocket ? { WebSocket } : {}) });
const page = await client.voices.list({ limit: 2 });
const events = [];
for await (const event of await client.tts.sse({ model_id: 'sonic-3', transcript: 'Hi.', voice: 'v', output_format: { container: 'raw', encoding: 'pcm_s16le', sample_rate: 24000 } })) {
  events.push(event.type === 'chunk' ? Array.from(event.data) : event.type);
}
const session = await client.tts.websocket();
const context = session.context({ model_id: 'sonic-3', voice: 'v', output_format: { container: 'raw', encoding: 'pcm_s16le', sample_rate: 24000 } });
await context.end('Hi.');
let audioBytes = 0;
for await (const chunk of context.bytes()) audioBytes += chunk.byteLength;
await session.close();
console.log(JSON.stringify({ voices: page.data.map((v) => v.id), events, audioBytes }));
`;

export const ESM_LIVE_SCRIPT = `
import { Cartesia } from '@cartesia-gen/client';
const WebSocket = undefined;
${LIVE_BODY}`;

export const CJS_LIVE_SCRIPT = `
const { Cartesia } = require('@cartesia-gen/client');
const WebSocket = require(process.env.WS_MODULE);
(async () => {
${LIVE_BODY}})().catch((error) => { console.error(error); process.exit(1); });
`;
