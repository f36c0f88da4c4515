// Reading a streamed response body chunk by chunk: errors become the client's typed errors, leaving early
// releases the connection, and the request's resources are freed when the stream ends either way.

export interface StreamHooks {
  /** Called once when the stream is finished, cancelled or failed. */
  onEnd?: () => void;
  /** Turns a read failure (abort, reset) into the error the caller should see. */
  mapError?: (error: unknown) => unknown;
}

/**
 * The body's chunks (empty ones skipped). A plain iterator over the stream's reader rather than an async
 * generator: one promise per chunk, as with the body's own iterator, so reading through the client costs
 * what reading the body does.
 */
export function readChunks(
  body: ReadableStream<Uint8Array> | null,
  hooks: StreamHooks = {},
): AsyncIterableIterator<Uint8Array> {
  const reader = body?.getReader();
  let ended = !reader;
  if (ended) hooks.onEnd?.();
  const end = (): void => {
    if (ended) return;
    ended = true;
    reader!.releaseLock();
    hooks.onEnd?.();
  };
  const next = (): Promise<IteratorResult<Uint8Array>> => {
    if (ended) return Promise.resolve({ value: undefined, done: true });
    return reader!.read().then(
      (result): IteratorResult<Uint8Array> | Promise<IteratorResult<Uint8Array>> => {
        if (result.done) {
          end();
          return { value: undefined, done: true };
        }
        return result.value && result.value.byteLength > 0 ? { value: result.value, done: false } : next();
      },
      (error: unknown) => {
        end(); // a failed stream has nothing left to cancel
        throw hooks.mapError ? hooks.mapError(error) : error;
      },
    );
  };
  // Leaving a loop early (`break`, `throw`) lands here: release the connection at once.
  const stop = async (): Promise<IteratorResult<Uint8Array>> => {
    if (!ended) {
      await reader!.cancel().catch(() => undefined);
      end();
    }
    return { value: undefined, done: true };
  };
  return {
    next,
    return: stop,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
