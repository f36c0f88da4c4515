// Golden tests of the Go templates: each feature spec under test/golden/<case>/spec.yaml rendered with templates/go
// and compared with test/golden/<case>/expected-go/. The runtime (`internal/core/` and `internal/realtime/`, copied
// from templates/go/runtime) is left out of the expectations: test/go/go.test.ts checks it. Every golden module,
// runtime included, must pass go vet and go build. `npm run test:golden:update` rewrites the expectations.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { listFiles } from '../../generator/render/template-set.js';
import { REPO, tempDir, writeTree } from '../support/paths.js';
import { goSync } from '../go/support.js';

const GOLDEN = path.dirname(new URL(import.meta.url).pathname);
const GO_TEMPLATES = path.join(REPO, 'templates/go');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const cases = fs
  .readdirSync(GOLDEN)
  .filter((name) => fs.existsSync(path.join(GOLDEN, name, 'spec.yaml')))
  .sort();
const rendered = new Map<string, Map<string, string>>();
const isRuntime = (file: string): boolean => file.startsWith('internal/core/') || file.startsWith('internal/realtime/');

describe('golden output of the Go templates', () => {
  it('has feature cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(name, async () => {
      const { files } = await renderClient({ spec: path.join(GOLDEN, name, 'spec.yaml'), templates: GO_TEMPLATES });
      const all = new Map([...files].map(([file, f]) => [file, f.content]));
      rendered.set(name, all);
      const actual = new Map([...all].filter(([file]) => !isRuntime(file)));
      const expectedDir = path.join(GOLDEN, name, 'expected-go');
      if (UPDATE) {
        fs.rmSync(expectedDir, { recursive: true, force: true });
        writeTree(expectedDir, Object.fromEntries(actual));
        return;
      }
      expect(fs.existsSync(expectedDir), `${expectedDir} is missing: run npm run test:golden:update`).toBe(true);
      const expectedFiles = listFiles(expectedDir);
      expect([...actual.keys()].sort(), 'the set of rendered files').toEqual(expectedFiles);
      for (const file of expectedFiles)
        expect(actual.get(file), `${name}/${file}`).toBe(fs.readFileSync(path.join(expectedDir, file), 'utf8'));
    });
  }

  it('every golden module passes go vet and go build', () => {
    const { dir, cleanup } = tempDir('golden-go-');
    try {
      const failures: string[] = [];
      for (const [name, files] of rendered) {
        const root = path.join(dir, name);
        writeTree(root, Object.fromEntries(files));
        const vet = goSync(['vet', './...'], root);
        if (vet.status !== 0 || vet.output !== '') failures.push(`${name} (go vet):\n${vet.output}`);
        const build = goSync(['build', './...'], root);
        if (build.status !== 0) failures.push(`${name} (go build):\n${build.output}`);
      }
      expect(rendered.size).toBe(cases.length);
      expect(failures).toEqual([]);
    } finally {
      cleanup();
    }
  }, 600_000);
});
