// Which folders the generator may write into. Checked before anything is read or written: a mistyped or empty
// `--out` must never cost the user their working tree, their spec or their templates.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GeneratorError, problem, type Problem } from '../errors.js';
import { isBookkeeping, RECORD_FILE } from './output-record.js';

export interface OutputFolderRules {
  /** Files and folders the run reads (the spec and every file it references, the template set). */
  inputs: string[];
  /** Allow a non-empty folder with no record of an earlier generation (the one refusal that can be overridden). */
  force?: boolean;
  /** Skip that one rule (a first check, before the inputs are all known, leaves it to the final one). */
  allowUnrecorded?: boolean;
  /** The working folder, for the "current folder" and "project root" rules. */
  cwd?: string;
}

/** The generator's own package, which no output may replace or contain. */
const GENERATOR_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Resolves `--out` to the real folder that will be written (a symlink writes into its target) and refuses the
 * folders that a generation must never touch. Throws a GeneratorError; touches nothing.
 */
export function resolveOutputFolder(out: string, rules: OutputFolderRules): string {
  const cwd = path.resolve(rules.cwd ?? process.cwd());
  const where = { file: out === '' ? '(empty)' : path.resolve(cwd, out) };
  const refuse = (code: string, message: string, hint: string): never => {
    throw new GeneratorError(problem(code, message, hint, where));
  };
  if (out.trim() === '')
    refuse('out-empty', '`--out` is empty', 'name the output folder, e.g. --out generated/client (is a shell variable unset?)');

  const target = realTarget(path.resolve(cwd, out), refuse);
  const home = os.homedir();
  if (target === path.parse(target).root) refuse('out-is-root', 'the output folder is the file system root', 'name a folder of its own');
  if (home && target === realOrSelf(home)) refuse('out-is-home', 'the output folder is your home folder', 'name a folder of its own');

  for (const input of rules.inputs) {
    const real = realOrSelf(path.resolve(cwd, input));
    if (!fs.existsSync(real)) continue; // a missing input is reported by the stage that reads it
    if (contains(target, real))
      refuse(
        'out-holds-input',
        `the output folder ${real === target ? 'is' : 'contains'} ${path.relative(cwd, real) || real}, which this run reads`,
        'write the client to a folder of its own, outside the spec and the template set',
      );
  }
  for (const root of projectRoots(cwd)) {
    if (contains(target, root))
      refuse(
        'out-is-project-root',
        `the output folder ${root === target ? 'is' : 'contains'} the project root ${root}`,
        'write the client to a folder of its own inside the project, e.g. generated/client',
      );
  }
  if (fs.existsSync(path.join(target, '.git')))
    refuse('out-holds-git', 'the output folder holds a .git repository', 'write the client to a folder of its own');

  if (!rules.force && !rules.allowUnrecorded && !fs.existsSync(path.join(target, RECORD_FILE)) && !isEmptyOrMissing(target))
    refuse(
      'out-not-generated',
      `the output folder is not empty and holds no ${RECORD_FILE} record of an earlier generation`,
      'choose an empty or new folder, or pass --force to write beside the files there (it removes none of them)',
    );
  return target;
}

/** The folder as it will be written: symlinks followed; a file, a broken link or a non-folder is refused. */
function realTarget(requested: string, refuse: (code: string, message: string, hint: string) => never): string {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(requested);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR')
      refuse('out-not-a-folder', 'a parent of the output folder is a file', 'name a folder whose parents are folders');
    if (code !== 'ENOENT') refuse('out-unreadable', `cannot read the output folder (${code})`, 'check its permissions');
    if (isDanglingLink(requested)) refuse('out-broken-link', 'the output folder is a symbolic link to nothing', 'fix or remove the link');
  }
  if (stat && !stat.isDirectory()) refuse('out-not-a-folder', 'the output path is a file, not a folder', 'name a folder');
  if (stat) return fs.realpathSync(requested);
  // Not there yet: resolve the nearest existing parent, so a link above it is followed too.
  const parent = path.dirname(requested);
  return parent === requested ? requested : path.join(realTarget(parent, refuse), path.basename(requested));
}

function isDanglingLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function realOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** Whether `folder` is `file` or one of its ancestors. */
function contains(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The generator's package, and the project the user works in: the nearest folder up from cwd with .git or package.json. */
function projectRoots(cwd: string): string[] {
  const roots = [realOrSelf(GENERATOR_ROOT)];
  for (let dir = realOrSelf(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git')) || fs.existsSync(path.join(dir, 'package.json'))) {
      roots.push(dir);
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return roots;
}

function isEmptyOrMissing(folder: string): boolean {
  try {
    return fs.readdirSync(folder).every(isBookkeeping);
  } catch {
    return true;
  }
}

/** A warning for `--force` into a folder without a record: nothing there is removed, stale files may stay. */
export function forcedWithoutRecord(target: string): Problem | undefined {
  if (fs.existsSync(path.join(target, RECORD_FILE)) || isEmptyOrMissing(target)) return undefined;
  return problem(
    'out-forced',
    `--force: writing into a folder with no ${RECORD_FILE}; files already there with a generated file's name are replaced, no other file is removed`,
    'from now on the record lets later runs remove only what the generator wrote',
    { file: target },
    'warning',
  );
}
