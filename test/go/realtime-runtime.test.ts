// The Go set's realtime runtime (templates/go/runtime/realtime) passes its own Go tests, offline, in the module
// test/go/realtime (whose go.mod and go.sum pin github.com/coder/websocket): every test runs and passes, none is
// skipped, and the sources are gofmt-clean and vet-clean.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../support/paths.js';
import { assembleModule, OFFLINE, prepareGo, REALTIME_RUNTIME, run } from './go-module.js';

describe('Go realtime runtime', () => {
  it('passes every one of its Go tests offline (go vet clean, none skipped)', () => {
    prepareGo();
    const { dir, cleanup } = tempDir('go-realtime-');
    try {
      const sources = assembleModule(dir);

      const vet = run('go', ['vet', './...'], dir, OFFLINE);
      expect(vet.output).toBe('');
      expect(vet.status).toBe(0);

      const declared = sources
        .filter((name) => name.endsWith('_test.go'))
        .flatMap((name) => [...fs.readFileSync(path.join(REALTIME_RUNTIME, name), 'utf8').matchAll(/^func (Test\w+)\(/gm)])
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

  it('is gofmt-clean, with its test module', () => {
    prepareGo();
    const fmt = run('gofmt', ['-l', REALTIME_RUNTIME, path.join(REPO, 'test/go/realtime')], REPO);
    expect(fmt.status).toBe(0);
    expect(fmt.output).toBe('');
  });
});
