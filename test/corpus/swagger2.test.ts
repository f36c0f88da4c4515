// The Swagger 2.0 corpus (../shared/corpus/swagger2; real/weaviate-openapi.json, also 2.0, is in corpus.test.ts with
// the other real specs): every description is
// upgraded in memory and generated with both template sets; the TypeScript clients type-check under --strict as
// one program, the Python ones import and pass mypy --strict (~35 s for all 60 on 2 quiet cores, one process
// sharing mypy's cache). A refusal fails the test unless
// swagger2-expectations.yaml records that spec with the reason it cannot become a client.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { renderClient } from '../../generator/pipeline.js';
import { CORPUS, REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';
import { typecheckPackages } from '../support/typecheck.js';

const PY_TEMPLATES = path.join(REPO, 'templates/python');
const PYTHON = path.join(REPO, '.venv/bin/python');
const EXPECTATIONS = path.join(REPO, 'test/corpus/swagger2-expectations.yaml');

const specs = fs.existsSync(path.join(CORPUS, 'swagger2'))
  ? fs
      .readdirSync(path.join(CORPUS, 'swagger2'))
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => path.join(CORPUS, 'swagger2', f))
  : [];
/** Spec file name → why it truly cannot become a client (or `lenient: <kind>` while a strictness is relaxed). */
const expected = (parse(fs.readFileSync(EXPECTATIONS, 'utf8')) ?? {}) as Record<string, string>;

let work: ReturnType<typeof tempDir>;
const tsRoots: string[] = [];
const pyRoots: string[] = [];
const refused = new Map<string, string>();

function run(command: string, args: string[], cwd: string): { status: number; output: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
  });
  return { status: result.status ?? -1, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

describe.runIf(specs.length > 0)('Swagger 2.0 corpus', () => {
  beforeAll(async () => {
    work = tempDir('swagger2-corpus-');
    for (const spec of specs) {
      const name = path.basename(spec).replace(/\.[^.]+$/, '');
      try {
        for (const [templates, roots, kind] of [
          [TS_TEMPLATES, tsRoots, 'ts'],
          [PY_TEMPLATES, pyRoots, 'py'],
        ] as const) {
          const { files } = await renderClient({ spec, templates });
          const root = path.join(work.dir, kind, name);
          writeTree(root, Object.fromEntries([...files].map(([f, r]) => [f, r.content])));
          roots.push(root);
        }
      } catch (err) {
        if (!(err instanceof GeneratorError)) throw err;
        refused.set(path.basename(spec), err.problems.map((p) => `${p.code}: ${p.message}`).join('\n'));
      }
    }
  }, 600_000);
  afterAll(() => work?.cleanup());

  it('every spec generates with both template sets, or is recorded as one that cannot', () => {
    const unexpected = [...refused].filter(([file]) => expected[file] === undefined);
    expect(unexpected.map(([file, why]) => `${file}:\n${why}`).join('\n\n')).toBe('');
    const stale = Object.keys(expected).filter((file) => !refused.has(file));
    expect(stale, 'these now generate: remove them from swagger2-expectations.yaml').toEqual([]);
    expect(tsRoots.length + refused.size).toBe(specs.length);
  });

  it('the TypeScript clients type-check under --strict', () => {
    expect(tsRoots.length).toBeGreaterThan(0);
    expect(typecheckPackages(tsRoots)).toEqual([]);
  }, 300_000);

  it('the Python clients pass mypy --strict and import', () => {
    expect(fs.existsSync(PYTHON), `${PYTHON} is missing (bash test/support/ensure-python-venv.sh)`).toBe(true);
    expect(pyRoots.length).toBeGreaterThan(0);
    // One Python process checks every package in turn (names may repeat across specs), sharing mypy's cache.
    const script = `
import importlib, json, sys
from mypy import api
from typing_extensions import is_typeddict
roots = json.loads(sys.argv[1]); cache = sys.argv[2]; failures = []
for root in roots:
    src = root + "/src"
    out, err, status = api.run(["--strict", "--no-error-summary", "--cache-dir", cache, src])
    if status != 0:
        failures.append(root + ": mypy\\n" + out + err)
        continue
    import os
    (name,) = os.listdir(src)
    sys.path.insert(0, src)
    try:
        importlib.import_module(name)
        # The models load lazily: import them, and let pydantic build every model and alias schema.
        models = importlib.import_module(name + ".models")
        core = importlib.import_module(name + "._core._models")
        for type_name in models.__all__:
            if not is_typeddict(getattr(models, type_name)):
                core._adapter(type_name)
    except Exception as e:
        failures.append(root + ": import " + type(e).__name__ + ": " + str(e))
    finally:
        sys.path.remove(src)
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]
print("\\n".join(failures) if failures else "all passed")
`;
    const { output } = run(PYTHON, ['-c', script, JSON.stringify(pyRoots), path.join(work.dir, 'mypy-cache')], work.dir);
    expect(output.trim()).toBe('all passed');
  }, 300_000);
});
