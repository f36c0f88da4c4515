// The lifecycle every realtime test shares: a fresh emulator per test, no spec violation unless the test
// took them, and at the end no server or socket left behind.
import { afterEach, beforeEach, expect } from 'vitest';
import { RealtimeEmulator, type EmulatorOptions } from './emulator.js';

const NETWORK = ['TCPServerWrap', 'TCPSocketWrap', 'TCPWRAP', 'TCPConnectWrap'];
const TIMERS = ['Timeout', 'Immediate'];

/**
 * How many handles of each kind (TCP servers and sockets, and unless `networkOnly`, timers) the process
 * holds. Vitest keeps timers of its own for hooks, so compare timer counts within one test body only.
 */
export function resourceCounts(networkOnly = false): Map<string, number> {
  const tracked = new Set(networkOnly ? NETWORK : [...NETWORK, ...TIMERS]);
  const counts = new Map<string, number>();
  for (const name of process.getActiveResourcesInfo()) if (tracked.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Waits (bounded) until no kind counted in `baseline`'s way exceeds it; returns what is still over. */
export async function leftoverResources(baseline: Map<string, number>, ms = 5_000, networkOnly = false): Promise<string[]> {
  const over = (): string[] =>
    [...resourceCounts(networkOnly)]
      .filter(([name, count]) => count > (baseline.get(name) ?? 0))
      .map(([name, count]) => `${name} × ${count - (baseline.get(name) ?? 0)}`);
  const start = Date.now();
  let left = over();
  while (left.length > 0 && Date.now() - start < ms) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    left = over();
  }
  return left;
}

export interface EmulatorFixture {
  /** The current test's emulator. */
  readonly emulator: RealtimeEmulator;
}

export function useEmulator(options: EmulatorOptions = {}): EmulatorFixture {
  let current: RealtimeEmulator | undefined;
  let baseline = new Map<string, number>();
  beforeEach(async () => {
    baseline = resourceCounts(true);
    current = await RealtimeEmulator.start(options);
  });
  afterEach(async () => {
    const emulator = current!;
    current = undefined;
    await emulator.close();
    // Everything the client sent had to be what the spec allows (tests that provoke violations take them).
    expect(emulator.violations).toEqual([]);
    expect(await leftoverResources(baseline, 5_000, true)).toEqual([]);
  });
  return {
    get emulator(): RealtimeEmulator {
      if (!current) throw new Error('The emulator only exists while a test runs.');
      return current;
    },
  };
}
