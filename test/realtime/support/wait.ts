// Waiting without timing assertions: safety nets that turn a hang into a clear failure.

/** Rejects with `message` when `promise` takes longer than `ms` (a safety net, not a timing assertion). */
export async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (nothing within ${ms} ms)`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `probe` until it returns something truthy; rejects after `ms`. */
export async function poll<T>(probe: () => T | undefined | false | null, ms: number, message: string, every = 5): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > ms) throw new Error(`${message} (not within ${ms} ms)`);
    await sleep(every);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
