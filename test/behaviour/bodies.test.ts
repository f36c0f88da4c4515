// Request bodies: JSON (merged params, nulls, extra fields) and multipart (every kind of file input,
// query parameters beside multipart fields, replay on retry), parsed on the server with busboy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFile, type Uploadable } from '../../generated/typescript/src/index.js';
import { API_KEY, clientFor, ttsParams, voice } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { fieldValues, parseMultipart } from './support/multipart.js';
import { json, text, type RecordedRequest } from './support/server.js';

const server = useTestServer();
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'behaviour-bodies-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const cloned = {
  id: 'voice_new',
  user_id: 'u1',
  access: 'private',
  visibility: 'owner',
  name: 'Clone',
  tagline: '',
  description: '',
  created_at: '2025-01-01T00:00:00Z',
  language: 'en',
};

function contentType(req: RecordedRequest): string {
  return String(req.headers['content-type'] ?? '');
}

describe('JSON bodies', () => {
  it('sends the params as a JSON object with content-type application/json', async () => {
    server.reply(text(200, 'RIFF', { 'content-type': 'audio/wav' }));
    const audio = await clientFor(server).tts.bytes(ttsParams);
    await audio.arrayBuffer();
    const req = server.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/tts/bytes');
    expect(contentType(req)).toBe('application/json');
    expect(req.headers.accept).toBe('audio/wav');
    expect(JSON.parse(req.body.toString('utf8'))).toEqual(ttsParams);
    expect(req.rawQuery).toBe('');
  });

  it('keeps explicit nulls, drops undefined fields and merges per-request extra body fields', async () => {
    server.reply(json(200, voice('v1')));
    await clientFor(server).voices.update(
      'v1',
      { gender: null, name: 'Renamed', description: undefined },
      { body: { experimental: { a: 1 } } },
    );
    const req = server.requests[0]!;
    expect(req.method).toBe('PATCH');
    expect(contentType(req)).toBe('application/json');
    expect(JSON.parse(req.body.toString('utf8'))).toEqual({ gender: null, name: 'Renamed', experimental: { a: 1 } });
  });

  it('sends non-ASCII text intact', async () => {
    server.reply(text(200, 'RIFF', { 'content-type': 'audio/wav' }));
    const transcript = 'Grüße, 世界! 🎙️ "quoted" \\ backslash';
    await (await clientFor(server).tts.bytes({ ...ttsParams, transcript })).arrayBuffer();
    expect(JSON.parse(server.requests[0]!.body.toString('utf8')).transcript).toBe(transcript);
  });
});

describe('multipart bodies', () => {
  const bytes = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x00, 0xff, 0x10, 0x0d, 0x0a, 0x2d, 0x2d]);

  async function cloneWith(clip: Uploadable): Promise<{ req: RecordedRequest; parts: Awaited<ReturnType<typeof parseMultipart>> }> {
    server.reply(json(200, cloned));
    const result = await clientFor(server).voices.clone({ clip, name: 'My clone', language: 'en', description: 'from a test' });
    expect(result).toEqual(cloned);
    const req = server.requests[server.requests.length - 1]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/voices/clone');
    expect(contentType(req)).toMatch(/^multipart\/form-data; boundary=/);
    expect(req.headers.authorization).toBe(`Bearer ${API_KEY}`);
    return { req, parts: await parseMultipart(req) };
  }

  it('sends a Uint8Array clip as a file part beside the text fields', async () => {
    const { parts } = await cloneWith(bytes);
    expect(parts.fields).toEqual([
      { name: 'name', value: 'My clone' },
      { name: 'language', value: 'en' },
      { name: 'description', value: 'from a test' },
    ]);
    expect(parts.files).toHaveLength(1);
    const file = parts.files[0]!;
    expect(file.name).toBe('clip');
    expect(file.filename).toBe('upload');
    expect([...file.data]).toEqual([...bytes]);
  });

  it('keeps the media type of a Blob and the name of a File', async () => {
    const blob = await cloneWith(new Blob([bytes], { type: 'audio/wav' }));
    expect(blob.parts.files[0]!.mimeType).toBe('audio/wav');
    expect([...blob.parts.files[0]!.data]).toEqual([...bytes]);
    const file = await cloneWith(new File([bytes], 'sample voice.wav', { type: 'audio/x-wav' }));
    expect(file.parts.files[0]!.filename).toBe('sample voice.wav');
    expect(file.parts.files[0]!.mimeType).toBe('audio/x-wav');
  });

  it('reads a Node stream whole and names the part after the file path', async () => {
    const content = randomBytes(300_000); // several stream chunks
    const file = path.join(tmp, 'speaker-one.wav');
    fs.writeFileSync(file, content);
    const { parts } = await cloneWith(fs.createReadStream(file));
    expect(parts.files[0]!.filename).toBe('speaker-one.wav');
    expect(Buffer.compare(parts.files[0]!.data, content)).toBe(0);
  });

  it('reads a web ReadableStream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 4));
        controller.enqueue(bytes.slice(4));
        controller.close();
      },
    });
    const { parts } = await cloneWith(stream);
    expect([...parts.files[0]!.data]).toEqual([...bytes]);
  });

  it('uses the name and type given with toFile', async () => {
    const { parts } = await cloneWith(toFile(bytes, 'clip.mp3', { type: 'audio/mpeg' }));
    expect(parts.files[0]).toMatchObject({ name: 'clip', filename: 'clip.mp3', mimeType: 'audio/mpeg' });
    expect([...parts.files[0]!.data]).toEqual([...bytes]);
    const text = await cloneWith(toFile('plain text contents', 'notes.txt'));
    expect(text.parts.files[0]!.filename).toBe('notes.txt');
    expect(text.parts.files[0]!.data.toString('utf8')).toBe('plain text contents');
  });

  it('sends toFile contents without a name or type as a file, not as JSON text', async () => {
    const { parts } = await cloneWith(toFile(bytes));
    expect(parts.fields.map((f) => f.name)).not.toContain('clip');
    expect(parts.files).toHaveLength(1);
    expect(parts.files[0]!.name).toBe('clip');
    expect([...parts.files[0]!.data]).toEqual([...bytes]);
    const stream = path.join(tmp, 'named-by-path.ogg');
    fs.writeFileSync(stream, bytes);
    const fromStream = await cloneWith(toFile(fs.createReadStream(stream)));
    expect(fromStream.parts.files[0]!.filename).toBe('named-by-path.ogg');
  });

  it('puts declared query parameters in the URL and the rest in the multipart body (stt.transcribe)', async () => {
    const audio = randomBytes(4096);
    server.reply(json(200, { type: 'transcript', text: 'hello world', request_id: 'req_1' }));
    const result = await clientFor(server).stt.transcribe({
      file: toFile(audio, 'speech.raw', { type: 'application/octet-stream' }),
      model: 'ink-whisper',
      language: 'en',
      'timestamp_granularities[]': ['word'],
      encoding: 'pcm_s16le',
      sample_rate: 16000,
    });
    expect(result.text).toBe('hello world');
    const req = server.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/stt');
    expect(req.query).toEqual({ encoding: 'pcm_s16le', sample_rate: '16000' });
    expect(contentType(req)).toMatch(/^multipart\/form-data; boundary=/);
    const parts = await parseMultipart(req);
    expect(parts.fields).toEqual([
      { name: 'model', value: 'ink-whisper' },
      { name: 'language', value: 'en' },
      { name: 'timestamp_granularities[]', value: 'word' },
    ]);
    expect(fieldValues(parts, 'encoding')).toEqual([]);
    expect(fieldValues(parts, 'sample_rate')).toEqual([]);
    expect(parts.files).toHaveLength(1);
    expect(parts.files[0]).toMatchObject({ name: 'file', filename: 'speech.raw' });
    expect(Buffer.compare(parts.files[0]!.data, audio)).toBe(0);
  });

  it('repeats a multipart array field once per value', async () => {
    server.reply(json(200, { type: 'transcript', text: '' }));
    await clientFor(server).stt.transcribe({
      file: bytes,
      model: 'ink-whisper',
      'timestamp_granularities[]': ['word', 'segment' as 'word'],
    });
    const parts = await parseMultipart(server.requests[0]!);
    expect(fieldValues(parts, 'timestamp_granularities[]')).toEqual(['word', 'segment']);
    expect(server.requests[0]!.rawQuery).toBe('');
  });

  it('sends the same multipart body again when it retries (a stream is read only once)', async () => {
    const content = randomBytes(100_000);
    const file = path.join(tmp, 'retry.wav');
    fs.writeFileSync(file, content);
    server.reply(json(503, { message: 'busy' }, { 'retry-after-ms': '0' }), json(200, cloned));
    await clientFor(server).voices.clone({ clip: fs.createReadStream(file), name: 'Retry', language: 'en' });
    expect(server.requests).toHaveLength(2);
    const [first, second] = await Promise.all(server.requests.map(parseMultipart));
    for (const parts of [first!, second!]) {
      expect(parts.fields).toEqual([
        { name: 'name', value: 'Retry' },
        { name: 'language', value: 'en' },
      ]);
      expect(parts.files[0]!.filename).toBe('retry.wav');
      expect(Buffer.compare(parts.files[0]!.data, content)).toBe(0);
    }
  });
});
