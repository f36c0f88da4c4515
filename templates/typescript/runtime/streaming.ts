// Event-stream (SSE) responses as a typed async iterable of the events' JSON payloads.
import { APIError } from './errors.js';
import type { StreamHooks } from './body-stream.js';
import { readServerSentEvents, type ServerSentEvent } from './sse.js';

/** Error delivered inside an event stream (an `error` event, or a payload with `type: "error"`). */
export class StreamEventError<TBody = unknown> extends APIError<TBody> {
  override name = 'StreamEventError';
}

/** Reads message, request id and status out of an error payload, as the API's error convention says. */
export type ErrorDescriber = (body: unknown) => { message?: string; requestId?: string; status?: number };

export class EventStream<T> implements AsyncIterable<T> {
  readonly response: Response;
  private taken = false;
  private readonly describe: ErrorDescriber;

  private readonly hooks: StreamHooks;

  constructor(response: Response, describe: ErrorDescriber, hooks: StreamHooks = {}) {
    this.response = response;
    this.describe = describe;
    this.hooks = hooks;
  }

  /** The raw events (event name, data text, id), for protocols the typed view does not cover. */
  events(): AsyncGenerator<ServerSentEvent> {
    if (this.taken) throw new TypeError('The event stream has already been read.');
    this.taken = true;
    return readServerSentEvents(this.response.body ?? new ReadableStream({ start: (c) => c.close() }), this.hooks);
  }

  /** Each event's `data` parsed as JSON. Leaving the loop early releases the connection. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const event of this.events()) {
      if (event.data === '' || event.data === '[DONE]') continue;
      let payload: unknown;
      try {
        payload = JSON.parse(event.data);
      } catch {
        payload = event.data;
      }
      if (event.event === 'error' || isErrorPayload(payload)) throw this.streamError(payload);
      yield payload as T;
    }
  }

  private streamError(payload: unknown): StreamEventError {
    const info = this.describe(payload);
    const status = info.status ?? this.response.status;
    return new StreamEventError(status, this.response.headers, payload, info.message ?? 'The stream reported an error.', info.requestId);
  }

  /** Stops reading and releases the connection. */
  async cancel(): Promise<void> {
    this.taken = true;
    await this.response.body?.cancel().catch(() => undefined);
    this.hooks.onEnd?.();
  }
}

function isErrorPayload(payload: unknown): boolean {
  return typeof payload === 'object' && payload !== null && (payload as { type?: unknown }).type === 'error';
}
