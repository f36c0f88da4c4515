// Form fields as the spec's `encoding` declares them: infill's output_format as bracket parts (busboy parses
// what the loopback server received), every style of the runtime for multipart and urlencoded bodies, and
// values a style cannot express refused before anything is sent.
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../generated/typescript/src/index.js';
import { prepareRequest } from '../../generated/typescript/src/core/request-builder.js';
import type { FieldWire, OperationSpec } from '../../generated/typescript/src/core/types.js';
import { clientFor } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { parseMultipart } from './support/multipart.js';
import type { Handler } from './support/server.js';

const server = useTestServer();
const WAV = Buffer.from('RIFF\x04\x00\x00\x00WAVE', 'latin1');
const wav: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'audio/wav' });
  res.end(WAV);
};

describe('infill output_format on the wire', () => {
  it('goes as output_format[key] text parts, numbers as digits, never as one JSON part', async () => {
    server.reply(wav);
    const audio = await clientFor(server).infill.bytes({
      left_audio: new Uint8Array([1, 2, 3]),
      transcript: 'in between',
      output_format: { container: 'mp3', sample_rate: 44100, bit_rate: 128000 },
    });
    expect(Buffer.from(await audio.bytes())).toEqual(WAV);
    const parts = await parseMultipart(server.requests.at(-1)!);
    expect(parts.fields).toEqual([
      { name: 'transcript', value: 'in between' },
      { name: 'output_format[container]', value: 'mp3' },
      { name: 'output_format[sample_rate]', value: '44100' },
      { name: 'output_format[bit_rate]', value: '128000' },
    ]);
    expect(parts.files.map((f) => [f.name, [...f.data]])).toEqual([['left_audio', [1, 2, 3]]]);
  });

  it('refuses an output_format holding an array, and sends nothing', async () => {
    const before = server.requests.length;
    const call = clientFor(server, { maxRetries: 0 }).infill.bytes({
      transcript: 'x',
      output_format: { container: 'wav', encoding: 'pcm_s16le', sample_rate: [8000, 16000] as unknown as 8000 },
    });
    await expect(call).rejects.toThrow(InvalidRequestError);
    await expect(call).rejects.toThrow(/"output_format\[sample_rate\]" holds an array/);
    expect(server.requests.length).toBe(before);
  });
});

const FIELDS: Record<string, FieldWire> = {
  meta: { style: 'deepObject', explode: true },
  opts: { style: 'json', explode: true },
  pipes: { style: 'pipeDelimited', explode: false },
  spaces: { style: 'spaceDelimited', explode: false },
  commas: { style: 'form', explode: false },
  repeat: { style: 'form', explode: true },
  point: { style: 'form', explode: true },
  pair: { style: 'form', explode: false },
};
const VALUES = {
  meta: { source: 'cli', origin: { host: 'h', port: 8080 }, skip: undefined },
  opts: { dedupe: true, n: [1, 2] },
  pipes: ['a', 'b'],
  spaces: ['a', 'b'],
  commas: [1, 2],
  repeat: ['x', 'y'],
  point: { x: 1, y: 2 },
  pair: { k: 'v', n: 3 },
  loose: { a: 1 },
};
const EXPECTED = [
  ['meta[source]', 'cli'],
  ['meta[origin][host]', 'h'],
  ['meta[origin][port]', '8080'],
  ['opts', '{"dedupe":true,"n":[1,2]}'],
  ['pipes', 'a|b'],
  ['spaces', 'a b'],
  ['commas', '1,2'],
  ['repeat', 'x'],
  ['repeat', 'y'],
  ['x', '1'],
  ['y', '2'],
  ['pair', 'k,v,n,3'],
];

function prepare(encoding: 'multipart' | 'form', params: Record<string, unknown>) {
  const op: OperationSpec = {
    method: 'POST',
    path: '/x',
    body: { encoding, contentType: 'multipart/form-data', merged: true, required: true, fields: FIELDS },
    response: { kind: 'none' },
    security: [],
  };
  return prepareRequest({ baseURL: 'http://h', op, pathValues: {}, params, options: {}, clientHeaders: {}, credentialQuery: [] });
}

describe('every declared style', () => {
  it('as multipart parts; an undeclared object stays one JSON part (OpenAPI default)', async () => {
    const { body } = await prepare('multipart', VALUES);
    const parts = [...(body as FormData).entries()];
    expect(parts).toEqual([...EXPECTED, ['loose', '{"a":1}']]);
  });

  it('as urlencoded pairs; an undeclared object stays a[b] pairs (the historic default)', async () => {
    const { body } = await prepare('form', VALUES);
    expect([...new URLSearchParams(String(body))]).toEqual([...EXPECTED, ['loose[a]', '1']]);
    expect(String(body)).toContain('meta[origin][port]=8080');
  });

  it.each([
    ['meta', { tags: ['a'] }, /"meta\[tags\]" holds an array/],
    ['meta', { inner: { clip: new Blob(['RIFF']) } }, /"meta\[inner\]\[clip\]" holds a file/],
    ['meta', ['a'], /pass an object/],
    ['repeat', [{ a: 1 }], /cannot carry a nested object or array/],
    ['point', { x: [1] }, /at point\.x/],
  ])('refuses %s = %j', async (field, value, message) => {
    await expect(async () => prepare('multipart', { [field]: value })).rejects.toThrow(message);
    await expect(async () => prepare('multipart', { [field]: value })).rejects.toThrow(InvalidRequestError);
  });

  it('refuses a file in a urlencoded field', () => {
    expect(() => prepare('form', { repeat: [new Uint8Array([1])] })).toThrow(/urlencoded body cannot carry/);
  });
});
