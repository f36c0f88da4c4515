// The client without its resources (`CartesiaCore` + the resource classes a program builds), and what
// importing the package loads: realtime sessions and event streams stay behind `import()` until first used.
import path from 'node:path';
import { Project, type SourceFile } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { Cartesia, CartesiaCore, MissingCredentialError, Tts, Voices } from '../../generated/typescript/src/index.js';
import { CARTESIA_OUT } from '../support/paths.js';
import { API_KEY, ttsParams, voice } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { json, text } from './support/server.js';

const server = useTestServer();

describe('CartesiaCore with the resource classes a program builds', () => {
  it('sends what the full client sends, with the same conventions', async () => {
    server.reply(text(200, 'RIFF', { 'content-type': 'audio/wav' }), json(200, voice('v1')));
    const core = new CartesiaCore({ apiKey: API_KEY, baseURL: server.url });
    const audio = await new Tts(core).bytes(ttsParams);
    expect(new TextDecoder().decode(await audio.bytes())).toBe('RIFF');
    expect((await new Voices(core).get('v1')).id).toBe('v1');

    const [tts, get] = server.requests;
    expect(`${tts!.method} ${tts!.path}`).toBe('POST /tts/bytes');
    expect(tts!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(tts!.headers['cartesia-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(`${get!.method} ${get!.path}`).toBe('GET /voices/v1');
  });

  it('is what the full client is built on, without the resource members', () => {
    const full = new Cartesia({ apiKey: API_KEY, baseURL: server.url });
    expect(full).toBeInstanceOf(CartesiaCore);
    const core = new CartesiaCore({ apiKey: API_KEY, baseURL: server.url });
    expect('tts' in core).toBe(false);
    expect(core.baseURL).toBe(full.baseURL);
  });

  it('checks its options as the full client does', () => {
    expect(() => new CartesiaCore({ apiKey: API_KEY, baseURL: 'http://api.example.com' })).toThrow(/https/i);
    const keyless = new CartesiaCore({ apiKey: null, baseURL: server.url });
    return expect(new Tts(keyless).bytes(ttsParams)).rejects.toBeInstanceOf(MissingCredentialError);
  });
});

/** Modules reached from `file` through imports and re-exports that are not type-only. */
function staticallyLoaded(entry: SourceFile): Set<string> {
  const seen = new Set<string>();
  const visit = (file: SourceFile): void => {
    const name = path.relative(path.join(CARTESIA_OUT, 'src'), file.getFilePath());
    if (seen.has(name)) return;
    seen.add(name);
    const declarations = [...file.getImportDeclarations(), ...file.getExportDeclarations()];
    for (const declaration of declarations) {
      if (declaration.isTypeOnly()) continue;
      const named = 'getNamedImports' in declaration ? declaration.getNamedImports() : declaration.getNamedExports();
      const clause = 'getImportClause' in declaration ? declaration.getImportClause() : undefined;
      const valueBinding =
        named.length === 0 ||
        named.some((n) => !n.isTypeOnly()) ||
        clause?.getDefaultImport() !== undefined ||
        clause?.getNamespaceImport() !== undefined;
      const target = declaration.getModuleSpecifierSourceFile();
      if (valueBinding && target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

describe('what importing the package loads', () => {
  it('leaves the realtime sessions, the socket code and the event-stream code for their first use', () => {
    const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: false } });
    project.addSourceFilesAtPaths(path.join(CARTESIA_OUT, 'src/**/*.ts'));
    const loaded = staticallyLoaded(project.getSourceFileOrThrow(path.join(CARTESIA_OUT, 'src/index.ts')));
    // The import graph was followed (a broken walk would "pass" with nothing loaded).
    expect(loaded).toContain('core/base-client.ts');
    expect(loaded).toContain('resources/tts.ts');
    const lazy = [...loaded].filter((file) =>
      /^(realtime\/|core\/(channel-session|channel-contexts|channel-connect|websocket|event-queue|sse|streaming)\.ts$)/.test(file),
    );
    expect(lazy).toEqual([]);
  });
});
