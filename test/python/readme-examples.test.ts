// The Python README's examples are code: each block, as a script of its own, passes mypy --strict against
// generated/python, so a renamed method or a wrong argument type fails here rather than in a reader's hands.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mypyFiles as mypy, PYTHON_PACKAGE as PACKAGE } from '../support/mypy.js';
import { REPO } from '../support/paths.js';
import { pythonCodeBlocks, pythonExampleScript } from '../support/readme-examples.js';

const OUT = path.join(REPO, 'generated', 'python');

describe('Python README examples', () => {
  const readme = fs.readFileSync(path.join(OUT, 'README.md'), 'utf8');
  const blocks = pythonCodeBlocks(readme);
  const scripts = Object.fromEntries(blocks.map((b, i) => [`example_${i}.py`, pythonExampleScript(b, PACKAGE, 'Cartesia')]));

  it('cover the core tasks and the realtime methods', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    for (const call of [
      'client.tts.bytes(',
      'client.tts.sse(',
      'client.tts.websocket()',
      'client.stt.transcribe(',
      'client.stt.websocket(',
    ])
      expect(readme).toContain(call);
    for (const method of [
      'context.push(transcript: str',
      'context.end(transcript: str = ""',
      'session.stream_audio(',
      'session.finalize()',
    ])
      expect(readme).toContain(method);
    expect(readme).not.toMatch(/sample_rate["']?[:=] ?1\b/);
  });

  it('pass mypy --strict against the generated package', () => {
    const { status, output } = mypy(scripts);
    expect(
      output,
      Object.entries(scripts)
        .map(([n, c]) => `# ${n}\n${c}`)
        .join('\n'),
    ).toContain('Success: no issues found');
    expect(status).toBe(0);
  }, 240_000);

  it('a wrong call in an example fails the check (the check can fail)', () => {
    const broken = scripts['example_0.py']!.replace(/client\.\w+\.(\w+)\(/, 'client.$1_missing(');
    expect(broken).not.toBe(scripts['example_0.py']);
    const { status, output } = mypy({ 'broken.py': broken });
    expect(output).toContain('error');
    expect(status).not.toBe(0);
  }, 240_000);
});
