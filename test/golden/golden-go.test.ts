// Golden tests of the Go templates: each feature spec under test/golden/<case>/spec.yaml rendered with templates/go
// and compared with test/golden/<case>/expected-go/. The runtime (`internal/core/` and `internal/realtime/`, copied
// from templates/go/runtime) is left out of the expectations: test/go/go.test.ts checks it. Every golden module,
// runtime included, must pass go vet and go build. `npm run test:golden:update` rewrites the expectations.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenComparison } from '../support/golden-cases.js';
import { REPO, tempDir, writeTree } from '../support/paths.js';
import { goSync } from '../go/support.js';

const GO_TEMPLATES = path.join(REPO, 'templates/go');
const isRuntime = (file: string): boolean => file.startsWith('internal/core/') || file.startsWith('internal/realtime/');

describe('golden output of the Go templates', () => {
  const rendered = goldenComparison(GO_TEMPLATES, 'expected-go', isRuntime);

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
      expect(rendered.size).toBe(goldenCases().length);
      expect(failures).toEqual([]);
    } finally {
      cleanup();
    }
  }, 600_000);
});
