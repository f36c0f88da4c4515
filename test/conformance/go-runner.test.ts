// The Go runner of the conformance cases: `go test` runs test/conformance/go/runner_test.go inside a copy of the
// generated module (generated/go) against this process's loopback server; each case's Go subtest must pass.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/pipeline.js';
import { goAsync } from '../go/support.js';
import { CARTESIA_SPEC, REPO, tempDir } from '../support/paths.js';
import { goNaming } from './go/naming.js';
import { ConformanceServer, loadCases } from './server.js';

const server = new ConformanceServer();
const cases = loadCases();
const outcomes = new Map<string, { action: string; output: string }>();
let runOutput = '';
const temp = tempDir('conformance-go-');

interface TestEvent {
  Action: string;
  Test?: string;
  Output?: string;
}

beforeAll(async () => {
  const url = await server.listen();
  const { model } = buildModel(CARTESIA_SPEC);
  const naming = goNaming(model);
  const module = path.join(temp.dir, 'module');
  fs.cpSync(path.join(REPO, 'generated/go'), module, { recursive: true });
  fs.mkdirSync(path.join(module, 'conformance'));
  const runner = fs.readFileSync(path.join(REPO, 'test/conformance/go/runner_test.go'), 'utf8');
  fs.writeFileSync(path.join(module, 'conformance/runner_test.go'), runner.replaceAll('MODULE_PATH', naming.module));
  const data = path.join(temp.dir, 'cases.json');
  fs.writeFileSync(data, JSON.stringify({ cases, naming }));
  const result = await goAsync(['test', '-count=1', '-json', './conformance'], module, { CONFORMANCE_DATA: data, CONFORMANCE_URL: url });
  runOutput = result.output;
  for (const line of result.output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as TestEvent;
    const name = event.Test?.startsWith('TestConformance/') ? event.Test.slice('TestConformance/'.length) : undefined;
    if (!name) continue;
    const outcome = outcomes.get(name) ?? { action: 'run', output: '' };
    if (event.Action === 'output') outcome.output += event.Output ?? '';
    if (['pass', 'fail', 'skip'].includes(event.Action)) outcome.action = event.Action;
    outcomes.set(name, outcome);
  }
}, 300_000);

afterAll(async () => {
  await server.close();
  temp.cleanup();
});

describe('conformance cases (Go)', () => {
  it('the Go runner ran every case', () => {
    expect([...outcomes.keys()].sort(), runOutput.slice(-3000)).toEqual(cases.map((c) => c.name).sort());
  });

  for (const c of cases) {
    it(`${c.name}: ${c.description}`, () => {
      const outcome = outcomes.get(c.name);
      expect(outcome?.action, outcome?.output ?? runOutput.slice(-3000)).toBe('pass');
    });
  }
});
