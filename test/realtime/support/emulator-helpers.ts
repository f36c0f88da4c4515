// Small helpers of the realtime emulator: the audio patterns it sends, and waiting for what it records.

/**
 * The audio the emulator sends for a context: byte `i` is `(seed + i) mod 256`, where the seed comes from the
 * context id. Audio routed to the wrong context, reordered, cut or doubled no longer fits the pattern.
 */
export function audioPattern(contextId: string, offset: number, length: number): Buffer {
  const seed = seedOf(contextId);
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) out[i] = (seed + offset + i) & 0xff;
  return out;
}

/** A deterministic stand-in for audio: `length` bytes counting up from `start`, none of them zero. */
export function countingBytes(length: number, start = 0): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = ((start + i) % 255) + 1;
  return out;
}

function seedOf(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return hash >>> 0;
}

export function bytesPerSample(encoding: string | undefined): number {
  if (encoding === 'pcm_f32le' || encoding === 'pcm_s32le') return 4;
  if (encoding === 'pcm_mulaw' || encoding === 'pcm_alaw') return 1;
  return 2;
}

export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of params) {
    const seen = out[name];
    out[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

export function newId(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 12)}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function waitFor<T>(
  waiters: Set<() => void>,
  probe: () => T | undefined | false | null,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = (): void => {
      let value: T | undefined | false | null;
      try {
        value = probe();
      } catch (error) {
        finish();
        reject(error);
        return;
      }
      if (value) {
        finish();
        resolve(value);
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`The emulator did not see ${what} within ${timeoutMs} ms.`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      waiters.delete(check);
    };
    waiters.add(check);
    check();
  });
}
