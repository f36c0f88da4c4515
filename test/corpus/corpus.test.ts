// Specs the generator was not written for: the published Cartesia reference (OpenAPI 3.0) and the public
// documents in ../shared/corpus. Each must generate a client that type-checks, or be refused in one line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { renderClient } from '../../generator/pipeline.js';
import { CORPUS, REFERENCE_SPEC, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';
import { typecheckPackages } from '../support/typecheck.js';

const corpusFiles = fs.existsSync(CORPUS)
  ? fs
      .readdirSync(CORPUS)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
  : [];
const specs = [...(fs.existsSync(REFERENCE_SPEC) ? [REFERENCE_SPEC] : []), ...corpusFiles.map((f) => path.join(CORPUS, f))];

function isOpenApi(file: string): boolean {
  return /^\s*["']?openapi["']?\s*:/m.test(fs.readFileSync(file, 'utf8').slice(0, 2000));
}

describe.runIf(specs.length > 0)('real-world specs', () => {
  const openapi = specs.filter(isOpenApi);
  const others = specs.filter((s) => !isOpenApi(s));

  it('generate clients that type-check under --strict', async () => {
    const { dir, cleanup } = tempDir('corpus-');
    try {
      const roots: string[] = [];
      for (const spec of openapi) {
        const { files } = await renderClient({ spec, templates: TS_TEMPLATES });
        const root = path.join(dir, path.basename(spec).replace(/\.[^.]+$/, ''));
        writeTree(root, Object.fromEntries([...files].map(([f, r]) => [f, r.content])));
        roots.push(root);
      }
      expect(roots.length).toBe(openapi.length);
      expect(typecheckPackages(roots)).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it.each(others.map((s) => [path.basename(s), s]))('%s is refused with one clear message', async (_, spec) => {
    const error = await renderClient({ spec, templates: TS_TEMPLATES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    const problems = (error as GeneratorError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('unsupported-version');
    expect(problems[0]!.message).not.toContain('\n');
  });
});
