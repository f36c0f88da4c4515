// Server-sent events from `client.tts.sse`: events split across network writes (mid-line, between CR and
// LF, inside a UTF-8 character), CRLF/LF/CR line ends, comments, multi-line data, and error events.
import { describe, expect, it } from 'vitest';
import {
  APIError,
  BadRequestError,
  CartesiaError,
  StreamEventError,
  type DecodeBase64,
  type TTSSSEEvent,
} from '../../generated/typescript/src/index.js';
// The package exports EventStream as a type only (its code loads with the first stream): the class is here.
import { EventStream } from '../../generated/typescript/src/core/streaming.js';
import { API_KEY, clientFor, sseParams } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { delay, json, within, type Handler } from './support/server.js';

const server = useTestServer();

/** Answers with an event stream written piece by piece, pausing between writes so they travel apart. */
function eventStream(pieces: (string | Buffer)[], options: { end?: boolean } = {}): Handler {
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const piece of pieces) {
      if (res.destroyed) return;
      res.write(piece);
      await delay(15);
    }
    if (options.end !== false) res.end();
  };
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

const snowman = Buffer.from('wörld ☃', 'utf8');
const snowmanSplit = snowman.length - 2; // inside the three bytes of ☃

/** What a TTS SSE stream yields: the event types, with the base64 audio handed over as bytes. */
type TtsEvent = DecodeBase64<TTSSSEEvent, 'data'>;
const bytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

describe('event streams', () => {
  it('sends a JSON POST that accepts text/event-stream and resolves to an EventStream', async () => {
    server.reply(eventStream(['data: {"type":"done","done":true,"status_code":200}\n\n']));
    const stream = await clientFor(server).tts.sse(sseParams);
    expect(stream).toBeInstanceOf(EventStream);
    expect(await collect(stream)).toEqual([{ type: 'done', done: true, status_code: 200 }]);
    const req = server.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/tts/sse');
    expect(req.headers.accept).toBe('text/event-stream');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(req.body.toString('utf8'))).toEqual(sseParams);
  });

  it('parses events split across writes, with CRLF, comments and multi-line data', async () => {
    server.reply(
      eventStream([
        ': connected, this is a comment\r\n',
        'event: chunk\r\nid: 1\r\ndata: {"type":"chunk","do',
        'ne":false,"data":"AAEC","step_time":1.5}\r\n',
        '\r\n: ping\r\n\r\n',
        'data: {"type":"timestamps",\r\n',
        'data: "done":false,\r',
        '\ndata: "word_timestamps":{"words":["héllo","',
        snowman.subarray(0, snowmanSplit),
        Buffer.concat([snowman.subarray(snowmanSplit), Buffer.from('"],"start":[0,0.4],"end":[0.4,0.9]}}\r\n\r\n')]),
        'data:{"type":"chunk","done":false,"data":"BBBB"}\n\n',
        'data: {"type":"chunk","done":false,"data":"CCCC"}\r\rdata: [DONE]\r\n\r\n',
        'data: {"type":"done","done":true,"status_code":200}\r\n\r\n',
      ]),
    );
    const stream = await clientFor(server).tts.sse(sseParams);
    const events: TtsEvent[] = await within(collect(stream), 10_000, 'the stream did not end');
    expect(events).toEqual([
      { type: 'chunk', done: false, data: new Uint8Array([0, 1, 2]), step_time: 1.5 },
      { type: 'timestamps', done: false, word_timestamps: { words: ['héllo', 'wörld ☃'], start: [0, 0.4], end: [0.4, 0.9] } },
      { type: 'chunk', done: false, data: bytes('BBBB') },
      { type: 'chunk', done: false, data: bytes('CCCC') },
      { type: 'done', done: true, status_code: 200 },
    ]);
  });

  it('exposes the raw events (name, id, retry) and drops an unterminated last event', async () => {
    server.reply(
      eventStream([
        'retry: 2500\nevent: chunk\nid: e-1\ndata: one\n\n',
        'data: two\ndata:  indented\n\n',
        'event: custom\r\nid: e-3\r\ndata: three\r\n\r\n',
        'data: never terminated',
      ]),
    );
    const stream = await clientFor(server).tts.sse(sseParams);
    const events = await within(collect(stream.events()), 10_000, 'the stream did not end');
    expect(events).toEqual([
      { event: 'chunk', id: 'e-1', data: 'one', retry: 2500 },
      { event: 'message', id: 'e-1', data: 'two\n indented' },
      { event: 'custom', id: 'e-3', data: 'three' },
    ]);
    expect(() => stream.events()).toThrow(/already been read/);
  });

  it('throws StreamEventError for a payload with type "error", with its message, status and request id', async () => {
    const errorPayload = {
      type: 'error',
      done: true,
      status_code: 429,
      title: 'Rate limited',
      message: 'Too many concurrent generations',
      error_code: 'concurrency_limited',
      request_id: 'req_sse_1',
    };
    server.reply(
      eventStream([
        'data: {"type":"chunk","done":false,"data":"AAAA"}\r\n\r\n',
        `data: ${JSON.stringify(errorPayload)}\r\n\r\n`,
        'data: {"type":"chunk","done":false,"data":"NEVER"}\r\n\r\n',
      ]),
    );
    const stream = await clientFor(server).tts.sse(sseParams);
    const seen: TtsEvent[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ type: 'chunk', done: false, data: bytes('AAAA') }]);
    expect(error).toBeInstanceOf(StreamEventError);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(CartesiaError);
    const streamError = error as StreamEventError;
    expect(streamError.message).toBe('Too many concurrent generations');
    expect(streamError.status).toBe(429);
    expect(streamError.requestId).toBe('req_sse_1');
    expect(streamError.body).toEqual(errorPayload);
  });

  it('throws StreamEventError for an `event: error` with a non-JSON payload', async () => {
    server.reply(eventStream(['event: error\ndata: upstream exploded\n\n']));
    const stream = await clientFor(server).tts.sse(sseParams);
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamEventError);
    expect((error as StreamEventError).status).toBe(200);
    expect((error as StreamEventError).body).toBe('upstream exploded');
  });

  it('stops reading when the loop breaks: the server sees the connection close', async () => {
    server.reply((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      let n = 0;
      const timer = setInterval(
        () => res.write(`data: {"type":"chunk","done":false,"data":"${Buffer.from(String(n++)).toString('base64')}"}\n\n`),
        10,
      );
      res.on('close', () => clearInterval(timer));
    });
    const stream = await clientFor(server).tts.sse(sseParams);
    const seen: TtsEvent[] = [];
    for await (const event of stream) {
      seen.push(event);
      if (seen.length === 3) break;
    }
    expect(seen.map((e) => new TextDecoder().decode((e as { data: Uint8Array }).data))).toEqual(['0', '1', '2']);
    await within(server.requests[0]!.closed, 5_000, 'the server never saw the connection close');
    expect(server.requests[0]!.finished()).toBe(false);
  });

  it('rejects with the typed HTTP error when the stream request itself fails', async () => {
    server.reply(json(400, { message: 'voice not found', request_id: 'req_bad' }));
    const error = await clientFor(server, { maxRetries: 0 })
      .tts.sse(sseParams)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).requestId).toBe('req_bad');
  });
});
