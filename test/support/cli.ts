// Runs the generator's command line as a user would: a separate Node process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from './paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI from its sources (through tsx), or `compiled`: through generator/run.mjs, as `npm run generate` runs it. */
export function runCli(args: string[], cwd = REPO, compiled = false): CliResult {
  const entry = compiled ? [path.join(REPO, 'generator/run.mjs')] : ['--import', 'tsx', path.join(REPO, 'generator/cli.ts')];
  const result = spawnSync(process.execPath, [...entry, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The compiled CLI with a kill timeout: a run that hangs ends with `signal` set instead of blocking the test.
 * For hostile inputs, where hanging is one of the failures looked for.
 */
export function runCliBounded(
  args: string[],
  timeout = 20_000,
  env: NodeJS.ProcessEnv = {},
): CliResult & { signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, [path.join(REPO, 'generator/run.mjs'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** What an unexpected exception looks like on stderr: a stack frame, or the CLI's internal-error line. */
export const CRASH = /internal error|\n\s+at .+:\d+:\d+/;
