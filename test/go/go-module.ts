// The Go tests' shared setup: the toolchain must be there, the pinned modules in the cache (offline from then
// on), and the realtime runtime assembled with its test module (test/go/realtime: go.mod, go.sum, interop/) in a
// temporary folder, as the generated module will hold it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO } from '../support/paths.js';
import { GO_ENV } from './support.js';

export const REALTIME_RUNTIME = path.join(REPO, 'templates/go/runtime/realtime');
const TEST_MODULE = path.join(REPO, 'test/go/realtime');
/** Go commands run offline (test/go/support.ts): every module comes from the cache ensure-go-modules.sh filled. */
export const OFFLINE = GO_ENV;

export interface Ran {
  status: number | null;
  output: string;
  stdout: string;
}

export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Ran {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 << 20 });
  if (result.error) throw new Error(`${command} ${args.join(' ')} could not run: ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

/** Runs a program without blocking the event loop (servers in this process must keep answering it). */
export function runAsync(command: string, args: string[], input: string, timeoutMs = 60_000): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output: stdout + stderr, stdout });
    });
    child.stdin.end(input);
  });
}

/** Runs a built scenario program (its scenario as JSON on stdin), which must succeed; returns what it printed as JSON. */
export async function driveProgram<T>(program: string, scenario: Record<string, unknown>): Promise<T> {
  const ran = await runAsync(program, [], JSON.stringify(scenario));
  expect(ran.status, ran.output).toBe(0);
  return JSON.parse(ran.stdout) as T;
}

/** The bytes of base64 text, as the programs print audio. */
export const decodeBase64 = (b64: string): Buffer => Buffer.from(b64, 'base64');

let prepared = false;

/**
 * Fails with a clear message when Go is missing; fills the module cache from go.sum (quick when it is full). Tests
 * call it themselves rather than from a hook, so that a missing toolchain fails each test instead of skipping it.
 */
export function prepareGo(): void {
  if (prepared) return;
  if (spawnSync('go', ['version']).error)
    throw new Error('The Go toolchain is missing: install Go 1.23+ (https://go.dev/dl/) to run the Go tests.');
  const setup = run('bash', ['test/support/ensure-go-modules.sh'], REPO);
  if (setup.status !== 0) throw new Error(`test/support/ensure-go-modules.sh failed:\n${setup.output}`);
  prepared = true;
}

/** Copies the test module and the runtime (as package `realtime`) into `dir`; returns the runtime's file names. */
export function assembleModule(dir: string): string[] {
  fs.cpSync(TEST_MODULE, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'realtime'));
  const sources = fs.readdirSync(REALTIME_RUNTIME).filter((name) => name.endsWith('.go'));
  for (const name of sources) fs.copyFileSync(path.join(REALTIME_RUNTIME, name), path.join(dir, 'realtime', name));
  return sources;
}
