// Open enums (issue 18, point 3): code that passes a model id or language from a variable type-checks against
// the committed Cartesia client under --strict, while a closed enum still rejects a value it does not list.
import fs from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { CARTESIA_OUT, tempDir } from '../support/paths.js';
import { STRICT_OPTIONS } from '../support/typecheck.js';

// Ordinary user code. Each `@ts-expect-error` line must fail to compile (tsc reports an unused directive).
const USER_CODE = `
import { Cartesia, type AttachVoiceAccent, type SupportedLanguage, type TTSModel, type VoiceAccent } from './src/index.js';

const client = new Cartesia({ apiKey: 'sk-test' });
const model_id: string = process.env.MODEL ?? 'sonic-3';
const language: string = process.env.LANGUAGE ?? 'en';
export const audio = client.tts.bytes({
  model_id,
  language,
  transcript: 'Hello',
  voice: 'a0e99841-438c-4a64-b679-ae501e7d6091',
  output_format: { container: 'raw', encoding: 'pcm_f32le', sample_rate: 44100 },
});
// The known values are still part of the type, for editors to offer.
export const known: TTSModel = 'sonic-3';
export const newer: TTSModel = 'sonic-4-not-yet-listed';
export const lang: SupportedLanguage = 'ur';
// Accents are a growing catalog (GET /accents); the ids a voice can have attached are a closed list.
export const accent: VoiceAccent = process.env.ACCENT ?? 'southern-us';
// @ts-expect-error not an attachable accent
export const attach: AttachVoiceAccent = 'klingon';

export const closed = client.tts.bytes({
  model_id: 'sonic-3',
  transcript: 'Hello',
  voice: { id: 'a0e99841-438c-4a64-b679-ae501e7d6091' },
  // @ts-expect-error the container is a closed enum: the server rejects any other value
  output_format: { container: 'ogg', encoding: 'pcm_f32le', sample_rate: 44100 },
});
`;

function diagnostics(code: string): string[] {
  const { dir, cleanup } = tempDir('open-enums-');
  try {
    fs.cpSync(path.join(CARTESIA_OUT, 'src'), path.join(dir, 'src'), { recursive: true });
    fs.copyFileSync(path.join(CARTESIA_OUT, 'package.json'), path.join(dir, 'package.json'));
    fs.writeFileSync(path.join(dir, 'user.ts'), code);
    // `process.env` needs Node's types.
    const project = new Project({
      compilerOptions: { ...STRICT_OPTIONS, types: ['node'], typeRoots: [path.resolve('node_modules/@types')] },
      skipAddingFilesFromTsConfig: true,
    });
    project.addSourceFilesAtPaths([`${dir}/src/**/*.ts`, `${dir}/user.ts`]);
    return project
      .getPreEmitDiagnostics()
      .map(
        (d) =>
          `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string, '\n')}`,
      );
  } finally {
    cleanup();
  }
}

describe('open enums in generated/typescript', () => {
  it('accept any string for model ids and languages, and keep closed enums closed, under --strict', () => {
    expect(diagnostics(USER_CODE)).toEqual([]);
  });

  it('still reject an unlisted value of a closed enum (the check above is not vacuous)', () => {
    const problems = diagnostics(USER_CODE.replaceAll('// @ts-expect-error', '//'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^user\.ts:\d+: Type '"klingon"' is not assignable to type 'AttachVoiceAccent'/);
    expect(problems[1]).toMatch(/^user\.ts:\d+: Type '"ogg"' is not assignable/);
  });
});
