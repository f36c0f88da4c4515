// Child processes: timed runs with peak memory, JSON-speaking TypeScript children, and the loopback server.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { REPO } from './context.js';

export interface TimedRun {
  wallMs: number;
  /** Peak resident set size of the process tree's largest process, in bytes (NaN when unknown). */
  maxRssBytes: number;
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

let gnuTime: boolean | undefined;

/** Whether `/usr/bin/time -v` works here (GNU time); otherwise peak memory comes from a Node preload hook. */
export function hasGnuTime(): boolean {
  gnuTime ??= fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true'], { stdio: 'ignore' }).status === 0;
  return gnuTime;
}

const RSS_HOOK = `import fs from 'node:fs';
process.on('exit', () => { try { fs.appendFileSync(process.env.BENCH_RSS_FILE, process.resourceUsage().maxRSS + '\\n'); } catch {} });
`;

/**
 * Runs a command to completion (or kills its process group after `timeoutMs`), timing the whole process from
 * spawn to exit and reading its peak RSS from `/usr/bin/time -v` — or, without GNU time, from a preload hook
 * that every Node process in the tree runs (`NODE_OPTIONS=--import`), keeping the largest.
 */
export function timedRun(
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; tmp: string; env?: NodeJS.ProcessEnv },
): Promise<TimedRun> {
  const stamp = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const timeFile = path.join(options.tmp, `time-${stamp}.txt`);
  const rssFile = path.join(options.tmp, `rss-${stamp}.txt`);
  let env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  let file = command;
  let argv = args;
  if (hasGnuTime()) {
    file = '/usr/bin/time';
    argv = ['-v', '-o', timeFile, command, ...args];
  } else {
    const hook = path.join(options.tmp, 'rss-hook.mjs');
    if (!fs.existsSync(hook)) fs.writeFileSync(hook, RSS_HOOK);
    env = { ...env, BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=${hook}`.trim() };
  }
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole group we started (detached: its own process group), not just /usr/bin/time.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      clearTimeout(timer);
      let maxRssBytes = NaN;
      try {
        if (hasGnuTime()) {
          const text = fs.readFileSync(timeFile, 'utf8');
          const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
          if (kb) maxRssBytes = Number(kb) * 1024;
          fs.rmSync(timeFile, { force: true });
        } else {
          const values = fs.readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
          maxRssBytes = Math.max(...values) * 1024;
          fs.rmSync(rssFile, { force: true });
        }
      } catch {
        // killed before it could report: leave NaN
      }
      resolve({ wallMs, maxRssBytes, code, timedOut, stdout, stderr });
    });
  });
}

const compiledChildren = new Map<string, string>();

/**
 * How to run a TypeScript child: compiled to JavaScript once (esbuild, packages left external, written under
 * node_modules/.cache so that they resolve), then on plain Node. A measured client must not run under a
 * TypeScript loader: tsx's hooks thread and transforms slow some clients more than others (streaming
 * through this client measured 1.5× slower under tsx than without it, raw fetch barely).
 * `loader: true` runs the sources through tsx instead (the generation-stage probe, which times imports).
 */
function childCommand(script: string, loader: boolean): string[] {
  if (loader) return ['--import', 'tsx', script];
  let compiled = compiledChildren.get(script);
  if (!compiled) {
    compiled = path.join(REPO, 'node_modules/.cache/bench-children', `${path.basename(script, '.ts')}.mjs`);
    esbuild.buildSync({
      entryPoints: [script],
      outfile: compiled,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
    compiledChildren.set(script, compiled);
  }
  return [compiled];
}

/**
 * Runs a TypeScript child (compiled, see childCommand) with `'<json>'` as its argument and parses the JSON on
 * its last stdout line. Each call is a fresh process, so clients measured in turn do not share JIT state.
 */
export function runChild<T>(
  script: string,
  arg: unknown,
  options: { timeoutMs?: number; execArgv?: string[]; loader?: boolean } = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const command = childCommand(script, options.loader ?? false);
    const child = spawn(process.execPath, [...(options.execArgv ?? []), ...command, JSON.stringify(arg)], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0) {
        reject(new Error(`${path.basename(script)} exited ${code ?? signal}: ${(stderr || stdout).trim().slice(-2000)}`));
        return;
      }
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${path.basename(script)} printed no JSON result: ${stdout.slice(-500)} ${stderr.slice(-500)}`));
      }
    });
  });
}

export interface LoopbackServer {
  baseURL: string;
  close(): Promise<void>;
}

/**
 * Starts bench/children/server.ts (or another server child that prints `{"port":…}` first, e.g. ws-server.ts)
 * in its own process (its own core) and waits until it listens on loopback.
 */
export function startServer(
  options: { audioBytes: number; chunkBytes?: number },
  script = path.join(REPO, 'bench/children/server.ts'),
): Promise<LoopbackServer> {
  return new Promise((resolve, reject) => {
    // stdin stays open as a lifeline: the server exits when this process does, however it ends.
    const child = spawn(process.execPath, [...childCommand(script, false), JSON.stringify(options)], {
      cwd: REPO,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let buffer = '';
    const onData = (d: Buffer): void => {
      buffer += d.toString();
      const line = buffer.split('\n')[0];
      if (!buffer.includes('\n') || line === undefined) return;
      child.stdout.off('data', onData);
      const { port } = JSON.parse(line) as { port: number };
      resolve({
        baseURL: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('close', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!buffer.includes('\n')) reject(new Error(`the loopback server exited early (${code})`));
    });
  });
}
