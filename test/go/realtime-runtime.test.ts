// The Go set's realtime runtime (templates/go/runtime/realtime) passes its own Go tests, offline, in the module
// test/go/realtime (whose go.mod and go.sum pin github.com/coder/websocket): every test runs and passes, none is
// skipped, and the sources are gofmt-clean and vet-clean.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../support/paths.js';

const RUNTIME = path.join(REPO, 'templates/go/runtime/realtime');
const MODULE = path.join(REPO, 'test/go/realtime');
const OFFLINE = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' };

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 << 20 });
  if (result.error) throw new Error(`${command} ${args.join(' ')} could not run: ${result.error.message}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

beforeAll(() => {
  if (spawnSync('go', ['version']).error)
    throw new Error('The Go toolchain is missing: install Go 1.23+ (https://go.dev/dl/) to run the Go tests.');
  // Quick when the module cache already holds the pinned modules (npm test's pretest runs it too).
  const setup = run('bash', ['test/support/ensure-go-modules.sh'], REPO);
  if (setup.status !== 0) throw new Error(`test/support/ensure-go-modules.sh failed:\n${setup.output}`);
});

describe('Go realtime runtime', () => {
  it('passes every one of its Go tests offline (go vet clean, none skipped)', () => {
    const { dir, cleanup } = tempDir('go-realtime-');
    try {
      fs.copyFileSync(path.join(MODULE, 'go.mod'), path.join(dir, 'go.mod'));
      fs.copyFileSync(path.join(MODULE, 'go.sum'), path.join(dir, 'go.sum'));
      fs.mkdirSync(path.join(dir, 'realtime'));
      const sources = fs.readdirSync(RUNTIME).filter((name) => name.endsWith('.go'));
      for (const name of sources) fs.copyFileSync(path.join(RUNTIME, name), path.join(dir, 'realtime', name));

      const vet = run('go', ['vet', './...'], dir, OFFLINE);
      expect(vet.output).toBe('');
      expect(vet.status).toBe(0);

      const declared = sources
        .filter((name) => name.endsWith('_test.go'))
        .flatMap((name) => [...fs.readFileSync(path.join(RUNTIME, name), 'utf8').matchAll(/^func (Test\w+)\(/gm)])
        .map((match) => match[1]!)
        .sort();
      const test = run('go', ['test', '-count=1', '-json', './...'], dir, OFFLINE);
      const outcomes = new Map<string, string>();
      const printed = new Map<string, string>();
      for (const line of test.stdout.split('\n')) {
        if (!line.startsWith('{')) continue;
        const event = JSON.parse(line) as { Action: string; Test?: string; Output?: string };
        const name = event.Test?.split('/')[0];
        if (!name) continue;
        if (event.Action === 'output') printed.set(name, (printed.get(name) ?? '') + (event.Output ?? ''));
        if (event.Test === name && ['pass', 'fail', 'skip'].includes(event.Action)) outcomes.set(name, event.Action);
      }
      const failed = [...outcomes].filter(([, outcome]) => outcome !== 'pass').map(([name]) => name);
      const report = failed.map((name) => printed.get(name)).join('\n') || test.output.slice(-20_000);
      expect(failed, report).toEqual([]);
      expect(test.status, report).toBe(0);
      expect([...outcomes.keys()].sort()).toEqual(declared);
      expect(declared.length).toBeGreaterThanOrEqual(20);
    } finally {
      cleanup();
    }
  }, 300_000);

  it('is gofmt-clean', () => {
    const fmt = run('gofmt', ['-l', '.'], RUNTIME);
    expect(fmt.status).toBe(0);
    expect(fmt.output).toBe('');
  });
});
