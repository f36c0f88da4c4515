// The Python set declares in its manifest what the package exports from its runtime core (_core), as values or
// types; the public-API report counts on that list. Here it is held to the committed package: the names come from
// `__all__` and the imports from `_core`, and the kind from the imported object itself.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplateSet } from '../../generator/render/template-set.js';
import { REPO } from '../support/paths.js';

const PYTHON = path.join(REPO, '.venv', 'bin', 'python');
const SOURCES = path.join(REPO, 'generated', 'python', 'src');
const PACKAGE = fs.readdirSync(SOURCES)[0]!;

// A TypedDict, a Protocol or a typing alias is only a type to users; classes, functions and constants are values.
const SCRIPT = `
import ast, importlib, inspect, json, pathlib, sys
import typing_extensions

pkg = importlib.import_module(sys.argv[1])
root = pathlib.Path(pkg.__file__).parent
core = set()
for module in ("__init__.py", "errors.py"):
    for node in ast.parse((root / module).read_text()).body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and (node.module or "").startswith("_core"):
            core.update(alias.asname or alias.name for alias in node.names)

def kind(obj):
    if typing_extensions.is_typeddict(obj) or getattr(obj, "_is_protocol", False):
        return "type"
    if not inspect.isclass(obj) and hasattr(obj, "__origin__"):
        return "type"
    return "value"

print(json.dumps(sorted(f"{name}: {kind(getattr(pkg, name))}" for name in pkg.__all__ if name in core)))
`;

describe('runtime surface of the Python template set', () => {
  it('names every runtime export in the package __all__, each as the value or type it is', () => {
    const result = spawnSync(PYTHON, ['-c', SCRIPT, PACKAGE], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: SOURCES, PYTHONDONTWRITEBYTECODE: '1' },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const actual = JSON.parse(result.stdout) as string[];
    expect(actual.length).toBeGreaterThan(20);
    expect(actual).toContain('FileTypes: type');
    const { runtimeSurface } = loadTemplateSet(path.join(REPO, 'templates/python'));
    const declared = [...runtimeSurface.values.map((n) => `${n}: value`), ...runtimeSurface.types.map((n) => `${n}: type`)];
    expect(declared.sort()).toEqual(actual);
  });
});
