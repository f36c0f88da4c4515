// The Python client, checked through the project's virtual environment (.venv, made by
// test/support/ensure-python-venv.sh in `pretest`): mypy --strict on generated/python, the pytest suites (behaviour
// against loopback servers, and the conformance cases), the runtime rendered verbatim, and the built wheel installed
// offline into a fresh virtual environment and imported there.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../support/paths.js';

const VENV = path.join(REPO, '.venv');
const PYTHON = path.join(VENV, 'bin', 'python');
const PACKAGE_ROOT = path.join(REPO, 'generated', 'python');
const RUNTIME = path.join(REPO, 'templates', 'python', 'runtime');

function run(command: string, args: string[], cwd = REPO, timeout = 300_000): { status: number; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  return { status: result.status ?? -1, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

function packageName(): string {
  const names = fs.readdirSync(path.join(PACKAGE_ROOT, 'src'));
  expect(names).toHaveLength(1);
  return names[0]!;
}

describe('the generated Python client', () => {
  it('has a virtual environment (run `npm test`, or bash test/support/ensure-python-venv.sh)', () => {
    expect(fs.existsSync(PYTHON), `${PYTHON} is missing`).toBe(true);
  });

  it('type-checks under mypy --strict', () => {
    const { dir, cleanup } = tempDir('py-mypy-');
    try {
      const { status, output } = run(PYTHON, ['-m', 'mypy', '--strict', '--cache-dir', dir, 'src'], PACKAGE_ROOT);
      expect(output).toContain('Success: no issues found');
      expect(status).toBe(0);
    } finally {
      cleanup();
    }
  }, 240_000);

  it('holds the runtime byte for byte as templates/python/runtime has it', () => {
    const core = path.join(PACKAGE_ROOT, 'src', packageName(), '_core');
    const sources = fs
      .readdirSync(RUNTIME)
      .filter((f) => f.endsWith('.py'))
      .sort();
    expect(fs.readdirSync(core).sort()).toEqual(sources);
    for (const file of sources)
      expect(fs.readFileSync(path.join(core, file), 'utf8'), file).toBe(fs.readFileSync(path.join(RUNTIME, file), 'utf8'));
  });

  it('passes the pytest suites: behaviour on loopback servers and every conformance case, sync and async', () => {
    const { status, output } = run(PYTHON, [
      '-m',
      'pytest',
      '-q',
      '-p',
      'no:cacheprovider',
      '--timeout',
      '60',
      'test/python',
      'test/conformance/python',
    ]);
    const summary = /(\d+) passed/.exec(output);
    expect(output).not.toMatch(/\d+ (failed|error|skipped)/);
    // Every conformance case runs twice (sync and async), beside the behaviour tests.
    const cases = fs.readdirSync(path.join(REPO, 'test/conformance/cases')).filter((f) => f.endsWith('.yaml')).length;
    expect(Number(summary?.[1] ?? 0), output.slice(-3000)).toBeGreaterThanOrEqual(cases * 2 + 30);
    expect(status, output.slice(-3000)).toBe(0);
  }, 300_000);

  it('builds a wheel that installs offline into a fresh virtual environment and imports', () => {
    const { dir, cleanup } = tempDir('py-wheel-');
    try {
      const dist = path.join(dir, 'dist');
      const build = run(PYTHON, ['-m', 'build', '--wheel', '--no-isolation', '--outdir', dist, PACKAGE_ROOT]);
      expect(build.status, build.output).toBe(0);
      const wheels = fs.readdirSync(dist).filter((f) => f.endsWith('.whl'));
      expect(wheels).toHaveLength(1);
      const listing = execFileSync(PYTHON, ['-m', 'zipfile', '-l', path.join(dist, wheels[0]!)], { encoding: 'utf8' });
      const name = packageName();
      for (const file of [`${name}/py.typed`, `${name}/_core/_sync_client.py`, `${name}/resources/tts.py`, `${name}/models.py`])
        expect(listing).toContain(file);
      // What `twine check` checks before an upload, with `packaging` (in the venv) instead of twine: the core
      // metadata parses and validates, and the README travels as the Markdown long description.
      const metadata = run(PYTHON, ['-c', METADATA_CHECK, path.join(dist, wheels[0]!)]);
      expect(metadata.status, metadata.output).toBe(0);
      expect(JSON.parse(metadata.output)).toEqual({
        name: name.replace(/_/g, '-'),
        version: pyprojectVersion(),
        contentType: 'text/markdown',
        readme: fs.readFileSync(path.join(PACKAGE_ROOT, 'README.md'), 'utf8').trim(),
      });
      const venv = path.join(dir, 'venv');
      const created = run(PYTHON, ['-m', 'venv', venv]);
      expect(created.status, created.output).toBe(0);
      const install = run(path.join(venv, 'bin', 'python'), [
        '-m',
        'pip',
        'install',
        '--quiet',
        '--disable-pip-version-check',
        '--no-index',
        '--find-links',
        path.join(VENV, 'wheelhouse'),
        path.join(dist, wheels[0]!),
      ]);
      expect(install.status, install.output).toBe(0);
      const script = [
        `import ${name} as sdk`,
        'client = sdk.Cartesia(api_key="sk", base_url="http://127.0.0.1:9")',
        'assert callable(client.tts.websocket) and callable(client.voices.list)',
        'assert sdk.NotFoundError.__mro__[1] is sdk.APIError',
        // The models load pydantic from the wheelhouse on first use (the package depends on it).
        'assert sdk.APIInfo.model_validate({"ok": True, "version": "v", "more": 1}).model_extra == {"more": 1}',
        'client.close()',
        'import importlib.metadata as m',
        `print(m.version(${JSON.stringify(name.replace(/_/g, '-'))}), sdk.__file__)`,
      ].join('\n');
      const imported = run(path.join(venv, 'bin', 'python'), ['-c', script], dir);
      expect(imported.status, imported.output).toBe(0);
      expect(imported.output).toContain(path.join(venv, 'lib'));
    } finally {
      cleanup();
    }
  }, 300_000);
});

// Reads a wheel's METADATA and validates it (packaging raises on an invalid or incomplete field).
const METADATA_CHECK = [
  'import json, sys, zipfile',
  'from packaging.metadata import Metadata',
  'wheel = zipfile.ZipFile(sys.argv[1])',
  "raw = next(wheel.read(n) for n in wheel.namelist() if n.endswith('.dist-info/METADATA'))",
  'meta = Metadata.from_email(raw, validate=True)',
  "print(json.dumps({'name': meta.name, 'version': str(meta.version), 'contentType': meta.description_content_type, 'readme': (meta.description or '').strip()}))",
].join('\n');

function pyprojectVersion(): string {
  const match = /^version = "([^"]+)"$/m.exec(fs.readFileSync(path.join(PACKAGE_ROOT, 'pyproject.toml'), 'utf8'));
  if (!match) throw new Error('pyproject.toml has no version line');
  return match[1]!;
}
