// Section 6 (hook): WebSocket TTS. Not measured yet — this is where it goes.
//
// To add it, replace `pending` with a `run(ctx)` like the other sections:
//   - serve the realtime TTS protocol on loopback: add a `ws` (devDependency) server next to the HTTP one in
//     bench/children/server.ts, answering each generation request with `chunk` messages then `done`;
//   - measure, in fresh children like bench/children/stream-client.ts, time to first audio chunk and
//     throughput for this client (`(await client.tts.websocket()).generate(...)`, iterating `.bytes()`),
//     the official client (`client.tts.websocket()`), and a raw `ws` socket as the floor;
//   - return tables and targets; bench/run.ts prints them and writes them to results.md like the rest.
import type { Section } from '../lib/report.js';

export const websocketSection: Section = {
  id: 'websocket',
  title: '6. WebSocket TTS',
  pending: 'not measured yet: see bench/sections/websocket.ts for the hook',
  async run() {
    return { method: '', tables: [], targets: [], notes: [] };
  },
};
