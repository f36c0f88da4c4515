// The README task guide's picks (generator/render/helpers/guide.ts) on real specs: what each task shows is chosen
// by what operations and channels do, never by their names.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIR } from '../../generator/ir/build-ir.js';
import type { ApiModel, Operation } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { Guide, guideFileName } from '../../generator/render/helpers/guide.js';
import { CARTESIA_SPEC, REPO } from '../support/paths.js';

function model(file: string): ApiModel {
  return buildIR(loadSpec(file).source).model;
}

const id = (op: Operation | undefined) => op && [...op.resourcePath, op.name].join('.');

describe('task guide picks', () => {
  const cartesia = new Guide(model(CARTESIA_SPEC));

  it('bytes to a file, events, and the upload beside the audio channel (not the first upload of the spec)', () => {
    expect(id(cartesia.download())).toBe('tts.bytes');
    expect(id(cartesia.events())).toBe('tts.sse');
    expect(id(cartesia.upload())).toBe('stt.transcribe');
    expect(cartesia.audioChannel()?.id).toBe('stt.websocket');
    expect(cartesia.audioEnd(cartesia.audioChannel()!)?.name).toBe('end');
  });

  it("a context channel's push and end commands, with the spec's example text", () => {
    const context = cartesia.context()!;
    expect([context.channel.id, context.push.name, context.end.name]).toEqual(['tts.websocket', 'push', 'end']);
    expect(context.text).toMatch(/^[A-Z][^.]* [^.]*[.!]/);
  });

  it('an audio channel ends with a command that needs nothing from the caller; no end command, no context task', () => {
    const realtime = new Guide(model(path.join(REPO, 'test/golden/realtime/spec.yaml')));
    expect(realtime.context()).toBeUndefined();
    const channel = realtime.audioChannel()!;
    expect(channel.send.map((c) => c.name)).toEqual(['commit', 'tune']);
    expect(realtime.audioEnd(channel)?.name).toBe('commit');
  });

  it('names the saved file after the media type', () => {
    const withType = (contentType: string | undefined) => ({ response: { contentType } }) as unknown as Operation;
    expect(guideFileName(withType('audio/wav'))).toBe('output.wav');
    expect(guideFileName(withType('audio/mpeg'))).toBe('output.mp3');
    expect(guideFileName(withType('audio/x-flac'))).toBe('output.flac');
    expect(guideFileName(withType('application/octet-stream'))).toBe('output.bin');
    expect(guideFileName(withType(undefined))).toBe('output.bin');
  });
});
