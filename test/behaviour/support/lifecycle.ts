// The lifecycle every behaviour test file shares: one loopback server, its script reset between tests, and
// at the end no socket or server left open.
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { leftoverNetworkResources } from './leaks.js';
import { TestServer } from './server.js';

export function useTestServer(): TestServer {
  const server = new TestServer();
  beforeAll(() => server.listen());
  afterEach(() => {
    // A handler that threw must fail its test, not hang it.
    expect(server.failures).toEqual([]);
    server.reset();
  });
  afterAll(async () => {
    await server.close();
    expect(await leftoverNetworkResources()).toEqual([]);
  });
  return server;
}
