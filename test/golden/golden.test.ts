// Golden tests: each folder holds a feature spec and the files the TypeScript templates must render from it, and
// `expected-warnings.txt` when the spec draws warnings (a repaired spec: each repair is a located warning).
// `npm run test:golden:update` rewrites the expectations; review the diff before committing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../generator/errors.js';
import { renderClient } from '../../generator/pipeline.js';
import { listFiles } from '../../generator/render/template-set.js';
import { TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';
import { typecheckPackages } from '../support/typecheck.js';

const GOLDEN = path.dirname(new URL(import.meta.url).pathname);
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const WARNINGS_FILE = 'expected-warnings.txt';
const cases = fs
  .readdirSync(GOLDEN)
  .filter((name) => fs.existsSync(path.join(GOLDEN, name, 'spec.yaml')))
  .sort();
const rendered = new Map<string, Map<string, string>>();

describe('golden output of the TypeScript templates', () => {
  it('has feature cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(name, async () => {
      const { files, warnings } = await renderClient({ spec: path.join(GOLDEN, name, 'spec.yaml'), templates: TS_TEMPLATES });
      const actual = new Map([...files].filter(([, f]) => !f.copied).map(([file, f]) => [file, f.content]));
      const all = new Map([...files].map(([file, f]) => [file, f.content]));
      rendered.set(name, all);
      const expectedDir = path.join(GOLDEN, name, 'expected');
      // Paths relative to the case folder, so the text does not depend on where the tests run.
      const warningText = warnings.map((w) => `${formatProblem(w, path.join(GOLDEN, name))}\n`).join('');
      const warningsFile = path.join(GOLDEN, name, WARNINGS_FILE);
      if (UPDATE) {
        fs.rmSync(expectedDir, { recursive: true, force: true });
        writeTree(expectedDir, Object.fromEntries(actual));
        if (warningText === '') fs.rmSync(warningsFile, { force: true });
        else fs.writeFileSync(warningsFile, warningText);
        return;
      }
      expect(warningText, `${name}: the warnings (${WARNINGS_FILE})`).toBe(
        fs.existsSync(warningsFile) ? fs.readFileSync(warningsFile, 'utf8') : '',
      );
      expect(fs.existsSync(expectedDir), `${expectedDir} is missing: run npm run test:golden:update`).toBe(true);
      const expectedFiles = listFiles(expectedDir);
      expect([...actual.keys()].sort(), 'the set of rendered files').toEqual(expectedFiles);
      for (const file of expectedFiles) {
        // toBe prints a line diff of the two texts when they differ.
        expect(actual.get(file), `${name}/${file}`).toBe(fs.readFileSync(path.join(expectedDir, file), 'utf8'));
      }
    });
  }

  it('every golden client type-checks under --strict', () => {
    const { dir, cleanup } = tempDir('golden-tsc-');
    try {
      const roots = [...rendered].map(([name, files]) => {
        writeTree(path.join(dir, name), Object.fromEntries(files));
        return path.join(dir, name);
      });
      expect(roots.length).toBe(cases.length);
      expect(typecheckPackages(roots)).toEqual([]);
    } finally {
      cleanup();
    }
    // One tsc program over all the goldens: ~40 s alone on a 2-core machine, more beside other work.
  }, 240_000);
});

afterAll(() => rendered.clear());
