// The record of a generation (`.generated-files` in the output folder): every file the generator wrote, with a
// hash of what it wrote. A later run removes only files listed here, and only while they hold what was written:
// files the user added, or edited after generation, are never deleted. A formatted file's line also holds a hash of
// what the formatter was given (`formatSource`): a regeneration that renders the same text takes the file as it is
// instead of formatting it again (`previousFormatting`).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const RECORD_FILE = '.generated-files';
/** The lock of a run in progress (output-lock.ts). */
export const LOCK_FILE = '.generated-files.lock';
/** Folders a run stages its files in (write-output.ts). */
export const STAGING_PREFIX = '.generated-staging-';

/** Whether an entry of the output folder is the generator's own bookkeeping (record, lock, staging). */
export function isBookkeeping(name: string): boolean {
  return name === RECORD_FILE || name.startsWith(LOCK_FILE) || name.startsWith(STAGING_PREFIX);
}

const HEADER = [
  '# Written by the client generator: the files of this folder that it generated, with a hash of each (and of what',
  '# the formatter was given, for a formatted file). A regeneration removes a listed file that it no longer produces',
  '# (unless it was edited since); other files in this folder are never touched. Keep this file with the output.',
];

/** A line: content hash, the formatter's input hash (formatted files only), two spaces, the relative path. */
const LINE = /^([0-9a-f]{16})(?: ([0-9a-f]{16}))? {2}(.+)$/;

/** Relative path → short content hash. */
export type OutputRecord = Map<string, string>;

export function contentHash(content: string | Buffer): string {
  return crypto.createHash('sha256').update(content).digest('hex').slice(0, 16);
}

export function recordOf(files: Iterable<[string, string]>): OutputRecord {
  const record: OutputRecord = new Map();
  for (const [file, content] of files) record.set(file, contentHash(content));
  return record;
}

/** The record as text: sorted, so the same generation always writes the same bytes. `formatSources`: the hash of
 * what the formatter was given, by file. */
export function serializeRecord(record: OutputRecord, formatSources: ReadonlyMap<string, string> = new Map()): string {
  const lines = [...record]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, hash]) => `${hash}${formatSources.has(file) ? ` ${formatSources.get(file)}` : ''}  ${file}`);
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/**
 * The record in `folder`, or undefined when there is none. Entries that could name something outside the folder
 * (absolute, `..`, empty segments) are dropped: the record is read back from disk, and disk is not trusted.
 */
export function readRecord(folder: string): OutputRecord | undefined {
  return readRecordLines(folder)?.record;
}

function readRecordLines(folder: string): { record: OutputRecord; formatSources: Map<string, string> } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(folder, RECORD_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const record: OutputRecord = new Map();
  const formatSources = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = LINE.exec(line);
    if (!match || !isSafeRelative(match[3]!)) continue;
    record.set(match[3]!, match[1]!);
    if (match[2]) formatSources.set(match[3]!, match[2]);
  }
  return { record, formatSources };
}

/**
 * What the previous generation in `folder` formatted: `(file, source)` gives the file as it is in the folder when
 * the formatter was given the same input (`source`, its hash) for it then, and the file still holds what was
 * written (not edited since); else undefined, and the file is formatted again.
 */
export function previousFormatting(folder: string): ((file: string, source: string) => string | undefined) | undefined {
  const previous = readRecordLines(folder);
  if (!previous || previous.formatSources.size === 0) return undefined;
  return (file, source) => {
    // Only files the record lists (safe relative paths) are read.
    if (previous.formatSources.get(file) !== source) return undefined;
    let text: string;
    try {
      const full = path.join(folder, file);
      if (!fs.lstatSync(full).isFile()) return undefined;
      text = fs.readFileSync(full, 'utf8');
    } catch {
      return undefined;
    }
    return contentHash(text) === previous.record.get(file) ? text : undefined;
  };
}

export function isSafeRelative(file: string): boolean {
  return (
    file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') &&
    !file.includes('\\') &&
    !file.includes('\0')
  );
}
