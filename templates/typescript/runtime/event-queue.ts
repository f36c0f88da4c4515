// A single-consumer async queue of events: the socket pushes, `for await` pulls. It reports how much it
// holds so the session can apply backpressure, and it can end normally or with an error.

export class EventQueue<T> implements AsyncIterable<T> {
  private readonly items: { item: T; size: number }[] = [];
  private waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | undefined;
  private finished = false;
  private error: unknown;
  private failed = false;
  private taken = false;

  /**
   * `onSize` is told every change of the bytes held, so the owner can pause and resume the source; `onWait`
   * when a reader starts (true) and stops (false) waiting for an item, so the owner can time the wait.
   */
  constructor(
    private readonly onSize: (delta: number) => void = () => undefined,
    private readonly onWait: (waiting: boolean) => void = () => undefined,
  ) {}

  get ended(): boolean {
    return this.finished || this.failed;
  }

  push(item: T, size = 1): void {
    if (this.ended) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      this.onWait(false);
      resolve({ value: item, done: false });
      return;
    }
    this.items.push({ item, size });
    this.onSize(size);
  }

  /** No more items: the consumer gets what is buffered, then the end. */
  end(): void {
    if (this.ended) return;
    this.finished = true;
    if (this.waiting && this.items.length === 0) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      this.onWait(false);
      resolve({ value: undefined, done: true });
    }
  }

  /** The consumer gets what is buffered, then `error`. */
  fail(error: unknown): void {
    if (this.ended) return;
    this.failed = true;
    this.error = error;
    if (this.waiting && this.items.length === 0) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      this.onWait(false);
      reject(error);
    }
  }

  /** Drops what is buffered (the consumer left) and ends. */
  discard(): void {
    const held = this.items.reduce((sum, entry) => sum + entry.size, 0);
    this.items.length = 0;
    if (held > 0) this.onSize(-held);
    this.end();
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.taken) throw new TypeError('These events are already being read: iterate them once.');
    this.taken = true;
    return {
      next: () => {
        const entry = this.items.shift();
        if (entry) {
          this.onSize(-entry.size);
          return Promise.resolve({ value: entry.item, done: false });
        }
        if (this.failed) {
          this.failed = false; // report the error once, then the end
          this.finished = true;
          return Promise.reject(this.error);
        }
        if (this.finished) return Promise.resolve({ value: undefined, done: true });
        return new Promise<IteratorResult<T>>((resolve, reject) => {
          this.waiting = { resolve, reject };
          this.onWait(true);
        });
      },
      return: () => {
        this.discard();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
