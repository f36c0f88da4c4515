// Reading a streamed response body chunk by chunk: errors become the client's typed errors, leaving early
// releases the connection, and the request's resources are freed when the stream ends either way.

export interface StreamHooks {
  /** Called once when the stream is finished, cancelled or failed. */
  onEnd?: () => void;
  /** Turns a read failure (abort, reset) into the error the caller should see. */
  mapError?: (error: unknown) => unknown;
}

/**
 * The chunks of a body, as an async iterator written out: an async generator here would add promise hops to
 * every chunk of an audio stream.
 */
export function readChunks(
  body: ReadableStream<Uint8Array> | null,
  hooks: StreamHooks = {},
): AsyncIterableIterator<Uint8Array> {
  return new ChunkIterator(body, hooks);
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

class ChunkIterator implements AsyncIterableIterator<Uint8Array> {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  readonly #hooks: StreamHooks;
  #ended = false;

  constructor(body: ReadableStream<Uint8Array> | null, hooks: StreamHooks) {
    this.#hooks = hooks;
    this.#reader = body?.getReader();
    if (!this.#reader) this.#end();
  }

  next(): Promise<IteratorResult<Uint8Array>> {
    if (this.#ended || !this.#reader) return Promise.resolve(DONE);
    return this.#reader.read().then(this.#step, this.#fail);
  }

  /** Leaving a `for await` early: the rest of the body is cancelled, which releases the connection. */
  async return(): Promise<IteratorResult<Uint8Array>> {
    if (!this.#ended && this.#reader) {
      await this.#reader.cancel().catch(() => undefined);
      this.#end();
    }
    return DONE;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<Uint8Array> {
    return this;
  }

  readonly #step = (
    result: ReadableStreamReadResult<Uint8Array>,
  ): IteratorResult<Uint8Array> | Promise<IteratorResult<Uint8Array>> => {
    if (result.done) {
      this.#end();
      return DONE;
    }
    // An empty chunk is skipped: a caller never sees one.
    return result.value.byteLength > 0 ? { done: false, value: result.value } : this.next();
  };

  readonly #fail = (error: unknown): never => {
    // A failed stream has nothing left to cancel.
    this.#end();
    throw this.#hooks.mapError ? this.#hooks.mapError(error) : error;
  };

  #end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#reader?.releaseLock();
    this.#hooks.onEnd?.();
  }
}
