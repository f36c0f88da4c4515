// test/conformance/README.md's table names every conformance case once, with a column per language runner.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/paths.js';

describe('the conformance table', () => {
  it('lists every case of test/conformance/cases, with the three language columns', () => {
    const readme = fs.readFileSync(path.join(REPO, 'test/conformance/README.md'), 'utf8');
    expect(readme).toContain('| case | TypeScript | Python | Go |');
    const rows = [...readme.matchAll(/^\| `([^`]+)` \| ✓ \| ✓ \| ✓ \|$/gm)].map((m) => m[1]);
    const cases = fs
      .readdirSync(path.join(REPO, 'test/conformance/cases'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
    expect(rows).toEqual(cases);
  });
});
