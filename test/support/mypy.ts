// Runs mypy --strict over a snippet of user code against generated/python, as a user's type checker would see the
// package: the tests of typed features (open enums, models, raw responses) share it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, tempDir } from './paths.js';

export const PYTHON = path.join(REPO, '.venv', 'bin', 'python');
const SOURCES = path.join(REPO, 'generated', 'python', 'src');
/** The import name of the generated Python package. */
export const PYTHON_PACKAGE = fs.readdirSync(SOURCES)[0]!;

/** mypy --strict on `code` saved as `user.py` in a fresh folder (its own cache: runs do not share state). */
export function mypySnippet(code: string): { status: number; output: string } {
  const { dir, cleanup } = tempDir('py-mypy-');
  try {
    fs.writeFileSync(path.join(dir, 'user.py'), code);
    const result = spawnSync(PYTHON, ['-m', 'mypy', '--strict', '--cache-dir', path.join(dir, 'cache'), 'user.py'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, MYPYPATH: SOURCES, PYTHONDONTWRITEBYTECODE: '1' },
    });
    return { status: result.status ?? -1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
  } finally {
    cleanup();
  }
}
