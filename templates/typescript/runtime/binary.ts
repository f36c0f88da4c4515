// A binary response (audio, files) handed over unbuffered: as a web stream, an async iterable of chunks,
// or read whole on request.

export class BinaryResponse implements AsyncIterable<Uint8Array> {
  readonly response: Response;
  private consumed = false;

  constructor(response: Response) {
    this.response = response;
  }

  get status(): number {
    return this.response.status;
  }

  get headers(): Headers {
    return this.response.headers;
  }

  get contentType(): string | null {
    return this.response.headers.get('content-type');
  }

  /** The body as a web `ReadableStream` (empty for a body-less response). Can be taken once. */
  get body(): ReadableStream<Uint8Array> {
    this.take();
    return this.response.body ?? new ReadableStream({ start: (c) => c.close() });
  }

  /** Reads the whole body. */
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.take();
    return this.response.arrayBuffer();
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    this.take();
    return this.response.blob();
  }

  /** Releases the connection without reading the rest of the body. */
  async cancel(reason?: unknown): Promise<void> {
    this.consumed = true;
    await this.response.body?.cancel(reason).catch(() => undefined);
  }

  /** Chunks as they arrive; leaving the loop early (`break`, `throw`) releases the connection at once. */
  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    const reader = this.body.getReader();
    let finished = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          finished = true;
          return;
        }
        if (value && value.byteLength > 0) yield value;
      }
    } finally {
      if (!finished) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  }

  private take(): void {
    if (this.consumed) throw new TypeError('The response body has already been read.');
    this.consumed = true;
  }
}
