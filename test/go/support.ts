// Running the Go toolchain from tests: offline (GOPROXY=off), so a test never reaches the network; the module cache
// is filled by the `pretest` setup when a generated module needs third-party modules.
import { spawn, spawnSync } from 'node:child_process';

export const GO_ENV = { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', CGO_ENABLED: '0' };

export interface GoResult {
  status: number;
  output: string;
}

/** Runs a go (or gofmt) command and waits; the output joins stdout and stderr. */
export function goSync(args: string[], cwd: string, command = 'go', timeout = 300_000): GoResult {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: GO_ENV });
  const missing = result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT';
  return {
    status: result.status ?? -1,
    output: missing
      ? `${command} is not installed or not on PATH: the Go tests need the Go toolchain (1.24 or later)`
      : `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

/** As goSync, without blocking the event loop (for tests whose loopback server runs in this process). */
export function goAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeout = 300_000): Promise<GoResult> {
  return new Promise((resolve) => {
    const child = spawn('go', args, { cwd, env: { ...GO_ENV, ...env } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ status: -1, output: `go could not start: ${err.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, output });
    });
  });
}
