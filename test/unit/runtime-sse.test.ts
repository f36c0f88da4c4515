// The SSE parser of the TypeScript runtime (templates/typescript/runtime/sse.ts), fed the way networks do.
import { describe, expect, it } from 'vitest';
import { readServerSentEvents, SSEParser, type ServerSentEvent } from '../../templates/typescript/runtime/sse.js';

function feedAll(chunks: string[]): ServerSentEvent[] {
  const parser = new SSEParser();
  return chunks.flatMap((c) => parser.feed(c));
}

describe('SSEParser', () => {
  it('parses events, multi-line data, comments and fields', () => {
    const events = feedAll([': keep-alive\n', 'event: chunk\nid: 7\nretry: 1500\ndata: {"a":\ndata: 1}\n\n', 'data:no space\n\n']);
    expect(events).toEqual([
      { event: 'chunk', data: '{"a":\n1}', id: '7', retry: 1500 },
      { event: 'message', data: 'no space', id: '7' },
    ]);
  });

  it('gives the same events however the stream is split, with LF, CRLF or CR line ends', () => {
    const body = 'data: one\n\nevent: e\ndata: two\ndata: three\n\n: c\ndata: four\n\n';
    const expected = feedAll([body]);
    expect(expected).toHaveLength(3);
    for (const ending of ['\n', '\r\n', '\r']) {
      const text = body.replace(/\n/g, ending);
      for (let size = 1; size <= 7; size++) {
        const chunks: string[] = [];
        for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
        expect(feedAll(chunks), `${JSON.stringify(ending)} in chunks of ${size}`).toEqual(expected);
      }
    }
  });

  it('treats a CR at the end of one chunk and an LF at the start of the next as one line end', () => {
    expect(feedAll(['data: a\r', '\n\r', '\n'])).toEqual([{ event: 'message', data: 'a', id: '' }]);
    // An empty chunk between the CR and the LF changes nothing.
    expect(feedAll(['data: a\r', '', '\ndata: b\n\n'])).toEqual([{ event: 'message', data: 'a\nb', id: '' }]);
  });

  it('ignores events without data, unknown fields and bad retry values; drops an unterminated last event', () => {
    expect(feedAll(['event: ping\n\nfoo: bar\nretry: soon\ndata: x\n\ndata: unterminated'])).toEqual([
      { event: 'message', data: 'x', id: '' },
    ]);
  });

  it('decodes bytes split inside a UTF-8 character', async () => {
    const bytes = new TextEncoder().encode('data: héllo ✓\n\n');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const events: ServerSentEvent[] = [];
    for await (const event of readServerSentEvents(stream)) events.push(event);
    expect(events.map((e) => e.data)).toEqual(['héllo ✓']);
  });

  it('cancels the stream when the consumer stops early', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('data: x\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const _ of readServerSentEvents(stream)) break;
    expect(cancelled).toBe(true);
  });
});
