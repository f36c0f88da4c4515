// The IR build locates a node only to report a problem there. The first `locate` in a file reads the file again
// for positions: a `locate` made just in case (once per schema with a `type`) cost ~1 s on a 1 MB spec that had
// nothing to report, and grew with the spec. Counted here, not timed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { buildModel } from '../../generator/pipeline.js';
import { SpecSource } from '../../generator/load/load-spec.js';
import { writeBigSpec } from '../support/big-spec.js';
import { CORPUS, REFERENCE_SPEC, REPO, tempDir } from '../support/paths.js';

const work = tempDir('locate-');
afterAll(() => work.cleanup());
afterEach(() => vi.restoreAllMocks());

/** Builds the model of `spec`, counting the locations asked for; with the number of problems reported. */
function locatesOf(spec: string): { locates: number; problems: number } {
  const locate = vi.spyOn(SpecSource.prototype, 'locate');
  const { warnings } = buildModel(spec);
  const locates = locate.mock.calls.length;
  locate.mockRestore();
  return { locates, problems: warnings.length };
}

describe('locations', () => {
  it('are never asked for on specs with nothing to report, whatever their size', () => {
    const source = fs.existsSync(REFERENCE_SPEC) ? REFERENCE_SPEC : path.join(REPO, 'test/golden/schemas/spec.yaml');
    for (const size of [20, 200]) {
      const dir = path.join(work.dir, String(size));
      fs.mkdirSync(dir);
      expect(locatesOf(writeBigSpec(source, size, 0, dir).file)).toEqual({ locates: 0, problems: 0 });
    }
    for (const spec of ['spec/cartesia.yaml', 'test/golden/schemas/spec.yaml']) {
      expect(locatesOf(path.join(REPO, spec))).toEqual({ locates: 0, problems: 0 });
    }
    const openrouter = path.join(CORPUS, 'real/openrouter-openapi.yaml');
    if (fs.existsSync(openrouter)) expect(locatesOf(openrouter)).toEqual({ locates: 0, problems: 0 });
  }, 60_000);

  it('are asked for once per reported problem', () => {
    // Twelve type repairs, each located where it is reported.
    expect(locatesOf(path.join(REPO, 'test/golden/repair-type-alias/spec.yaml'))).toEqual({ locates: 12, problems: 12 });
  });
});
