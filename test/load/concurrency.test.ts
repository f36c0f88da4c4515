// Load: one client instance sends 2,000 requests at once to a loopback server; every one succeeds, the server
// counts exactly 2,000, and no socket is left open afterwards.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cartesia } from '../../generated/typescript/src/index.js';
import { leftoverNetworkResources } from '../behaviour/support/leaks.js';

const CONCURRENT = 2000;
let server: http.Server;
let baseURL: string;
let served = 0;
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    served++;
    const id = decodeURIComponent(req.url!.split('/').pop()!);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id,
        access: 'private',
        visibility: 'owner',
        is_owner: true,
        name: id,
        tagline: '',
        description: '',
        created_at: '2026-01-01T00:00:00Z',
        language: 'en',
        locales: [],
      }),
    );
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.maxConnections = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', 4096, resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  expect(await leftoverNetworkResources()).toEqual([]);
});

describe('load', () => {
  it(`one client sends ${CONCURRENT} concurrent requests and all succeed`, async () => {
    const client = new Cartesia({ apiKey: 'load-test-key', baseURL, maxRetries: 0, timeout: 120_000 });
    const ids = Array.from({ length: CONCURRENT }, (_, i) => `voice-${i}`);
    const results = await Promise.all(ids.map((id) => client.voices.get(id)));
    expect(results.map((v) => v.id)).toEqual(ids);
    expect(served).toBe(CONCURRENT);
    // Idle keep-alive connections are the client's pool; closing the server's side must leave nothing open.
    for (const socket of sockets) socket.destroy();
  }, 120_000);
});
