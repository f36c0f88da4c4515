// Server-Sent Events, parsed as the WHATWG HTML standard specifies (§9.2): events split across network
// chunks, multi-line `data:`, comments, `event:`/`id:`/`retry:` fields, and CR, LF or CRLF line ends.
import { readChunks, type StreamHooks } from './body-stream.js';

export interface ServerSentEvent {
  /** The `event:` field, `message` when absent. */
  event: string;
  /** All `data:` lines joined by `\n`. */
  data: string;
  /** The last event id seen so far in the stream (it persists across events, as in the standard). */
  id: string;
  /** Reconnection time in milliseconds, when the event carried a valid `retry:` field. */
  retry?: number;
}

/** Incremental parser: feed it text as it arrives; it returns the events completed so far. */
export class SSEParser {
  private buffer = '';
  private pendingCR = false;
  private data: string[] = [];
  private eventType = '';
  private lastEventId = '';
  private retry: number | undefined;

  feed(chunk: string): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    if (chunk === '') return events; // keeps a pending CR waiting for its possible LF
    let text = chunk;
    // A CR that ended the previous chunk already ended a line; an LF right after it belongs to that end.
    if (this.pendingCR && text.startsWith('\n')) text = text.slice(1);
    this.pendingCR = false;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 10 && ch !== 13) continue;
      this.line(this.buffer + text.slice(start, i), events);
      this.buffer = '';
      if (ch === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else {
          this.pendingCR = true;
        }
      }
      start = i + 1;
    }
    this.buffer += text.slice(start);
    return events;
  }

  /** Call at end of stream: the standard discards an event that was not terminated by a blank line. */
  end(): ServerSentEvent[] {
    this.buffer = '';
    this.data = [];
    return [];
  }

  private line(line: string, events: ServerSentEvent[]): void {
    if (line === '') {
      this.dispatch(events);
      return;
    }
    if (line.startsWith(':')) return; // comment
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.data.push(value);
        break;
      case 'event':
        this.eventType = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
      default:
        break; // unknown fields are ignored
    }
  }

  private dispatch(events: ServerSentEvent[]): void {
    if (this.data.length > 0) {
      events.push({
        event: this.eventType || 'message',
        data: this.data.join('\n'),
        id: this.lastEventId,
        ...(this.retry !== undefined ? { retry: this.retry } : {}),
      });
    }
    this.data = [];
    this.eventType = '';
    this.retry = undefined;
  }
}

/** Decodes a byte stream into events; releases the stream when the consumer stops early. */
export async function* readServerSentEvents(
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  hooks: StreamHooks = {},
): AsyncGenerator<ServerSentEvent> {
  const chunks =
    Symbol.asyncIterator in body
      ? (body as AsyncIterable<Uint8Array>)
      : readChunks(body as ReadableStream<Uint8Array>, hooks);
  const decoder = new TextDecoder();
  const parser = new SSEParser();
  for await (const chunk of chunks) {
    for (const event of parser.feed(decoder.decode(chunk, { stream: true }))) yield event;
  }
  for (const event of parser.feed(decoder.decode())) yield event;
  parser.end();
}
