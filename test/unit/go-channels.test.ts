// The Go set's channel helpers (templates/go/helpers/channels.ts) on the realtime golden spec: which fields a
// context's settings and a command's fields keep, when the fields are required, and what the methods look like.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIR } from '../../generator/ir/build-ir.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { GoHelpers, importsOf } from '../../templates/go/helpers.js';
import { goExported } from '../../templates/go/helpers/names.js';
import { renderDeclaration } from '../../templates/go/helpers/render.js';
import { REPO } from '../support/paths.js';

let go: GoHelpers;
const declared = (name: string): string => {
  const decl = go.printer.declarations.find((d) => d.name === name);
  if (!decl) throw new Error(`${name} is not declared`);
  return renderDeclaration(decl);
};

beforeAll(() => {
  go = new GoHelpers(buildIR(loadSpec(path.join(REPO, 'test/golden/realtime/spec.yaml')).source).model);
});

describe('Go channels', () => {
  it('spells websocket as WebSocket in exported names', () => {
    expect(goExported('websocket')).toBe('WebSocket');
    expect(goExported('TtsWebsocketSession')).toBe('TTSWebSocketSession');
  });

  it('opens a root channel from the client and a resource channel from its service', () => {
    expect(go.root.channels.map((c) => c.method)).toEqual(['Listen']);
    const speech = [...go.services.values()].find((s) => s.typeName === 'SpeechService')!;
    expect(speech.channels.map((c) => c.method)).toEqual(['Live']);
    expect(go.root.channels[0]!.methodCode('Client')).toContain(
      'func (s *Client) Listen(ctx context.Context, params ListenParams, opts ...option.RequestOption) (*ListenSession, error)',
    );
  });

  it('leaves out of the settings what the commands fill (context id, argument, fixed fields)', () => {
    const settings = declared('SpeechLiveSettings');
    expect(settings).toMatch(/\tVoice +string +`json:"voice"`/);
    expect(settings).not.toMatch(/json:"(text|more|stream)/);
  });

  it('makes a command`s fields optional (variadic) beside settings, required when the schema requires them', () => {
    const speech = [...go.services.values()].find((s) => s.typeName === 'SpeechService')!.channels[0]!.declarations;
    // say and append leave out the same fields of the same schema: one type serves both.
    expect(speech).toContain('Say(ctx context.Context, text string, fields ...SpeechLiveSayFields) error');
    expect(speech).toContain('Append(ctx context.Context, text string, fields ...SpeechLiveSayFields) error');
    expect(speech).toContain('Stop(ctx context.Context) error');
    expect(declared('SpeechLiveSayFields')).toMatch(/\tVoice +\*string +`json:"voice,omitempty"`/);
    const listen = go.root.channels[0]!.declarations;
    expect(listen).toContain('Tune(ctx context.Context, fields ListenTuneFields) error');
    expect(declared('ListenTuneFields')).not.toContain('json:"op"');
    expect(listen).toContain('var commandListenCommit = &realtime.Command{Text: "COMMIT"}');
    expect(listen).toContain('var commandListenTune = &realtime.Command{Set: map[string]any{"op": "tune"}}');
  });

  it('imports the realtime runtime where channel code uses it', () => {
    expect(importsOf('var x = realtime.Config{}\n', 'm/x')).toContain('"m/x/internal/realtime"');
    expect(importsOf('// realtime.Config\n', 'm/x')).toBe('');
  });
});
