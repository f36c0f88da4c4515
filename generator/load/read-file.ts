// Reading a spec file is reading untrusted input: only regular files are read, and their size is checked
// before the first byte is, so a FIFO, a device or a huge file can neither hang the run nor fill its memory.
import fs from 'node:fs';
import { GeneratorError, problem, type SourceLocation } from '../errors.js';

/** Files larger than this are refused before they are read: no real API description comes close. */
export const MAX_SPEC_BYTES = 20 * 1024 * 1024;

/** What a path names when it is not a regular file, in words for a message. */
export function kindOf(stat: fs.Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

export interface ReadOptions {
  /** Bytes at most (MAX_SPEC_BYTES by default). */
  limit?: number;
  /** Refuse a symlink as the last part of the path (for a real path already checked, that must not change). */
  noFollow?: boolean;
}

/**
 * Reads `file` when it is a regular file of at most `limit` bytes. It is checked with stat before it is opened
 * (a FIFO or device is never opened), then opened non-blocking and checked again on the descriptor, so a file
 * swapped for a FIFO in between is refused instead of blocking; the read stops at `limit` even if the file grows.
 */
export function readRegularFile(file: string, where: SourceLocation, options: ReadOptions = {}): Buffer {
  const limit = options.limit ?? MAX_SPEC_BYTES;
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    refuseUnlessReadable(stat, where, limit);
    const noFollow = options.noFollow ? (fs.constants.O_NOFOLLOW ?? 0) : 0;
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | noFollow);
    const opened = fs.fstatSync(fd);
    if (opened.ino !== stat.ino || opened.dev !== stat.dev) refuseUnlessReadable(opened, where, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw tooLarge(total, where, limit);
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof GeneratorError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? 'unknown error'})`;
    throw new GeneratorError(problem('file-unreadable', message, 'check the path and its permissions', where));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function refuseUnlessReadable(stat: fs.Stats, where: SourceLocation, limit: number): void {
  const kind = kindOf(stat);
  if (kind === 'a folder') {
    throw new GeneratorError(
      problem('spec-is-directory', 'expected a file but found a folder', 'pass the path of the .yaml or .json spec file', where),
    );
  }
  if (kind !== undefined) {
    throw new GeneratorError(
      problem(
        'not-a-file',
        `expected a regular file but found ${kind}; it was not read`,
        'pass the path of the .yaml or .json spec file',
        where,
      ),
    );
  }
  if (stat.size > limit) throw tooLarge(stat.size, where, limit);
}

function tooLarge(size: number, where: SourceLocation, limit: number): GeneratorError {
  return new GeneratorError(
    problem(
      'spec-too-large',
      `the file is ${(size / 1048576).toFixed(1)} MiB or more, over the ${(limit / 1048576).toFixed(0)} MiB limit for a spec`,
      'check that this is the API description you meant to pass',
      where,
    ),
  );
}
