// Specs the generator was not written for (../shared/corpus, its top folder and real/, and the published Cartesia
// reference), rendered with templates/go: each module must pass go vet and go build, unless
// test/corpus/expectations.yaml lists the spec as refused (the generator refuses it for every set alike).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderClient } from '../../generator/pipeline.js';
import { CORPUS, REFERENCE_SPEC, REPO, tempDir, writeTree } from '../support/paths.js';
import { goSync } from './support.js';

const GO_TEMPLATES = path.join(REPO, 'templates/go');
const refused =
  (parse(fs.readFileSync(path.join(REPO, 'test/corpus/expectations.yaml'), 'utf8')) as { refused?: Record<string, unknown> }).refused ?? {};
const specs = [
  ...(fs.existsSync(REFERENCE_SPEC) ? [{ key: 'reference', file: REFERENCE_SPEC }] : []),
  ...['.', 'real'].flatMap((folder) =>
    fs.existsSync(path.join(CORPUS, folder))
      ? fs
          .readdirSync(path.join(CORPUS, folder))
          .filter((f) => /\.(ya?ml|json)$/.test(f))
          .sort()
          .map((f) => ({ key: path.posix.join(folder, f), file: path.join(CORPUS, folder, f) }))
          .filter((s) => !(s.key.replace(/^\.\//, '') in refused))
      : [],
  ),
];
const work = tempDir('corpus-go-');
afterAll(() => work.cleanup());

describe('the corpus through the Go templates', () => {
  it('has specs to read', () => {
    expect(specs.length).toBeGreaterThanOrEqual(5);
  });

  for (const spec of specs) {
    it(`${spec.key} gives a module that passes go vet and go build`, async () => {
      const { files } = await renderClient({ spec: spec.file, templates: GO_TEMPLATES });
      const root = path.join(work.dir, spec.key.replace(/[^A-Za-z0-9]+/g, '-'));
      writeTree(root, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
      const vet = goSync(['vet', './...'], root);
      expect(vet.output).toBe('');
      expect(vet.status).toBe(0);
      const build = goSync(['build', './...'], root);
      expect(build.status, build.output).toBe(0);
    }, 180_000);
  }
});
