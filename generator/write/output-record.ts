// The record of a generation (`.generated-files` in the output folder): every file the generator wrote, with a
// hash of what it wrote. A later run removes only files listed here, and only while they hold what was written:
// files the user added, or edited after generation, are never deleted.
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
  '# Written by the client generator: the files of this folder that it generated, with a hash of each.',
  '# A regeneration removes a listed file that it no longer produces (unless it was edited since); other files',
  '# in this folder are never touched. Keep this file with the output.',
];

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

/** The record as text: sorted, so the same generation always writes the same bytes. */
export function serializeRecord(record: OutputRecord): string {
  const lines = [...record].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, hash]) => `${hash}  ${file}`);
  return `${[...HEADER, ...lines].join('\n')}\n`;
}

/**
 * The record in `folder`, or undefined when there is none. Entries that could name something outside the folder
 * (absolute, `..`, empty segments) are dropped: the record is read back from disk, and disk is not trusted.
 */
export function readRecord(folder: string): OutputRecord | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(folder, RECORD_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const record: OutputRecord = new Map();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{16}) {2}(.+)$/.exec(line);
    if (match && isSafeRelative(match[2]!)) record.set(match[2]!, match[1]!);
  }
  return record;
}

export function isSafeRelative(file: string): boolean {
  return (
    file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..') &&
    !file.includes('\\') &&
    !file.includes('\0')
  );
}
