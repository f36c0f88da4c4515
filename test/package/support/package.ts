// The generated package as a user receives it: built where a maintainer builds it (outside any node_modules,
// since TypeScript treats sources there as dependencies), packed with npm, and installed from the tarball into
// a fresh project without the network. No test framework in here: the test file asserts.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CARTESIA_OUT, REPO } from '../../support/paths.js';

export const TSC = path.join(REPO, 'node_modules/typescript/bin/tsc');
const BIN = path.join(REPO, 'node_modules/.bin');

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment for child processes, without what `npm test` exported for its own run (`npm_config_*`,
 * `npm_package_*`, ...): a nested npm must read its settings from the command line and the temp project only.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** Runs a command to its end without throwing; the caller decides what a failure means. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv()): CommandResult {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like `run`, without blocking this process (which may be serving the command over loopback meanwhile). */
export function runAsync(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv()): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Links the generated package's devDependencies (what its build script needs: TypeScript, esbuild) from this
 * repository's node_modules into `source`, instead of installing them from the registry.
 */
export function linkBuildTools(source: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as { devDependencies?: object };
  for (const name of Object.keys(manifest.devDependencies ?? {})) {
    const target = path.join(source, 'node_modules', name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.symlinkSync(path.join(REPO, 'node_modules', name), target, 'dir');
  }
}

/** Like `run`, but a non-zero exit throws with everything the command printed. */
export function runOk(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  const result = run(command, args, cwd, env);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status} in ${cwd}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Copies the generated package into `dir`/client and builds it with its own script; returns the folder. */
export function buildCopy(dir: string): string {
  const source = unbuiltCopy(dir);
  execFileSync(process.execPath, [path.join(source, 'scripts/build.mjs')], { cwd: source, stdio: 'pipe' });
  return source;
}

/** The generated package as a fresh checkout holds it: no `dist/`, build tools linked in as `npm install` would. */
export function unbuiltCopy(dir: string): string {
  const source = path.join(dir, 'client');
  fs.cpSync(CARTESIA_OUT, source, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
  // The build script resolves its devDependencies from the package's own node_modules.
  linkBuildTools(source);
  return source;
}

export interface Packed {
  tarball: string;
  /** What `npm pack --json` says it packed, relative to the package root. */
  reported: string[];
}

/** `npm pack` of a built package into `destination` (local files only: the package has no runtime dependencies). */
export function pack(source: string, destination: string, cache: string): Packed {
  fs.mkdirSync(destination, { recursive: true });
  const stdout = runOk('npm', ['pack', '--json', '--pack-destination', destination, '--cache', cache, '--offline'], source);
  // npm may print lifecycle output before the JSON; the JSON is the array at the end.
  const report = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  const first = report[0]!;
  return { tarball: path.join(destination, first.filename), reported: first.files.map((f) => f.path).sort() };
}

/** Every file in the tarball, relative to its `package/` folder (what `tar` itself lists, not what npm says). */
export function tarEntries(tarball: string): string[] {
  const listing = runOk('tar', ['-tzf', tarball], path.dirname(tarball));
  return listing
    .split('\n')
    .filter((line) => line !== '' && !line.endsWith('/'))
    .map((line) => {
      if (!line.startsWith('package/')) throw new Error(`tarball entry outside package/: ${line}`);
      return line.slice('package/'.length);
    })
    .sort();
}

/** A fresh project with the tarball installed by npm, offline; returns the installed package's folder. */
export function installTarball(tarball: string, app: string, cache: string): string {
  fs.mkdirSync(app, { recursive: true });
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', version: '1.0.0', private: true }, null, 2));
  runOk('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--cache', cache], app);
  return path.join(app, 'node_modules/@cartesia-gen/client');
}

/** Type-checks `files` in `app` with the repository's TypeScript under these compiler options; returns tsc's output. */
export function typecheck(app: string, name: string, compilerOptions: Record<string, unknown>, files: string[]): CommandResult {
  const config = path.join(app, `tsconfig.${name}.json`);
  fs.writeFileSync(
    config,
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: false, ...compilerOptions }, files }, null, 2),
  );
  return run(process.execPath, [TSC, '-p', config, '--pretty', 'false'], app);
}

/** publint's CLI on a tarball, and its exit status. */
export function publintCli(tarball: string): CommandResult {
  return run(path.join(BIN, 'publint'), ['run', tarball, '--strict'], path.dirname(tarball));
}

export interface AttwReport {
  analysis: { problems: unknown[]; entrypoints: Record<string, { resolutions: Record<string, unknown> }> };
}

/** @arethetypeswrong/cli on a tarball, every resolution mode (`strict` profile), no registry look-up for @types. */
export function attw(tarball: string): { report: AttwReport; table: string; status: number | null } {
  const cwd = path.dirname(tarball);
  const json = run(path.join(BIN, 'attw'), [tarball, '--format', 'json', '--no-definitely-typed'], cwd);
  const table = run(path.join(BIN, 'attw'), [tarball, '--format', 'ascii', '--no-definitely-typed', '--no-emoji'], cwd);
  return { report: JSON.parse(json.stdout) as AttwReport, table: table.stdout + table.stderr, status: json.status };
}
