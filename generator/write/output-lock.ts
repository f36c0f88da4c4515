// One generation at a time per output folder: a lock file created atomically (link of a complete temporary file,
// which fails when the lock exists). A second run waits for the first; a lock left by a dead process (same host,
// process gone, or older than any real run) is taken over, so a crash never blocks the folder for good.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { GeneratorError, problem } from '../errors.js';
import { LOCK_FILE } from './output-record.js';

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  started: number;
}

export interface OutputLock {
  release(): void;
}

/** A lock older than this is stale whoever holds it: a generation takes seconds. */
const STALE_AFTER_MS = 10 * 60_000;
const POLL_MS = 100;

const held = new Set<string>();

/**
 * Takes the lock of `folder` (which must exist), waiting up to `waitMs` for another run to finish.
 * `onWait` is called once if the lock is busy.
 */
export async function lockOutputFolder(
  folder: string,
  options: { waitMs?: number; onWait?: (pid: number) => void } = {},
): Promise<OutputLock> {
  const lockPath = path.join(folder, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), token: crypto.randomUUID(), started: Date.now() };
  const deadline = Date.now() + (options.waitMs ?? 120_000);
  let told = false;
  for (;;) {
    if (tryCreate(lockPath, me)) break;
    const owner = readOwner(lockPath);
    if (owner === null) continue; // released between our attempt and the read
    if (isStale(owner, lockPath)) {
      removeIfStill(lockPath, owner);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new GeneratorError(
        problem(
          'out-locked',
          `another generation (process ${owner?.pid ?? 'unknown'}) is writing this folder`,
          `wait for it to finish, or remove ${LOCK_FILE} if no generator is running`,
          { file: folder },
        ),
      );
    }
    if (!told && owner) options.onWait?.(owner.pid);
    told = true;
    await sleep(POLL_MS);
  }
  held.add(lockPath);
  return {
    release() {
      held.delete(lockPath);
      removeIfStill(lockPath, me);
    },
  };
}

/** Removes the locks this process holds (for a signal handler: the process is about to exit). */
export function releaseHeldLocks(): void {
  for (const lockPath of held) {
    try {
      if (readOwner(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
    } catch {
      // exiting anyway
    }
  }
  held.clear();
}

function tryCreate(lockPath: string, me: LockOwner): boolean {
  // Written whole under a private name first, so no reader ever sees a half-written lock.
  const temporary = `${lockPath}.${me.token}`;
  fs.writeFileSync(temporary, JSON.stringify(me));
  try {
    fs.linkSync(temporary, lockPath);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/** The owner recorded in the lock; null when there is no lock, undefined when it cannot be read as one. */
function readOwner(lockPath: string): LockOwner | null | undefined {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<LockOwner>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.token === 'string' && typeof data.started === 'number')
      return data as LockOwner;
  } catch {
    // not a lock this generator wrote
  }
  return undefined;
}

function isStale(owner: LockOwner | undefined, lockPath: string): boolean {
  if (!owner) {
    // Unreadable: stale once it is old enough that no writer can still be finishing it.
    const age = Date.now() - (fs.statSync(lockPath, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    return age > 5_000;
  }
  if (Date.now() - owner.started > STALE_AFTER_MS) return true;
  return owner.host === os.hostname() && !isAlive(owner.pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the lock only while it still holds `owner` (another run may have replaced it meanwhile). */
function removeIfStill(lockPath: string, owner: LockOwner | undefined): void {
  const current = readOwner(lockPath);
  if (current === null) return;
  if (owner === undefined ? current === undefined : current?.token === owner.token) fs.rmSync(lockPath, { force: true });
}
