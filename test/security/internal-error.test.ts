// An unexpected exception (a bug, not a problem in the input) prints one line naming the error and asking for a
// report: no stack trace and no message (a message may quote the input) unless GENERATOR_DEBUG=1 asks for them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARTESIA_SPEC } from '../support/paths.js';
import { runCliBounded } from '../support/cli.js';
import { tempDir } from '../support/paths.js';

let work: ReturnType<typeof tempDir>;
let preload: string;

beforeAll(() => {
  work = tempDir('internal-error-');
  // A bug planted for the test: performance.now() throws, when the validate command calls it, an error that
  // quotes a secret.
  preload = path.join(work.dir, 'plant-bug.mjs');
  fs.writeFileSync(
    preload,
    [
      'const now = performance.now.bind(performance);',
      'performance.now = () => {',
      "  if (new Error().stack.includes('runValidate')) throw new TypeError('boom: sk-SECRET-in-message');",
      '  return now();',
      '};',
      '',
    ].join('\n'),
  );
});
afterAll(() => work.cleanup());

describe('an internal error', () => {
  it('prints one line with the error name and no stack trace or message by default (exit 1)', () => {
    const result = runCliBounded(['validate', '--spec', CARTESIA_SPEC], 20_000, { NODE_OPTIONS: `--import ${preload}` });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^internal error \(TypeError\): .*report.*GENERATOR_DEBUG=1/);
    expect(result.stderr).not.toMatch(/\n?\s+at .+:\d+:\d+/);
    expect(result.stderr).not.toContain('sk-SECRET');
  });

  it('prints the stack trace under GENERATOR_DEBUG=1', () => {
    const result = runCliBounded(['validate', '--spec', CARTESIA_SPEC], 20_000, {
      NODE_OPTIONS: `--import ${preload}`,
      GENERATOR_DEBUG: '1',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/TypeError: boom[\s\S]*\n\s+at .+:\d+:\d+/);
  });
});
