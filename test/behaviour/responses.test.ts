// Response kinds: JSON, withResponse, 204, text, and binary audio handed over as a stream (not buffered),
// released when the caller stops reading.
import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIResponseParseError, BinaryResponse, type Voice } from '../../generated/typescript/src/index.js';
import { clientFor, ttsParams, voice } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { deferred, empty, json, text, within } from './support/server.js';

const server = useTestServer();

const decoder = new TextDecoder();

describe('JSON, empty and text responses', () => {
  it('resolves to the parsed JSON body', async () => {
    const body = { ...voice('v1'), gender: 'feminine', preview_file_url: null, extra_field: [1, 2] };
    server.reply(json(200, body));
    const result: Voice = await clientFor(server).voices.get('v1');
    expect(result).toEqual(body);
    expect(result.gender).toBe('feminine');
  });

  it('withResponse() gives the data and the raw response', async () => {
    server.reply(json(201, voice('v2'), { 'x-request-id': 'req_abc', 'cartesia-file-id': 'f1' }));
    const { data, response } = await clientFor(server).voices.get('v2').withResponse();
    expect(data).toEqual(voice('v2'));
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req_abc');
    expect(response.headers.get('cartesia-file-id')).toBe('f1');
  });

  it('asResponse() gives the raw response with its body unread', async () => {
    server.reply(json(200, voice('v3')));
    const response = await clientFor(server).voices.get('v3').asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual(voice('v3'));
  });

  it('resolves a 204 to undefined', async () => {
    server.reply(empty(204));
    const client = clientFor(server);
    await expect(client.voices.delete('v1')).resolves.toBeUndefined();
    expect(server.requests[0]!.method).toBe('DELETE');
    expect(server.requests[0]!.path).toBe('/voices/v1');
  });

  it('resolves a text response to the string (CSV export)', async () => {
    const csv = 'id,metric,value\r\nr1,politeness,0.9\r\nr2,"a, b",ünï\r\n';
    server.reply(text(200, csv, { 'content-type': 'text/csv; charset=utf-8' }));
    const result = await clientFor(server).agents.metrics.results.export({ agent_id: 'agent_1', start_date: '2025-01-01T00:00:00Z' });
    expect(result).toBe(csv);
    const req = server.requests[0]!;
    expect(req.path).toBe('/agents/metrics/results/export');
    expect(req.query).toEqual({ agent_id: 'agent_1', start_date: '2025-01-01T00:00:00Z' });
    expect(req.headers.accept).toBe('text/csv');
  });

  it('does not parse a text response that looks like JSON', async () => {
    server.reply(text(200, '{"not":"parsed"}', { 'content-type': 'text/csv' }));
    await expect(clientFor(server).agents.metrics.results.export()).resolves.toBe('{"not":"parsed"}');
  });

  it('rejects an unparseable JSON body with APIResponseParseError', async () => {
    server.reply(text(200, '{"id": "v1", truncated', { 'content-type': 'application/json' }));
    const error = await clientFor(server)
      .voices.get('v1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect((error as APIResponseParseError).status).toBe(200);
    expect((error as APIResponseParseError).headers.get('content-type')).toBe('application/json');
  });
});

describe('binary responses', () => {
  it('resolves to a BinaryResponse whose body can be read whole', async () => {
    const wav = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 1, 2, 255, 254])]);
    server.reply((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav', 'cartesia-file-id': 'file_1' });
      res.end(wav);
    });
    const audio = await clientFor(server).tts.bytes(ttsParams);
    expect(audio).toBeInstanceOf(BinaryResponse);
    expect(audio.status).toBe(200);
    expect(audio.contentType).toBe('audio/wav');
    expect(audio.headers.get('cartesia-file-id')).toBe('file_1');
    const buffer = await audio.arrayBuffer();
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    expect(Buffer.compare(Buffer.from(buffer), wav)).toBe(0);
    await expect(audio.arrayBuffer()).rejects.toThrow(/already been read/);
  });

  it('streams: the first chunk reaches the caller while the server still holds the response open', async () => {
    const release = deferred();
    server.reply(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.write('first-chunk');
      await release.promise;
      res.end('|last-chunk');
    });
    const audio = await within(clientFor(server).tts.bytes(ttsParams), 10_000, 'the client waited for the whole body');
    const body = audio.body;
    expect(body).toBeInstanceOf(ReadableStream);
    expect(() => audio.body).toThrow(/already been read/);
    const reader = body.getReader();
    const first = await within(reader.read(), 10_000, 'the first chunk never arrived on its own');
    expect(first.done).toBe(false);
    expect(decoder.decode(first.value)).toBe('first-chunk');
    expect(server.requests[0]!.finished()).toBe(false);
    release.resolve();
    let rest = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      rest += decoder.decode(value, { stream: true });
    }
    expect(rest).toBe('|last-chunk');
    await server.requests[0]!.closed;
    expect(server.requests[0]!.finished()).toBe(true);
  });

  it('iterates Uint8Array chunks with for await, as they arrive', async () => {
    const gates = [deferred(), deferred()];
    server.reply(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.write(Buffer.from([1, 2, 3]));
      await gates[0]!.promise;
      res.write(Buffer.from([4, 5]));
      await gates[1]!.promise;
      res.end(Buffer.from([6]));
    });
    const audio = await clientFor(server).tts.bytes(ttsParams);
    const received: number[][] = [];
    const consume = async (): Promise<void> => {
      for await (const chunk of audio) {
        expect(chunk).toBeInstanceOf(Uint8Array);
        received.push([...chunk]);
        // Each chunk must come through before the server is allowed to write the next one.
        gates[received.length - 1]?.resolve();
      }
    };
    await within(consume(), 10_000, 'chunks did not come through one by one');
    expect(received.flat()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(received.length).toBeGreaterThanOrEqual(3);
  });

  it('breaking out of for await releases the connection: the server sees it close', async () => {
    let writes = 0;
    server.reply((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      const timer = setInterval(() => {
        writes++;
        res.write(Buffer.alloc(1024, writes % 256));
      }, 10);
      res.on('close', () => clearInterval(timer));
    });
    const audio = await clientFor(server).tts.bytes(ttsParams);
    let chunks = 0;
    for await (const chunk of audio) {
      expect(chunk.byteLength).toBeGreaterThan(0);
      if (++chunks === 2) break;
    }
    const exchange = server.requests[0]!;
    await within(exchange.closed, 5_000, 'the server never saw the connection close after break');
    expect(exchange.finished()).toBe(false);
  });

  it('cancel() releases the connection without reading the body', async () => {
    server.reply((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.write('x');
      const timer = setInterval(() => res.write('more'), 10);
      res.on('close', () => clearInterval(timer));
    });
    const audio = await clientFor(server).tts.bytes(ttsParams);
    await audio.cancel();
    await within(server.requests[0]!.closed, 5_000, 'the server never saw the connection close after cancel()');
    expect(server.requests[0]!.finished()).toBe(false);
  });

  it('a connection reset in the middle of the audio is a typed APIConnectionError, for iteration and arrayBuffer()', async () => {
    server.always((_req, res) => {
      res.writeHead(200, { 'content-type': 'audio/wav' });
      res.write(Buffer.alloc(1024, 7));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const iterated = await (async () => {
      let bytes = 0;
      for await (const chunk of await clientFor(server).tts.bytes(ttsParams)) bytes += chunk.byteLength;
      return bytes;
    })().catch((e: unknown) => e);
    expect(iterated).toBeInstanceOf(APIConnectionError);
    expect((iterated as Error).message).toMatch(/Connection lost while streaming/);
    const whole = await (await clientFor(server).tts.bytes(ttsParams)).arrayBuffer().catch((e: unknown) => e);
    expect(whole).toBeInstanceOf(APIConnectionError);
  });

  it('downloads call audio as a binary stream too', async () => {
    server.reply(text(200, 'WAVDATA', { 'content-type': 'audio/wav' }));
    const audio = await clientFor(server).agents.calls.downloadAudio('call/1');
    expect(decoder.decode(await audio.bytes())).toBe('WAVDATA');
    expect(server.requests[0]!.path).toBe('/agents/calls/call%2F1/audio');
  });
});
