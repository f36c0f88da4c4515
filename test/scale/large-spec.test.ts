// Scale: a spec of 1,000+ operations and 2,000+ schemas (copies of the published Cartesia reference under new
// paths) generates, and the output type-checks. Its time and memory are figures for bench/, not assertions here.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { writeBigSpec } from '../support/big-spec.js';
import { REFERENCE_SPEC, REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';
import { typecheckPackages } from '../support/typecheck.js';

const work = tempDir('scale-');
afterAll(() => work.cleanup());

describe('a large spec', () => {
  it('with 1,000+ operations and 2,000+ schemas generates a client that type-checks', async () => {
    // The published reference when it is at hand; a single-file golden spec otherwise.
    const source = fs.existsSync(REFERENCE_SPEC) ? REFERENCE_SPEC : path.join(REPO, 'test/golden/schemas/spec.yaml');
    const { file, operations, schemas } = writeBigSpec(source, 1000, 2000, work.dir);
    expect(operations).toBeGreaterThanOrEqual(1000);
    expect(schemas).toBeGreaterThanOrEqual(2000);
    const { files, model } = await renderClient({ spec: file, templates: TS_TEMPLATES });
    expect(model.operations).toHaveLength(operations);
    expect(model.schemas.length).toBeGreaterThanOrEqual(schemas);
    const out = path.join(work.dir, 'client');
    writeTree(out, Object.fromEntries([...files].map(([f, r]) => [f, r.content])));
    expect(typecheckPackages([out])).toEqual([]);
  }, 300_000);
});
