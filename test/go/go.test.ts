// The generated Go client (generated/go, from spec/cartesia.yaml with templates/go): committed output up to date,
// gofmt-clean, vet-clean, building, its runtime byte for byte as templates/go/runtime has it, and its Go tests passing
// offline.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listFiles } from '../../generator/render/template-set.js';
import { runCli } from '../support/cli.js';
import { REPO, tempDir } from '../support/paths.js';
import { goSync } from './support.js';

const MODULE = path.join(REPO, 'generated/go');
const RUNTIME = path.join(REPO, 'templates/go/runtime/core');
const REALTIME = path.join(REPO, 'templates/go/runtime/realtime');

describe('the generated Go client', () => {
  it('is what the generator makes from the spec (--check)', () => {
    const result = runCli(['generate', '--templates', 'templates/go', '--out', 'generated/go', '--check'], REPO, true);
    expect(result.stdout + result.stderr).toContain('is up to date');
    expect(result.status).toBe(0);
  }, 120_000);

  it('is a Go 1.24 module named from the spec', () => {
    const gomod = fs.readFileSync(path.join(MODULE, 'go.mod'), 'utf8');
    expect(gomod).toMatch(/^module cartesia-gen\/client\n\ngo 1\.24\n/);
    expect(fs.readFileSync(path.join(MODULE, 'client.go'), 'utf8')).toContain('package cartesia\n');
  });

  it('requires coder/websocket, pinned with the sums the realtime runtime is tested with', () => {
    const gomod = fs.readFileSync(path.join(MODULE, 'go.mod'), 'utf8');
    expect(gomod).toContain('\nrequire github.com/coder/websocket v1.8.15\n');
    expect(fs.readFileSync(path.join(MODULE, 'go.sum'), 'utf8')).toBe(fs.readFileSync(path.join(REPO, 'test/go/realtime/go.sum'), 'utf8'));
  });

  it('holds the runtime byte for byte as templates/go/runtime/core and runtime/realtime have it', () => {
    for (const [source, target] of [
      [RUNTIME, 'internal/core'],
      [REALTIME, 'internal/realtime'],
    ] as const) {
      const sources = listFiles(source);
      expect(listFiles(path.join(MODULE, target))).toEqual(sources);
      for (const file of sources)
        expect(fs.readFileSync(path.join(MODULE, target, file), 'utf8'), file).toBe(fs.readFileSync(path.join(source, file), 'utf8'));
    }
  });

  it('is gofmt-clean, runtime sources included', () => {
    for (const dir of [MODULE, RUNTIME, REALTIME]) {
      const result = goSync(['-l', '.'], dir, 'gofmt');
      expect(result.output).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it('passes go vet and go build', () => {
    const vet = goSync(['vet', './...'], MODULE);
    expect(vet.output).toBe('');
    expect(vet.status).toBe(0);
    const build = goSync(['build', './...'], MODULE);
    expect(build.status, build.output).toBe(0);
  }, 300_000);

  it('passes its Go tests offline (the runtime against httptest servers)', () => {
    const result = goSync(['test', '-count=1', './...'], MODULE);
    expect(result.output).toMatch(/^ok\s+cartesia-gen\/client\/internal\/core/m);
    expect(result.output).toMatch(/^ok\s+cartesia-gen\/client\/internal\/realtime/m);
    expect(result.output).not.toMatch(/FAIL|no test files.*internal\/(core|realtime)/);
    expect(result.status, result.output).toBe(0);
  }, 300_000);

  it('has README examples that are whole programs passing go vet against the module', () => {
    const readme = fs.readFileSync(path.join(MODULE, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```go\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const { dir, cleanup } = tempDir('go-readme-');
    try {
      fs.cpSync(MODULE, dir, { recursive: true });
      blocks.forEach((code, i) => {
        fs.mkdirSync(path.join(dir, 'examples', `example${i + 1}`), { recursive: true });
        fs.writeFileSync(path.join(dir, 'examples', `example${i + 1}`, 'main.go'), code);
      });
      const vet = goSync(['vet', './examples/...'], dir);
      expect(vet.output).toBe('');
      expect(vet.status).toBe(0);
      expect(goSync(['-l', 'examples'], dir, 'gofmt').output, 'examples are gofmt-clean').toBe('');
    } finally {
      cleanup();
    }
  }, 300_000);

  it("declares every runtime name the manifest's surface lists, and nothing else from the runtime", () => {
    const manifest = parse(fs.readFileSync(path.join(REPO, 'templates/go/manifest.yaml'), 'utf8')) as {
      surface: { runtimeValues: string[]; runtimeTypes: string[] };
    };
    const code = ['client.go', 'errors.go'].map((f) => fs.readFileSync(path.join(MODULE, f), 'utf8')).join('\n');
    const declared = (pattern: RegExp) => new Set([...code.matchAll(pattern)].map((m) => m[1]!));
    const functions = declared(/^func ([A-Z]\w*)/gm);
    // Types that are the runtime's own: aliases of internal/core and internal/realtime (the status error types come from the IR).
    const aliases = declared(/^\t?(?:type )?([A-Z]\w*)(?:\[T any\])? += (?:core|realtime)\./gm);
    expect([...functions].sort()).toEqual([...manifest.surface.runtimeValues].sort());
    expect([...aliases].sort()).toEqual([...manifest.surface.runtimeTypes].sort());
  });
});
