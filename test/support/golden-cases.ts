// The golden comparison every template set shares: each feature spec under test/golden/<case>/spec.yaml rendered with
// a set and compared file by file with test/golden/<case>/<expected>/ (UPDATE_GOLDEN=1 rewrites them). The rendered
// files (runtime included) are kept per case for the set's own compile checks that follow.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { listFiles } from '../../generator/render/template-set.js';
import { REPO, writeTree } from './paths.js';

export const GOLDEN = path.join(REPO, 'test/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export const goldenCases = (): string[] =>
  fs
    .readdirSync(GOLDEN)
    .filter((name) => fs.existsSync(path.join(GOLDEN, name, 'spec.yaml')))
    .sort();

/**
 * Registers one test per golden case (and one that there are enough of them) for the set in `templates`, comparing
 * with `expected` (e.g. `expected-go`) all but the runtime files (`isRuntime`: copied verbatim, checked elsewhere).
 * Returns the map the tests fill: case → every rendered file.
 */
export function goldenComparison(
  templates: string,
  expected: string,
  isRuntime: (file: string) => boolean,
): Map<string, Map<string, string>> {
  const rendered = new Map<string, Map<string, string>>();
  const cases = goldenCases();
  it('has feature cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });
  for (const name of cases) {
    it(name, async () => {
      const { files } = await renderClient({ spec: path.join(GOLDEN, name, 'spec.yaml'), templates });
      const all = new Map([...files].map(([file, f]) => [file, f.content]));
      rendered.set(name, all);
      const actual = new Map([...all].filter(([file]) => !isRuntime(file)));
      const expectedDir = path.join(GOLDEN, name, expected);
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
  return rendered;
}
