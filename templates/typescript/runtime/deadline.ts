// A request's timeout: one timer per attempt that covers the response headers and a body read whole, and,
// once a stream is handed over, the idle time between its chunks.

/** setTimeout's largest delay; a longer one (or Infinity) is clamped to 1 ms by every runtime. */
const MAX_DELAY = 2_147_483_647;

/** Whether `ms` asks for a timer at all: Infinity (or any delay past setTimeout's range) means "no timeout". */
export function hasTimeout(ms: number | undefined): ms is number {
  return ms !== undefined && ms <= MAX_DELAY;
}

/**
 * Calls `onExpire` once `ms` have passed, or, after `idle()`, once `ms` have passed without `touch()`.
 * Activity is a timestamp, not a restarted timer: a chunk of audio costs a `Date.now()`, not two timer calls.
 */
export class Deadline {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #idle = false;
  #last = 0;
  #expired = false;
  readonly #ms: number;
  readonly #onExpire: () => void;

  constructor(ms: number, onExpire: () => void) {
    this.#ms = ms;
    this.#onExpire = onExpire;
    if (hasTimeout(ms)) this.#arm(ms);
  }

  get expired(): boolean {
    return this.#expired;
  }

  /** From now on, the deadline is `ms` after the last `touch()` (a stream that stalls fails, one that flows not). */
  idle(): void {
    this.#idle = true;
    this.#last = Date.now();
  }

  /** Something arrived (an idle deadline moves on). */
  touch(): void {
    this.#last = Date.now();
  }

  clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(ms: number): void {
    this.#timer = setTimeout(this.#check, ms);
    // A pending timeout alone must not keep a process alive (Node); other runtimes have no unref.
    (this.#timer as unknown as { unref?: () => void }).unref?.();
  }

  readonly #check = (): void => {
    this.#timer = undefined;
    if (this.#idle) {
      const left = this.#last + this.#ms - Date.now();
      if (left > 0) return this.#arm(left);
    }
    this.#expired = true;
    this.#onExpire();
  };
}
