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
  return mypyFiles({ 'user.py': code });
}

/** mypy --strict on several scripts (file name → code) saved together in a fresh folder. */
export function mypyFiles(files: Record<string, string>): { status: number; output: string } {
  const { dir, cleanup } = tempDir('py-mypy-');
  try {
    for (const [name, code] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), code);
    const result = spawnSync(PYTHON, ['-m', 'mypy', '--strict', '--cache-dir', path.join(dir, 'cache'), ...Object.keys(files)], {
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
