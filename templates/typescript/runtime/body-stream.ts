// Reading a streamed response body chunk by chunk: errors become the client's typed errors, leaving early
// releases the connection, and the request's resources are freed when the stream ends either way.

export interface StreamHooks {
  /** Called once when the stream is finished, cancelled or failed. */
  onEnd?: () => void;
  /** Turns a read failure (abort, reset) into the error the caller should see. */
  mapError?: (error: unknown) => unknown;
}

export async function* readChunks(
  body: ReadableStream<Uint8Array> | null,
  hooks: StreamHooks = {},
): AsyncGenerator<Uint8Array> {
  if (!body) {
    hooks.onEnd?.();
    return;
  }
  const reader = body.getReader();
  let finished = false;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        finished = true; // a failed stream has nothing left to cancel
        throw hooks.mapError ? hooks.mapError(error) : error;
      }
      if (result.done) {
        finished = true;
        return;
      }
      if (result.value && result.value.byteLength > 0) yield result.value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
    hooks.onEnd?.();
  }
}
