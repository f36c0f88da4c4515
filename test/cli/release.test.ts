// The public-API report, CHANGELOG.md and version bump as users meet them: generate a small API, change its spec
// the ways an API evolves, and read what `generate` prints and writes for both template sets.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/render/template-set.js';
import { runCli } from '../support/cli.js';
import { REPO, tempDir } from '../support/paths.js';
import { treeHash } from '../support/tree-hash.js';

const PY_TEMPLATES = path.join(REPO, 'templates/python');

const SPEC_V1 = `openapi: 3.1.0
info: { title: Voices, version: 0.1.0 }
servers: [{ url: https://voices.example.com }]
paths:
  /voices:
    get:
      operationId: voices.list
      parameters:
        - { name: limit, in: query, schema: { type: integer } }
      responses:
        '200': { description: Voices., content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Voice' } } } } }
    post:
      operationId: voices.create
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: '#/components/schemas/VoiceCreate' } } }
      responses:
        '200': { description: The voice., content: { application/json: { schema: { $ref: '#/components/schemas/Voice' } } } }
components:
  schemas:
    Language: { type: string, enum: [en, fr], x-extensible-enum: true }
    Gender: { type: string, enum: [feminine, masculine, neutral] }
    Voice:
      type: object
      required: [id, name]
      properties:
        id: { type: string }
        name: { type: string }
        is_public: { type: boolean }
    VoiceCreate:
      type: object
      required: [name, language]
      properties:
        name: { type: string }
        description: { type: string }
        language: { $ref: '#/components/schemas/Language' }
        gender: { $ref: '#/components/schemas/Gender' }
`;

// Removes an output field, adds an operation, adds a value to the open enum, narrows the closed enum (an input),
// and makes an input field required: three breaking changes, so a major release.
const SPEC_V2 = SPEC_V1.replace('        is_public: { type: boolean }\n', '')
  .replace('enum: [en, fr]', 'enum: [en, fr, de]')
  .replace('enum: [feminine, masculine, neutral]', 'enum: [feminine, masculine]')
  .replace('required: [name, language]', 'required: [name, language, description]')
  .replace(
    'components:',
    `  /voices/{id}:
    delete:
      operationId: voices.delete
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '204': { description: Deleted. }
components:`,
  );

let work: ReturnType<typeof tempDir>;
let spec: string;
beforeAll(() => {
  work = tempDir('release-');
  spec = path.join(work.dir, 'spec.yaml');
});
afterAll(() => work.cleanup());

function generate(out: string, templates?: string, check = false): { status: number | null; stdout: string; stderr: string } {
  return runCli([
    'generate',
    '--spec',
    spec,
    '--out',
    out,
    ...(templates ? ['--templates', templates] : []),
    ...(check ? ['--check'] : []),
  ]);
}

describe('public-API report, changelog and version across regenerations', () => {
  it('a first generation, a breaking regeneration, then a regeneration with nothing changed (TypeScript)', () => {
    const out = path.join(work.dir, 'ts');
    fs.writeFileSync(spec, SPEC_V1);
    const first = generate(out);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Public API of voices: first generation, version 0.1.0 (2 operations, 4 schemas)');
    expect(JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')).version).toBe('0.1.0');
    const changelog = path.join(out, 'CHANGELOG.md');
    expect(fs.readFileSync(changelog, 'utf8')).toBe('# Changelog\n\n## 0.1.0\n\nFirst generation: 2 operations, 4 schemas.\n');
    // A maintainer's note in the changelog survives the next generation.
    fs.writeFileSync(changelog, fs.readFileSync(changelog, 'utf8') + '\nHand-written: thanks to the beta testers.\n');

    fs.writeFileSync(spec, SPEC_V2);
    const second = generate(out);
    expect(second.status, second.stderr).toBe(0);
    const report = second.stdout;
    expect(report).toMatch(/Public API of voices: \d+ changes — a major \(breaking\) release: 0\.1\.0 → 1\.0\.0/);
    const breaking = report.slice(report.indexOf('Breaking ('), report.indexOf('Added ('));
    expect(breaking).toContain('field Voice.is_public removed');
    expect(breaking).toContain('enum Gender narrowed: values -"neutral"');
    expect(breaking).toContain('field VoiceCreate.description narrowed: optional → required');
    const added = report.slice(report.indexOf('Added ('), report.indexOf('Other ('));
    expect(added).toContain('operation voices.delete added');
    // Its parameter and response come with it, not as changes of their own.
    expect(report).not.toContain('voices.delete(id)');
    // A known value more in an open enum is no breaking change.
    expect(report.slice(report.indexOf('Other ('))).toContain('enum Language widened: values +"de"');
    expect(breaking).not.toContain('Language');

    const text = fs.readFileSync(changelog, 'utf8');
    expect(text.startsWith('# Changelog\n\n## 1.0.0\n\nA major (breaking) release: ')).toBe(true);
    expect(text).toContain('### Breaking changes\n\n- enum `Gender` narrowed: values -"neutral"\n');
    expect(text).toContain('- operation `voices.delete` added\n');
    expect(text.indexOf('## 1.0.0')).toBeLessThan(text.indexOf('## 0.1.0'));
    expect(text).toContain('Hand-written: thanks to the beta testers.');
    // The console names every change the changelog lists (none abbreviated).
    const entry = text.slice(0, text.indexOf('## 0.1.0'));
    const listed = [...entry.matchAll(/^- (.+)$/gm)].map((m) => m[1]!.replace(/`/g, ''));
    expect(listed.length).toBeGreaterThan(4);
    for (const line of listed) expect(report).toContain(line);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')).version).toBe('1.0.0');
    expect(JSON.parse(fs.readFileSync(path.join(out, '.api-surface.json'), 'utf8')).version).toBe('1.0.0');

    const before = treeHash(out);
    const third = generate(out);
    expect(third.stdout).toContain('Public API of voices: unchanged (version 1.0.0)');
    expect(third.stdout).toMatch(/ 0 written /);
    expect(treeHash(out), 'a regeneration with nothing changed changes nothing').toBe(before);
    const check = generate(out, undefined, true);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout, '--check prints no report').not.toContain('Public API');
  });

  it('additions alone are a minor release; the Python package carries the bumped version too', () => {
    const out = path.join(work.dir, 'py');
    fs.writeFileSync(spec, SPEC_V1);
    expect(generate(out, PY_TEMPLATES).status).toBe(0);
    expect(fs.readFileSync(path.join(out, 'pyproject.toml'), 'utf8')).toMatch(/^version = "0\.1\.0"$/m);
    fs.writeFileSync(
      spec,
      SPEC_V1.replace('        is_public: { type: boolean }\n', '        is_public: { type: boolean }\n        accent: { type: string }\n'),
    );
    const minor = generate(out, PY_TEMPLATES);
    expect(minor.stdout).toContain('Public API of voices: 1 change — a minor release: 0.1.0 → 0.2.0');
    expect(minor.stdout).toContain('field Voice.accent added');
    expect(fs.readFileSync(path.join(out, 'pyproject.toml'), 'utf8')).toMatch(/^version = "0\.2\.0"$/m);
    fs.writeFileSync(spec, SPEC_V2);
    expect(generate(out, PY_TEMPLATES).stdout).toContain('a major (breaking) release: 0.2.0 → 1.0.0');
    expect(fs.readFileSync(path.join(out, 'pyproject.toml'), 'utf8')).toMatch(/^version = "1\.0\.0"$/m);
    expect(fs.readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8').match(/^## /gm)).toHaveLength(3);
    expect(generate(out, PY_TEMPLATES, true).status).toBe(0);
  });

  it('a description-only change (other code, same surface) is a patch release; a higher info.version wins over the bump', () => {
    const out = path.join(work.dir, 'patch');
    fs.writeFileSync(spec, SPEC_V1);
    expect(generate(out).status).toBe(0);
    // A doc comment in the code changes, nothing a caller can see in types.
    fs.writeFileSync(spec, SPEC_V1.replace('operationId: voices.list\n', 'operationId: voices.list\n      summary: Lists every voice.\n'));
    const patch = generate(out);
    expect(patch.stdout).toContain('Public API of voices: no surface change — a patch release: 0.1.0 → 0.1.1');
    expect(fs.readFileSync(path.join(out, 'CHANGELOG.md'), 'utf8')).toContain('## 0.1.1\n\nNo change to the public API');
    expect(generate(out).stdout, 'a patch is decided once').toContain('Public API of voices: unchanged (version 0.1.1)');
    fs.writeFileSync(
      spec,
      SPEC_V1.replace('version: 0.1.0', 'version: 2.0.0').replace('        name: { type: string }\n        is_public', '        is_public'),
    );
    expect(generate(out).stdout).toContain('a major (breaking) release: 0.1.1 → 2.0.0');
  });

  it('a corrupt surface record is a located warning and a first generation, never a crash', () => {
    const out = path.join(work.dir, 'corrupt');
    fs.writeFileSync(spec, SPEC_V1);
    expect(generate(out).status).toBe(0);
    fs.writeFileSync(path.join(out, '.api-surface.json'), '{"format": 1, "version": ');
    const result = generate(out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `${path.join(out, '.api-surface.json')}: warning[surface-record-invalid]: the surface record is not valid JSON`,
    );
    expect(result.stdout).toContain('first generation, version 0.1.0');
    fs.writeFileSync(path.join(out, '.api-surface.json'), '{"format": 0}');
    expect(generate(out).stderr).toContain('warning[surface-record-format]');
  });
});

describe('the old TypeScript-only surface reader', () => {
  it('is gone: nothing under generator/ imports ts-morph', () => {
    const sources = listFiles(path.join(REPO, 'generator')).filter((f) => /\.(ts|mjs|js)$/.test(f));
    expect(sources.length).toBeGreaterThan(20);
    const importers = sources.filter((f) =>
      /from ['"]ts-morph['"]|import\(['"]ts-morph['"]\)/.test(fs.readFileSync(path.join(REPO, 'generator', f), 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});
