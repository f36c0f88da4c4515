// Write stage: the output folder is replaced as a whole, through a temporary sibling and renames, so a
// failed run leaves the previous output exactly as it was. `compareOutput` is what `--check` uses.
import fs from 'node:fs';
import path from 'node:path';
import { GeneratorError, problem } from '../errors.js';
import type { RenderedFiles } from '../render/render.js';
import { listFiles } from '../render/template-set.js';

export interface OutputComparison {
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
}

/** Compares rendered files with the output folder, ignoring preserved entries (`node_modules`, `dist`). */
export function compareOutput(outDir: string, files: RenderedFiles, preserve: string[]): OutputComparison {
  const existing = fs.existsSync(outDir) ? listFiles(outDir).filter((f) => !isPreserved(f, preserve)) : [];
  const result: OutputComparison = { added: [], changed: [], unchanged: [], removed: [] };
  const existingSet = new Set(existing);
  for (const [file, rendered] of files) {
    if (!existingSet.has(file)) result.added.push(file);
    else if (fs.readFileSync(path.join(outDir, file), 'utf8') === rendered.content) result.unchanged.push(file);
    else result.changed.push(file);
  }
  result.removed = existing.filter((f) => !files.has(f));
  return result;
}

function isPreserved(file: string, preserve: string[]): boolean {
  const top = file.split('/')[0]!;
  return preserve.includes(top);
}

/** Replaces `outDir` with exactly `files` (plus its preserved entries); no-op when nothing changed. */
export function writeOutput(outDir: string, files: RenderedFiles, preserve: string[]): OutputComparison {
  const target = path.resolve(outDir);
  const comparison = compareOutput(target, files, preserve);
  if (comparison.added.length === 0 && comparison.changed.length === 0 && comparison.removed.length === 0) return comparison;

  const parent = path.dirname(target);
  const staging = path.join(parent, `.${path.basename(target)}.staging-${process.pid}`);
  const retired = path.join(parent, `.${path.basename(target)}.previous-${process.pid}`);
  try {
    fs.mkdirSync(parent, { recursive: true });
    fs.rmSync(staging, { recursive: true, force: true });
    for (const [file, rendered] of files) {
      const full = path.join(staging, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, rendered.content);
    }
  } catch (err) {
    removeQuietly(staging);
    throw outputError(target, err);
  }
  const hadPrevious = fs.existsSync(target);
  try {
    if (hadPrevious) fs.renameSync(target, retired);
    fs.renameSync(staging, target);
  } catch (err) {
    // Put the previous output back before reporting.
    if (hadPrevious && !fs.existsSync(target) && fs.existsSync(retired)) fs.renameSync(retired, target);
    removeQuietly(staging);
    throw outputError(target, err);
  }
  if (hadPrevious) {
    for (const entry of preserve) {
      const from = path.join(retired, entry);
      if (fs.existsSync(from)) fs.renameSync(from, path.join(target, entry));
    }
    fs.rmSync(retired, { recursive: true, force: true });
  }
  return comparison;
}

/** Best-effort cleanup: a failure here must not hide the error being reported. */
function removeQuietly(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // nothing to clean, or not ours to clean
  }
}

function outputError(target: string, err: unknown): GeneratorError {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  return new GeneratorError(
    problem(
      'output-unwritable',
      `cannot write the output folder (${code}: ${(err as Error).message})`,
      'check that the folder and its parent are writable; the previous output was left untouched',
      { file: target },
    ),
  );
}
