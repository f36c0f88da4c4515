// Write stage. The output folder is updated in place, never replaced: every new file is first written whole into a
// staging folder inside it, then moved into place, with the files it replaces moved aside. The record
// (.generated-files) moves in last; that is the commit point. A failure before it moves everything back; a crash
// leaves a journal that the next run uses to do the same. Files the generator did not write are never touched.
// `compareOutput` is what `--check` uses: it reads and writes nothing else.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GeneratorError, problem, type Problem } from '../errors.js';
import type { RenderedFiles } from '../render/render.js';
import {
  contentHash,
  isBookkeeping,
  isSafeRelative,
  LOCK_FILE,
  readRecord,
  recordOf,
  RECORD_FILE,
  serializeRecord,
  STAGING_PREFIX,
} from './output-record.js';

export interface OutputComparison {
  added: string[];
  changed: string[];
  unchanged: string[];
  /** Files of the previous generation that this one no longer produces (removed, or to remove). */
  removed: string[];
  /** Files of the previous generation no longer produced but edited since: left in place. */
  kept: string[];
  /** Files not written by the generator that a generated file would replace. */
  foreign: string[];
}

const JOURNAL = 'journal.json';

interface Journal {
  /** Hash of the record this generation writes: once it is in place, the generation is complete. */
  record: string;
  /** Files moved into the output, in order; `old/` in the staging folder holds what each replaced. */
  placed: string[];
  /** Previous files moved aside (to `old/`) because no longer produced. */
  retired: string[];
}

/** The files to write: the rendered ones and the record listing them. */
function withRecord(files: RenderedFiles): Map<string, string> {
  const contents = new Map<string, string>();
  const formatSources = new Map<string, string>();
  for (const [file, rendered] of files) {
    if (!isSafeRelative(file) || isBookkeeping(file.split('/')[0]!))
      throw new GeneratorError(
        problem(
          'output-path-invalid',
          `the template set renders a file named "${file}"`,
          'render files under the output folder only, with plain names',
        ),
      );
    contents.set(file, rendered.content);
    if (rendered.formatSource) formatSources.set(file, rendered.formatSource);
  }
  contents.set(RECORD_FILE, serializeRecord(recordOf(contents), formatSources));
  return contents;
}

export function compareOutput(outDir: string, files: RenderedFiles): OutputComparison {
  return compareContents(outDir, withRecord(files), keepingExisting(files));
}

function keepingExisting(files: RenderedFiles): Set<string> {
  return new Set([...files].filter(([, f]) => f.keepsExisting).map(([file]) => file));
}

function compareContents(outDir: string, contents: Map<string, string>, keepsExisting: Set<string>): OutputComparison {
  const result: OutputComparison = { added: [], changed: [], unchanged: [], removed: [], kept: [], foreign: [] };
  const record = readRecord(outDir);
  for (const [file, content] of contents) {
    const current = readIfFile(path.join(outDir, file));
    if (current === undefined) result.added.push(file);
    else if (current === content) result.unchanged.push(file);
    else {
      result.changed.push(file);
      if (record && file !== RECORD_FILE && !record.has(file) && !keepsExisting.has(file)) result.foreign.push(file);
    }
  }
  for (const [file, hash] of record ?? []) {
    if (contents.has(file)) continue;
    const current = readIfFile(path.join(outDir, file));
    if (current === undefined) continue;
    (contentHash(current) === hash ? result.removed : result.kept).push(file);
  }
  return result;
}

function readIfFile(file: string): string | undefined {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Brings `outDir` (which exists, is locked by this run and passed the folder rules) to exactly this generation.
 * `force` allows replacing files the record does not list.
 */
export function writeOutput(
  outDir: string,
  files: RenderedFiles,
  options: { force?: boolean } = {},
): OutputComparison & { warnings: Problem[] } {
  recoverInterruptedRuns(outDir);
  const contents = withRecord(files);
  const comparison = compareContents(outDir, contents, keepingExisting(files));
  const warnings = comparison.kept.map((file) =>
    problem(
      'output-kept',
      `${file} is no longer generated but was edited since the last generation: left in place`,
      'delete it yourself if you no longer need it',
      { file: path.join(outDir, file) },
      'warning',
    ),
  );
  if (comparison.foreign.length > 0 && !options.force)
    throw new GeneratorError(
      problem(
        'out-file-not-generated',
        `${comparison.foreign.length} file(s) here were not written by the generator but would be replaced: ${comparison.foreign.slice(0, 5).join(', ')}`,
        'move them away, or pass --force to replace them',
        { file: outDir },
      ),
    );
  const toPlace = [...comparison.added, ...comparison.changed].filter((f) => f !== RECORD_FILE);
  const blocked = toPlace.filter((f) => isNonFile(path.join(outDir, f)));
  if (blocked.length > 0)
    throw new GeneratorError(
      problem(
        'out-path-blocked',
        `a folder stands where the generator writes a file: ${blocked.slice(0, 5).join(', ')}`,
        'move it away; the generator replaces only files',
        { file: outDir },
      ),
    );
  if (
    toPlace.length === 0 &&
    comparison.removed.length === 0 &&
    !comparison.changed.includes(RECORD_FILE) &&
    !comparison.added.includes(RECORD_FILE)
  )
    return { ...comparison, warnings };
  // The record goes last: it is what says the generation is complete.
  toPlace.push(RECORD_FILE);

  const staging = path.join(outDir, `${STAGING_PREFIX}${crypto.randomUUID()}`);
  const journal: Journal = { record: contentHash(contents.get(RECORD_FILE)!), placed: toPlace, retired: comparison.removed };
  try {
    for (const file of toPlace) writeFileIn(path.join(staging, 'new'), file, contents.get(file)!);
    fs.writeFileSync(path.join(staging, JOURNAL), JSON.stringify(journal));
  } catch (err) {
    removeQuietly(staging);
    throw outputError(outDir, err);
  }
  const fault = crashPoint();
  let moves = 0;
  try {
    for (const file of comparison.removed) {
      moveInto(path.join(outDir, file), path.join(staging, 'old', file));
      if (++moves === fault) process.kill(process.pid, 'SIGKILL');
    }
    for (const file of toPlace) {
      const target = path.join(outDir, file);
      if (fs.existsSync(target)) moveInto(target, path.join(staging, 'old', file));
      moveInto(path.join(staging, 'new', file), target);
      if (++moves === fault) process.kill(process.pid, 'SIGKILL');
    }
  } catch (err) {
    rollBack(outDir, staging, journal);
    throw outputError(outDir, err);
  }
  removeQuietly(staging);
  for (const file of comparison.removed) removeEmptyParents(outDir, file);
  return { ...comparison, warnings };
}

/** Test hook: `GENERATOR_CRASH_AFTER_MOVES=N` kills the process after N moves, to test recovery from a crash. */
function crashPoint(): number | undefined {
  const value = Number(process.env.GENERATOR_CRASH_AFTER_MOVES);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Finishes what an interrupted run left in `outDir`: a committed generation is kept, any other is undone. */
export function recoverInterruptedRuns(outDir: string): void {
  removeLegacyLeftovers(outDir);
  let entries: string[];
  try {
    entries = fs.readdirSync(outDir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(outDir, entry);
    if (entry.startsWith(`${LOCK_FILE}.`)) {
      removeQuietly(full); // a lock's temporary file, left by a process that died while taking the lock
      continue;
    }
    if (!entry.startsWith(STAGING_PREFIX)) continue;
    const journal = readJournal(path.join(full, JOURNAL));
    const current = readIfFile(path.join(outDir, RECORD_FILE));
    const committed = journal !== undefined && current !== undefined && contentHash(current) === journal.record;
    if (journal && !committed) rollBack(outDir, full, journal);
    removeQuietly(full);
  }
}

/** Earlier versions swapped the whole folder through `.<name>.staging-<pid>` and `.<name>.previous-<pid>` beside it. */
function removeLegacyLeftovers(outDir: string): void {
  const parent = path.dirname(outDir);
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(outDir))}\\.(staging|previous)-\\d+$`);
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(parent);
  } catch {
    return;
  }
  for (const entry of entries) if (pattern.test(entry)) removeQuietly(path.join(parent, entry));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readJournal(file: string): Journal | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Journal>;
    const names = (list: unknown): list is string[] => Array.isArray(list) && list.every((f) => typeof f === 'string' && isSafeRelative(f));
    if (typeof data.record === 'string' && names(data.placed) && names(data.retired)) return data as Journal;
  } catch {
    // no journal: the run died while staging, before anything in the output moved
  }
  return undefined;
}

/** Puts back every file moved by an unfinished run; best effort, so that one failure does not stop the rest. */
function rollBack(outDir: string, staging: string, journal: Journal): void {
  for (const file of [...journal.placed].reverse()) {
    const target = path.join(outDir, file);
    const old = path.join(staging, 'old', file);
    try {
      if (fs.existsSync(old)) moveInto(old, target);
      else if (!fs.existsSync(path.join(staging, 'new', file))) {
        fs.rmSync(target, { force: true }); // it was placed, and there was nothing before it
        removeEmptyParents(outDir, file);
      }
    } catch {
      // keep restoring the others
    }
  }
  for (const file of journal.retired) {
    const old = path.join(staging, 'old', file);
    try {
      if (fs.existsSync(old)) moveInto(old, path.join(outDir, file));
    } catch {
      // keep restoring the others
    }
  }
}

function isNonFile(file: string): boolean {
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  return stat !== undefined && !stat.isFile() && !stat.isSymbolicLink();
}

function writeFileIn(root: string, file: string, content: string): void {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
}

function moveInto(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(from, to);
}

/** Removes the folders above `file` that its removal left empty, up to (not including) `outDir`. */
function removeEmptyParents(outDir: string, file: string): void {
  for (let dir = path.dirname(path.join(outDir, file)); dir !== outDir && dir.startsWith(outDir); dir = path.dirname(dir)) {
    try {
      fs.rmdirSync(dir);
    } catch {
      return; // not empty, or not there
    }
  }
}

/** Best-effort cleanup: a failure here must not hide the error being reported. */
function removeQuietly(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // nothing to clean
  }
}

function outputError(target: string, err: unknown): GeneratorError {
  const code = (err as NodeJS.ErrnoException).code ?? 'error';
  return new GeneratorError(
    problem(
      'output-unwritable',
      `cannot write the output folder (${code})`,
      'check that the folder is writable and has space; the previous output was left as it was',
      { file: target },
    ),
  );
}
