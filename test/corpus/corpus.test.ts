// Specs the generator was not written for: the Cartesia spec, its published reference (OpenAPI 3.0) and the public
// documents in ../shared/corpus. Each must give a TypeScript package that type-checks under its own tsconfig (its
// README examples too) and a Python package that passes mypy --strict and imports, unless expectations.yaml lists
// it as refused, with the one problem it is refused with. Cost on 2 cores, 12 specs: ~45 s quiet, ~1 min shared
// with other work (TypeScript ~15 s: rendering, then one ts-morph program over every package; README examples
// ~14 s: a second program, with Node's types; Python 11-22 s: rendering, one mypy run, one process importing
// every module).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GeneratorError } from '../../generator/errors.js';
import type { ApiModel } from '../../generator/ir/types.js';
import { renderClient } from '../../generator/pipeline.js';
import { tsClientName } from '../../templates/typescript/helpers/naming.js';
import { CARTESIA_SPEC, CORPUS, REFERENCE_SPEC, REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';
import { codeBlocks, examplesModule, pythonCodeBlocks, pythonExampleScript } from '../support/readme-examples.js';
import { packageCompilerOptions, STRICT_OPTIONS, typecheckPackages } from '../support/typecheck.js';

const PY_TEMPLATES = path.join(REPO, 'templates/python');
const PYTHON = path.join(REPO, '.venv/bin/python');
// Folders of the corpus read here; swagger2/ (60 Swagger 2.0 documents) has its own file, swagger2.test.ts, which
// checks a subset with mypy to stay within its time.
const CORPUS_FOLDERS = ['.', 'real'];

interface Expectations {
  refused?: Record<string, { code: string; reason: string }>;
}
const expectations = parse(fs.readFileSync(path.join(import.meta.dirname, 'expectations.yaml'), 'utf8')) as Expectations;
const refused = expectations.refused ?? {};

/** Every spec in scope: `name` is unique and names its package folder; `key` is its path under the corpus. */
const specs: { name: string; key: string; file: string }[] = [
  { name: 'cartesia', key: '', file: CARTESIA_SPEC },
  ...(fs.existsSync(REFERENCE_SPEC) ? [{ name: 'reference', key: '', file: REFERENCE_SPEC }] : []),
  ...CORPUS_FOLDERS.flatMap((folder) =>
    fs.existsSync(path.join(CORPUS, folder))
      ? fs
          .readdirSync(path.join(CORPUS, folder))
          .filter((f) => /\.(ya?ml|json)$/.test(f))
          .sort()
          .map((f) => {
            const key = path.posix.join(folder, f);
            return { name: key.replace(/\.[^.]+$/, '').replace(/\//g, '--'), key, file: path.join(CORPUS, key) };
          })
      : [],
  ),
];
const clients = specs.filter((s) => !(s.key in refused));
const { dir, cleanup } = tempDir('corpus-');
afterAll(cleanup);

/** Renders every client spec with a template set into `<dir>/<set>/<name>`; returns the package folders. */
async function renderAll(templates: string, set: string): Promise<{ root: string; model: ApiModel }[]> {
  const packages: { root: string; model: ApiModel }[] = [];
  for (const spec of clients) {
    const { files, model } = await renderClient({ spec: spec.file, templates });
    const root = path.join(dir, set, spec.name);
    writeTree(root, Object.fromEntries([...files].map(([f, r]) => [f, r.content])));
    packages.push({ root, model });
  }
  return packages;
}
const typescriptPackages: { root: string; model: ApiModel }[] = [];

/** Groups Python packages so that no group holds two packages of the same import name (one mypy or Python
 * process each). */
function distinctPackageGroups(roots: string[]): { roots: string[]; packages: string[] }[] {
  const groups: { roots: string[]; packages: string[] }[] = [];
  for (const root of roots) {
    const [name] = fs.readdirSync(path.join(root, 'src')).filter((f) => !f.endsWith('.egg-info'));
    let group = groups.find((g) => !g.packages.includes(name!));
    if (!group) groups.push((group = { roots: [], packages: [] }));
    group.roots.push(root);
    group.packages.push(name!);
  }
  return groups;
}

// Imports every module of the given packages, and prints the ones that fail with their error.
const IMPORT_EVERY_MODULE = `
import importlib, pkgutil, sys, traceback
from typing_extensions import is_typeddict
failed = []
for name in sys.argv[1:]:
    package = importlib.import_module(name)
    for module in pkgutil.walk_packages(package.__path__, name + "."):
        try:
            importlib.import_module(module.name)
        except Exception:
            failed.append(module.name + ": " + traceback.format_exc(limit=1).strip().splitlines()[-1])
    # pydantic builds every model and alias schema (it may refuse what mypy accepts).
    models = importlib.import_module(name + ".models")
    core = importlib.import_module(name + "._core._models")
    for type_name in models.__all__:
        if not is_typeddict(getattr(models, type_name)):
            try:
                core._adapter(type_name)
            except Exception:
                failed.append(name + ".models." + type_name + ": " + traceback.format_exc(limit=1).strip().splitlines()[-1])
print("\\n".join(failed))
sys.exit(1 if failed else 0)
`;

describe('real-world specs', () => {
  it('lists in expectations.yaml only specs of the corpus, each with a code and a reason', () => {
    const keys = new Set(specs.map((s) => s.key));
    for (const [key, entry] of Object.entries(refused)) {
      expect(keys.has(key), `${key} is not a spec of the corpus`).toBe(true);
      expect(entry.code).toMatch(/^[a-z-]+$/);
      expect(entry.reason.length).toBeGreaterThan(10);
    }
  });

  it.runIf(clients.length > 2)(
    'generate TypeScript packages that type-check under their own tsconfig (--strict, noUnused*)',
    async () => {
      typescriptPackages.push(...(await renderAll(TS_TEMPLATES, 'typescript')));
      const roots = typescriptPackages.map((p) => p.root);
      // Every package's tsconfig is the template set's: one program checks them all, under it and under the
      // strictest options users might add.
      const own = roots.map((root) => packageCompilerOptions(root));
      for (const options of own) expect(options).toEqual(own[0]);
      expect(own[0]).toMatchObject({ strict: true, noUnusedLocals: true, noUnusedParameters: true });
      expect(typecheckPackages(roots, { ...STRICT_OPTIONS, ...own[0] })).toEqual([]);
    },
    240_000,
  );

  it.runIf(clients.length > 2)(
    'generate TypeScript packages whose README examples type-check',
    () => {
      expect(typescriptPackages.length, 'the packages of the previous test').toBe(clients.length);
      // One program over every package and its examples (as test/typecheck/readme-examples.test.ts does for
      // Cartesia's): examples may use Node's types, and leave results unused.
      const project = new Project({
        compilerOptions: {
          ...STRICT_OPTIONS,
          types: ['node'],
          typeRoots: [path.join(REPO, 'node_modules/@types')],
          noUnusedLocals: false,
          noUnusedParameters: false,
        },
        skipAddingFilesFromTsConfig: true,
      });
      for (const { root, model } of typescriptPackages) {
        const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
        fs.writeFileSync(path.join(root, 'examples.ts'), examplesModule(codeBlocks(readme), model.client.packageName, tsClientName(model)));
        project.addSourceFilesAtPaths([`${root}/src/**/*.ts`, `${root}/examples.ts`]);
      }
      const problems = project
        .getPreEmitDiagnostics()
        .map(
          (d) =>
            `${d.getSourceFile()?.getFilePath()}:${d.getLineNumber()}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string, ' ')}`,
        );
      expect(problems).toEqual([]);
    },
    120_000,
  );

  it.runIf(clients.length > 2)(
    'generate Python packages that pass mypy --strict and import',
    async () => {
      expect(fs.existsSync(PYTHON), `${PYTHON} is missing: run bash test/support/ensure-python-venv.sh`).toBe(true);
      const roots = (await renderAll(PY_TEMPLATES, 'python')).map((p) => p.root);
      const failures: string[] = [];
      for (const group of distinctPackageGroups(roots)) {
        const sources = group.roots.map((root) => path.join(root, 'src'));
        const options = { encoding: 'utf8', timeout: 180_000, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } } as const;
        const mypy = spawnSync(PYTHON, ['-m', 'mypy', '--strict', '--cache-dir', path.join(dir, 'mypy-cache'), ...sources], options);
        if (mypy.status !== 0) failures.push(`mypy:\n${mypy.stdout}${mypy.stderr}`);
        const pythonPath = [...sources, process.env.PYTHONPATH].filter(Boolean).join(path.delimiter);
        const imported = spawnSync(PYTHON, ['-c', IMPORT_EVERY_MODULE, ...group.packages], {
          ...options,
          env: { ...options.env, PYTHONPATH: pythonPath },
        });
        if (imported.status !== 0) failures.push(`import:\n${imported.stdout}${imported.stderr}`);
        // The README's examples, each a script of its own, against these packages.
        const examples = path.join(dir, `readme-py-${group.packages.join('-')}`);
        fs.mkdirSync(examples, { recursive: true });
        const scripts: string[] = [];
        for (const [r, root] of group.roots.entries()) {
          const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
          const [, pkg, client] = /^from (\w+) import (\w+)$/m.exec(readme) ?? [];
          for (const [b, block] of pythonCodeBlocks(readme).entries()) {
            scripts.push(`readme_${r}_${b}.py`);
            fs.writeFileSync(path.join(examples, scripts.at(-1)!), pythonExampleScript(block, pkg!, client!));
          }
        }
        const checked = spawnSync(PYTHON, ['-m', 'mypy', '--strict', '--cache-dir', path.join(dir, 'mypy-cache'), ...scripts], {
          ...options,
          cwd: examples,
          env: { ...options.env, MYPYPATH: sources.join(path.delimiter) },
        });
        if (checked.status !== 0) failures.push(`README examples:\n${checked.stdout}${checked.stderr}`);
      }
      expect(failures).toEqual([]);
    },
    240_000,
  );

  it.each(specs.filter((s) => s.key in refused).map((s) => [s.key, s.file]))('%s is refused with one clear message', async (key, file) => {
    const error = await renderClient({ spec: file, templates: TS_TEMPLATES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    const problems = (error as GeneratorError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe(refused[key]!.code);
    expect(problems[0]!.message).not.toContain('\n');
  });
});
