// Reading a streamed response body chunk by chunk: errors become the client's typed errors, leaving early
// releases the connection, and the request's resources are freed when the stream ends either way.

export interface StreamHooks {
  /** Called once when the stream is finished, cancelled or failed. */
  onEnd?: () => void;
  /** Turns a read failure (abort, reset) into the error the caller should see. */
  mapError?: (error: unknown) => unknown;
  /** Called for every chunk that arrives (it keeps an idle timeout from firing). */
  onChunk?: () => void;
}

/**
 * A body read whole as text, refused once more than `limit` bytes have arrived (counted as decoded: fetch
 * inflates gzip itself, so a small compressed body cannot grow past the limit in memory). Calls `tooLarge`
 * for the error, after cancelling the rest of the body.
 */
export function readBoundedText(response: Response, limit: number, tooLarge: () => Error): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? NaN);
  // A declared length that fits, with no content coding, is what arrives: fetch's own reader is the fastest.
  if (length <= limit && !response.headers.has('content-encoding')) return response.text();
  return readCounting(response, limit, tooLarge);
}

async function readCounting(response: Response, limit: number, tooLarge: () => Error): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
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
    this.#hooks.onChunk?.();
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
