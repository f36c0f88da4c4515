// Event-stream (SSE) responses as a typed async iterable of the events' JSON payloads, with binary fields
// decoded and in-stream errors thrown as typed errors, as the API's conventions say.
import type { StreamHooks } from './body-stream.js';
import { base64Decode } from './environment.js';
import { StreamEventError } from './errors.js';
import type { Redactor } from './redact.js';
import { readServerSentEvents, type ServerSentEvent } from './sse.js';

/** Reads message, request id and status out of an error payload, as the API's error convention says. */
export type ErrorDescriber = (body: unknown) => { message?: string; requestId?: string; status?: number };

/** `T` with its base64 fields `K` handed over as bytes (each member of a union on its own). */
export type DecodeBase64<T, K extends PropertyKey> = T extends unknown
  ? {
      [P in keyof T]: P extends K ? Exclude<T[P], string> | (string extends T[P] ? Uint8Array : never) : T[P];
    }
  : never;

/** Replaces the named base64 text fields of a message by their bytes, in place. */
export function decodeBase64Fields(
  message: Record<string, unknown>,
  fields: readonly string[],
): Record<string, unknown> {
  for (const field of fields) {
    const value = message[field];
    if (typeof value === 'string') message[field] = base64Decode(value);
  }
  return message;
}

export interface EventStreamOptions {
  describeError: ErrorDescriber;
  /** Masks the client's credentials in an error the server sends. */
  redact?: Redactor;
  /** The payload field and value that mark an error event. */
  inStream?: { field: string; value: string };
  base64Fields?: readonly string[];
  hooks?: StreamHooks;
}

export class EventStream<T> implements AsyncIterable<T> {
  readonly response: Response;
  private taken = false;
  private readonly options: EventStreamOptions;

  constructor(response: Response, options: EventStreamOptions) {
    this.response = response;
    this.options = options;
  }

  /** The raw events (event name, data text, id), for protocols the typed view does not cover. */
  events(): AsyncGenerator<ServerSentEvent> {
    if (this.taken) throw new TypeError('The event stream has already been read.');
    this.taken = true;
    return readServerSentEvents(
      this.response.body ?? new ReadableStream({ start: (c) => c.close() }),
      this.options.hooks,
    );
  }

  /** Each event's `data` parsed as JSON. Leaving the loop early releases the connection. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const { inStream, base64Fields = [] } = this.options;
    for await (const event of this.events()) {
      if (event.data === '' || event.data === '[DONE]') continue;
      let payload: unknown;
      try {
        payload = JSON.parse(event.data);
      } catch {
        payload = event.data;
      }
      const record =
        typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : undefined;
      if (event.event === 'error' || (inStream && record?.[inStream.field] === inStream.value))
        throw this.streamError(payload);
      yield (record ? decodeBase64Fields(record, base64Fields) : payload) as T;
    }
  }

  private streamError(received: unknown): StreamEventError {
    const { redact } = this.options;
    const payload = redact ? redact.value(received) : received;
    const info = this.options.describeError(payload);
    const status = info.status ?? this.response.status;
    return new StreamEventError(
      status,
      redact ? redact.headers(this.response.headers) : this.response.headers,
      payload,
      info.message ?? 'The stream reported an error.',
      info.requestId,
    );
  }

  /** Stops reading and releases the connection. */
  async cancel(): Promise<void> {
    this.taken = true;
    await this.response.body?.cancel().catch(() => undefined);
    this.options.hooks?.onEnd?.();
  }
}
