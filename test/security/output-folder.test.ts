// The output folder is the user's: the generator refuses folders it must never write (with nothing touched),
// removes only files it recorded, survives interrupts and crashes without leftovers, and lets one run at a time in.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../generator/render/template-set.js';
import { recoverInterruptedRuns } from '../../generator/write/write-output.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';

const CLI = path.join(REPO, 'generator/run.mjs');
const SPEC_A = path.join(REPO, 'test/golden/json-body/spec.yaml');
const SPEC_B = path.join(REPO, 'test/golden/query-params/spec.yaml');
const TRACE = /\n\s+at .+:\d+:\d+\)?\n/;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

function cliAsync(args: string[], onStderr?: (text: string) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      onStderr?.(stderr);
    });
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

/** Every file and folder under `dir` (dot entries too), with a hash of each file. */
function snapshot(dir: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name);
      hash.update(path.relative(dir, full)).update('\0');
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hash.update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.startsWith('.generated-staging-') || f.startsWith('.generated-files.lock'));
}

let work: ReturnType<typeof tempDir>;
beforeAll(() => {
  work = tempDir('out-folder-');
});
afterAll(() => work.cleanup());

/** A fresh folder under the test's work folder. */
function folder(name: string, files: Record<string, string> = {}): string {
  const dir = path.join(work.dir, `${name}-${crypto.randomUUID().slice(0, 8)}`);
  fs.mkdirSync(dir, { recursive: true });
  writeTree(dir, files);
  return dir;
}

describe('folders the generator refuses, with exit 1, a located message and nothing touched', () => {
  const specText = fs.readFileSync(SPEC_A, 'utf8');

  it.each([false, true])('an empty --out (force: %s) is refused; the current folder is untouched', (force) => {
    const project = folder('empty-out', { 'notes.txt': 'mine' });
    const before = snapshot(project);
    const result = cli(['generate', '--spec', SPEC_A, '--templates', TS_TEMPLATES, '--out', '', ...(force ? ['--force'] : [])], {
      cwd: project,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error\[out-empty\]: `--out` is empty/);
    expect(snapshot(project)).toBe(before);
  });

  it.each([false, true])('the file system root and the home folder (force: %s)', (force) => {
    const home = folder('home', { '.npmrc': '//registry/:_authToken=x' });
    const extra = force ? ['--force'] : [];
    const root = cli(['generate', '--spec', SPEC_A, '--out', '/', ...extra]);
    expect(root.status).toBe(1);
    expect(root.stderr).toMatch(/error\[out-is-root\]/);
    const before = snapshot(home);
    const inHome = cli(['generate', '--spec', SPEC_A, '--out', home, ...extra], { env: { HOME: home } });
    expect(inHome.status).toBe(1);
    expect(inHome.stderr).toMatch(/error\[out-is-home\]/);
    expect(snapshot(home)).toBe(before);
  });

  it.each([false, true])('the current folder when it holds the spec, and the spec folder itself (force: %s)', (force) => {
    const project = folder('holds-spec', { 'spec.yaml': specText });
    const before = snapshot(project);
    for (const [cwd, out] of [
      [project, '.'],
      [REPO, project],
      [REPO, path.join(project, 'spec.yaml')],
    ] as const) {
      const result = cli(
        ['generate', '--spec', path.join(project, 'spec.yaml'), '--templates', TS_TEMPLATES, '--out', out, ...(force ? ['--force'] : [])],
        {
          cwd,
        },
      );
      expect(result.status, out).toBe(1);
      expect(result.stderr).toMatch(/error\[out-(holds-input|not-a-folder)\]/);
    }
    expect(snapshot(project)).toBe(before);
  });

  it.each([false, true])('a folder holding a file the spec references (force: %s)', (force) => {
    const project = folder('holds-ref', {
      'api/spec.yaml': specText.replace(
        /components:\n {2}schemas:\n/,
        'components:\n  schemas:\n    Ext: { $ref: "./schemas/ext.yaml" }\n',
      ),
      'api/schemas/ext.yaml': 'type: object\nproperties: { a: { type: string } }\n',
    });
    const before = snapshot(project);
    const result = cli([
      'generate',
      '--spec',
      path.join(project, 'api/spec.yaml'),
      '--out',
      path.join(project, 'api/schemas'),
      ...(force ? ['--force'] : []),
    ]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/error\[out-holds-input\]: the output folder contains .*ext\.yaml/);
    expect(snapshot(project)).toBe(before);
  });

  it.each([false, true])('the template set, the project root and the generator itself (force: %s)', (force) => {
    const project = folder('project', { 'package.json': '{}', 'src/index.ts': 'export {};' });
    const extra = force ? ['--force'] : [];
    const before = snapshot(project);
    const templatesBefore = snapshot(path.dirname(TS_TEMPLATES));
    const cases: [string, string, RegExp][] = [
      [REPO, TS_TEMPLATES, /out-holds-input/],
      [REPO, path.dirname(TS_TEMPLATES), /out-holds-input/],
      [REPO, '.', /out-is-project-root|out-holds-git|out-holds-input/],
      [project, '.', /out-is-project-root/],
      [path.join(project, 'src'), '..', /out-is-project-root/],
    ];
    for (const [cwd, out, code] of cases) {
      const result = cli(['generate', '--spec', SPEC_A, '--templates', TS_TEMPLATES, '--out', out, ...extra], { cwd });
      expect(result.status, `${cwd} ${out}`).toBe(1);
      expect(result.stderr).toMatch(code);
      expect(result.stderr).not.toMatch(TRACE);
    }
    expect(snapshot(project)).toBe(before);
    expect(snapshot(path.dirname(TS_TEMPLATES))).toBe(templatesBefore);
  });

  it.each([false, true])('any folder holding .git (force: %s)', (force) => {
    const repo = folder('git', { '.git/HEAD': 'ref: refs/heads/main\n', 'work.txt': 'mine' });
    const before = snapshot(repo);
    const result = cli(['generate', '--spec', SPEC_A, '--out', repo, ...(force ? ['--force'] : [])]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error\[out-holds-git\]/);
    expect(snapshot(repo)).toBe(before);
  });

  it('a non-empty folder with no record of an earlier generation, unless --force (which removes nothing)', () => {
    const mine = folder('mine', { 'photos/cat.jpg': 'meow', 'README.md': 'my readme', 'src/client.ts': 'my client' });
    const before = snapshot(mine);
    const refused = cli(['generate', '--spec', SPEC_A, '--out', mine]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`${path.basename(mine)}: error\\[out-not-generated\\].*--force`));
    expect(snapshot(mine)).toBe(before);

    const forced = cli(['generate', '--spec', SPEC_A, '--out', mine, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/warning\[out-forced\]/);
    expect(fs.readFileSync(path.join(mine, 'photos/cat.jpg'), 'utf8')).toBe('meow');
    expect(fs.existsSync(path.join(mine, '.generated-files'))).toBe(true);
    // From now on the folder has a record: a second run needs no --force.
    expect(cli(['generate', '--spec', SPEC_B, '--out', mine]).status).toBe(0);
    expect(fs.readFileSync(path.join(mine, 'photos/cat.jpg'), 'utf8')).toBe('meow');
  });

  it('a file where a generated file would go, in a folder with a record, is not replaced without --force', () => {
    const out = folder('foreign');
    expect(cli(['generate', '--spec', SPEC_A, '--out', out]).status).toBe(0);
    writeTree(out, { 'src/resources/items.ts': 'my own items' });
    const before = snapshot(out);
    const result = cli(['generate', '--spec', SPEC_B, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error\[out-file-not-generated\].*src\/resources\/items\.ts/);
    expect(snapshot(out)).toBe(before);
  });

  it('--out naming a file is a located error, not ENOTDIR with a stack trace', () => {
    const file = path.join(folder('file'), 'client.ts');
    fs.writeFileSync(file, 'mine');
    for (const out of [file, path.join(file, 'sub')]) {
      const result = cli(['generate', '--spec', SPEC_A, '--out', out]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/error\[out-not-a-folder\]/);
      expect(result.stderr).not.toMatch(/ENOTDIR|internal error/);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('mine');
  });

  it('--check follows the same rules and never writes, not even a folder or a record', () => {
    const project = folder('check', { 'package.json': '{}' });
    const before = snapshot(project);
    const refused = cli(['generate', '--spec', SPEC_A, '--templates', TS_TEMPLATES, '--out', '.', '--check'], { cwd: project });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/error\[out-is-project-root\]/);
    const missing = cli(['generate', '--spec', SPEC_A, '--out', path.join(project, 'client'), '--check']);
    expect(missing.status).toBe(1);
    expect(snapshot(project)).toBe(before);
  });
});

describe('where and how the output is written', () => {
  it('an --out that is a symbolic link writes into its target and keeps the link', () => {
    const target = folder('link-target');
    const link = path.join(folder('links'), 'client');
    fs.symlinkSync(target, link);
    const result = cli(['generate', '--spec', SPEC_A, '--out', link]);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(path.join(target, 'src/client.ts'))).toBe(true);
    expect(cli(['generate', '--spec', SPEC_A, '--out', link, '--check']).status).toBe(0);
  });

  it('needs nothing of the parent folder: no sibling is created, so a mount point or a fixed parent works', () => {
    const parent = folder('parent', { 'other.txt': 'x' });
    const out = path.join(parent, 'client');
    expect(cli(['generate', '--spec', SPEC_A, '--out', out]).status).toBe(0);
    const entries = fs.readdirSync(parent).sort();
    // The update runs inside the output folder (staging, moves), never through a rename of the folder itself.
    const inode = fs.statSync(out).ino;
    expect(cli(['generate', '--spec', SPEC_B, '--out', out]).status).toBe(0);
    expect(fs.readdirSync(parent).sort()).toEqual(entries);
    expect(fs.statSync(out).ino).toBe(inode);
    expect(leftovers(out)).toEqual([]);
  });
});

describe('interrupts, crashes and concurrent runs', () => {
  it('a crash in the middle of the update is undone by the next run: the previous generation comes back whole', () => {
    const out = folder('crash');
    expect(cli(['generate', '--spec', SPEC_A, '--out', out]).status).toBe(0);
    writeTree(out, { 'notes/mine.txt': 'mine' });
    const before = snapshot(out);
    for (const moves of [1, 4, 9]) {
      const crashed = cli(['generate', '--spec', SPEC_B, '--out', out], { env: { GENERATOR_CRASH_AFTER_MOVES: String(moves) } });
      expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
      // The dead run left its staging folder and its lock; the output is half moved.
      expect(leftovers(out).length).toBeGreaterThan(0);
      expect(snapshot(out)).not.toBe(before);
      recoverInterruptedRuns(out);
      fs.rmSync(path.join(out, '.generated-files.lock'), { force: true });
      expect(snapshot(out), `after a crash at move ${moves}`).toBe(before);
    }
  });

  it('a crash after the record moved in keeps the new generation; the next run cleans up and takes over the dead lock', () => {
    const out = folder('crash-late');
    expect(cli(['generate', '--spec', SPEC_A, '--out', out]).status).toBe(0);
    // How many moves a full update from A to B takes: every file written plus every file removed.
    const probe = folder('probe');
    fs.cpSync(out, probe, { recursive: true });
    const summary = cli(['generate', '--spec', SPEC_B, '--out', probe]).stdout;
    const [, written, removed] = /(\d+) written.* (\d+) removed/.exec(summary)!;
    const crashed = cli(['generate', '--spec', SPEC_B, '--out', out], {
      env: { GENERATOR_CRASH_AFTER_MOVES: String(Number(written) + Number(removed)) },
    });
    expect(crashed.signal).toBe('SIGKILL');
    expect(leftovers(out).length).toBeGreaterThan(0);
    const next = cli(['generate', '--spec', SPEC_B, '--out', out]);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).not.toMatch(/Waiting for another generation/);
    expect(next.stdout).toMatch(/ 0 written/);
    expect(leftovers(out)).toEqual([]);
    expect(snapshot(out)).toBe(snapshot(probe));
  });

  it('SIGINT and SIGTERM at any moment leave no staging folder and no lock, and one complete generation', async () => {
    const out = folder('signals');
    expect(cli(['generate', '--spec', SPEC_A, '--out', out]).status).toBe(0);
    const complete = (spec: string) => cli(['generate', '--spec', spec, '--out', out, '--check']).status === 0;
    for (const [i, delay] of [50, 200, 400, 600, 800, 1000, 1300, 1600].entries()) {
      const spec = i % 2 === 0 ? SPEC_B : SPEC_A;
      const child = spawn(process.execPath, [CLI, 'generate', '--spec', spec, '--out', out], { cwd: REPO });
      const closed = new Promise((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill(i % 2 === 0 ? 'SIGINT' : 'SIGTERM');
      await closed;
      expect(leftovers(out), `after a signal at ${delay} ms`).toEqual([]);
      expect(complete(SPEC_A) || complete(SPEC_B), `one whole generation after a signal at ${delay} ms`).toBe(true);
    }
  });

  it('two runs into the same folder at once: the second waits, and the folder holds one complete generation', async () => {
    const out = folder('concurrent');
    const [a, b] = await Promise.all([
      cliAsync(['generate', '--spec', SPEC_A, '--out', out]),
      cliAsync(['generate', '--spec', SPEC_B, '--out', out]),
    ]);
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(leftovers(out)).toEqual([]);
    const checks = [SPEC_A, SPEC_B].map((spec) => cli(['generate', '--spec', spec, '--out', out, '--check']).status);
    expect(checks.filter((s) => s === 0)).toHaveLength(1);
  });

  it('waits for a lock held by a live process, and goes on when it is released', async () => {
    const out = folder('locked');
    const lock = path.join(out, '.generated-files.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), token: 'test', started: Date.now() }));
    let released = false;
    const run = cliAsync(['generate', '--spec', SPEC_A, '--out', out], (stderr) => {
      if (!released && stderr.includes(`Waiting for another generation`)) {
        released = true;
        expect(stderr).toContain(`(process ${process.pid})`);
        expect(listFiles(out)).toEqual(['.generated-files.lock']);
        fs.rmSync(lock);
      }
    });
    const result = await run;
    expect(released).toBe(true);
    expect(result.status, result.stderr).toBe(0);
    expect(leftovers(out)).toEqual([]);
  });

  it('removes what an earlier version of the generator left beside the folder after a crash', () => {
    const parent = folder('legacy');
    const out = path.join(parent, 'client');
    expect(cli(['generate', '--spec', SPEC_A, '--out', out]).status).toBe(0);
    writeTree(parent, { '.client.staging-4242/src/a.ts': 'x', '.client.previous-77/src/b.ts': 'y', '.client.mine/keep.txt': 'z' });
    expect(cli(['generate', '--spec', SPEC_B, '--out', out]).status).toBe(0);
    expect(fs.readdirSync(parent).sort()).toEqual(['.client.mine', 'client']);
  });

  it('a lock left by a dead process is taken over at once', () => {
    const out = folder('stale-lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(
      path.join(out, '.generated-files.lock'),
      JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), token: 't', started: Date.now() }),
    );
    const result = cli(['generate', '--spec', SPEC_A, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/Waiting/);
    expect(leftovers(out)).toEqual([]);
  });
});
