// The promise every method returns: await it for the typed result, or ask for the raw `Response` too.

/** What the transport hands to a parser: the response, and a hook that stops the request's timeout. */
export interface RawResponse {
  response: Response;
  /** Stops the request timer: called once the part of the body the parser needs has arrived. */
  settle(): void;
  /** Stops the timer and drops the listener on the caller's signal: called once the body has been read whole. */
  release(): void;
  /** Makes the timeout an idle timeout (a stream was handed over): it then fires only when `touch` stops. */
  idle(): void;
  /** A chunk arrived. */
  touch(): void;
  /** Whether the request's timeout fired / the caller aborted, to name the error when reading fails. */
  timedOut(): boolean;
  aborted(): boolean;
  /** Largest body read whole (JSON, text, errors), in bytes. */
  maxBytes: number;
}

export class APIPromise<T> extends Promise<T> {
  private parsed: Promise<T> | undefined;

  constructor(
    private readonly raw: Promise<RawResponse>,
    private readonly parse: (raw: RawResponse) => Promise<T>,
  ) {
    // The executor is a placeholder: `then` is redirected to the parsed result below.
    super((resolve) => resolve(undefined as T));
  }

  // Derived promises (from then/catch/finally) are plain Promises, not APIPromises.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** The raw response, with the body unread (for JSON) or still streaming. */
  asResponse(): Promise<Response> {
    return this.raw.then((r) => {
      r.settle();
      return r.response;
    });
  }

  /** The parsed result together with the raw response (headers, status). */
  async withResponse(): Promise<{ data: T; response: Response }> {
    const [data, raw] = await Promise.all([this.result(), this.raw]);
    return { data, response: raw.response };
  }

  private result(): Promise<T> {
    this.parsed ??= this.raw.then(this.parse);
    return this.parsed;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.result().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.result().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.result().finally(onfinally);
  }
}
