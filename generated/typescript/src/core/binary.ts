// A binary response (audio, files) handed over unbuffered: as a web stream, an async iterable of chunks,
// or read whole on request.
import { readChunks, type StreamHooks } from './body-stream.js';

export class BinaryResponse implements AsyncIterable<Uint8Array> {
  readonly response: Response;
  private consumed = false;
  private readonly hooks: StreamHooks;

  constructor(response: Response, hooks: StreamHooks = {}) {
    this.response = response;
    this.hooks = hooks;
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

  /**
   * The body as a web `ReadableStream` (empty for a body-less response), untouched: errors while reading it
   * are the runtime's own. Can be taken once; iterate the response instead for typed errors.
   */
  get body(): ReadableStream<Uint8Array> {
    this.take();
    this.hooks.onEnd?.();
    return this.response.body ?? new ReadableStream({ start: (c) => c.close() });
  }

  /** Reads the whole body. */
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.take();
    const chunks: Uint8Array[] = [];
    let length = 0;
    for await (const chunk of readChunks(this.response.body, this.hooks)) {
      chunks.push(chunk);
      length += chunk.byteLength;
    }
    const whole = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return whole.buffer;
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.arrayBuffer());
  }

  async blob(): Promise<Blob> {
    const type = this.contentType ?? '';
    return new Blob([await this.arrayBuffer()], { type });
  }

  /** Releases the connection without reading the rest of the body. */
  async cancel(reason?: unknown): Promise<void> {
    this.consumed = true;
    await this.response.body?.cancel(reason).catch(() => undefined);
    this.hooks.onEnd?.();
  }

  /** Chunks as they arrive; leaving the loop early (`break`, `throw`) releases the connection at once. */
  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    this.take();
    return readChunks(this.response.body, this.hooks);
  }

  private take(): void {
    if (this.consumed) throw new TypeError('The response body has already been read.');
    this.consumed = true;
  }
}
