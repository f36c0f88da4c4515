// Golden tests of the Python templates: each feature spec under test/golden/<case>/spec.yaml rendered with
// templates/python and compared with test/golden/<case>/expected-python/. The runtime (`_core/`, rendered verbatim
// from templates/python/runtime) is left out of the expectations: test/python/python.test.ts checks it. Every golden
// client, runtime included, must pass mypy --strict. `npm run test:golden:update` rewrites the expectations.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenComparison } from '../support/golden-cases.js';
import { REPO, tempDir, writeTree } from '../support/paths.js';

const PY_TEMPLATES = path.join(REPO, 'templates/python');
const PYTHON = path.join(REPO, '.venv/bin/python');
const isRuntime = (file: string): boolean => /^src\/[^/]+\/_core\//.test(file);

describe('golden output of the Python templates', () => {
  const rendered = goldenComparison(PY_TEMPLATES, 'expected-python', isRuntime);

  it('every golden client type-checks under mypy --strict, and pydantic builds its models', () => {
    expect(fs.existsSync(PYTHON), `${PYTHON} is missing: run bash test/support/ensure-python-venv.sh`).toBe(true);
    const { dir, cleanup } = tempDir('golden-mypy-');
    try {
      const failures: string[] = [];
      for (const [name, files] of rendered) {
        const root = path.join(dir, name);
        writeTree(root, Object.fromEntries(files));
        const result = spawnSync(PYTHON, ['-m', 'mypy', '--strict', '--cache-dir', path.join(dir, '.cache'), 'src'], {
          cwd: root,
          encoding: 'utf8',
          timeout: 120_000,
        });
        if (result.status !== 0) failures.push(`${name}:\n${result.stdout}${result.stderr}`);
        // pydantic builds every model and alias schema (mypy cannot tell whether pydantic accepts a tagged union).
        const built = spawnSync(PYTHON, ['-c', BUILD_MODELS, fs.readdirSync(path.join(root, 'src'))[0]!], {
          cwd: path.join(root, 'src'),
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
        });
        if (built.status !== 0 || !/^built \d+$/m.test(built.stdout)) failures.push(`${name} (pydantic):\n${built.stdout}${built.stderr}`);
      }
      expect(rendered.size).toBe(goldenCases().length);
      expect(failures).toEqual([]);
    } finally {
      cleanup();
    }
  }, 240_000);
});

// Builds the pydantic schema of every model and type alias of models.py (TypedDicts, which only mypy reads, aside).
const BUILD_MODELS = `
import importlib, sys
from typing_extensions import is_typeddict
pkg = sys.argv[1]
models = importlib.import_module(pkg + ".models")
core = importlib.import_module(pkg + "._core._models")
names = [n for n in models.__all__ if not is_typeddict(getattr(models, n))]
for name in names:
    core._adapter(name).json_schema
print("built", len(names))
`;
