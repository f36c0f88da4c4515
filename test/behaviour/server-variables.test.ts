// Server URL variables (conventions golden spec): the default URL, values chosen per client, and baseURL winning.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderClient } from '../../generator/pipeline.js';
import { REPO, TS_TEMPLATES, tempDir, writeTree } from '../support/paths.js';

type Client = { baseURL: string };
let work: ReturnType<typeof tempDir>;
let ConvClient: new (options: Record<string, unknown>) => Client;

beforeAll(async () => {
  work = tempDir('server-vars-');
  const { files } = await renderClient({ spec: path.join(REPO, 'test/golden/conventions/spec.yaml'), templates: TS_TEMPLATES });
  writeTree(work.dir, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
  ConvClient = ((await import(pathToFileURL(path.join(work.dir, 'src/index.ts')).href)) as { ConvClient: typeof ConvClient }).ConvClient;
});
afterAll(() => work.cleanup());

describe('server variables', () => {
  it('default to the values the spec gives', () => {
    expect(new ConvClient({}).baseURL).toBe('https://eu.conv.example.com/v2');
  });

  it('take the values the caller chooses, defaults for the rest', () => {
    expect(new ConvClient({ serverVariables: { region: 'us' } }).baseURL).toBe('https://us.conv.example.com/v2');
  });

  it('give way to an explicit baseURL', () => {
    expect(new ConvClient({ baseURL: 'https://proxy.example.com', serverVariables: { region: 'us' } }).baseURL).toBe(
      'https://proxy.example.com',
    );
  });
});

describe('server variables of the Python client', () => {
  it('are a constructor option of both clients, sync and async', async () => {
    const python = path.join(REPO, '.venv/bin/python');
    expect(fs.existsSync(python), `${python} is missing: run bash test/support/ensure-python-venv.sh`).toBe(true);
    const dir = path.join(work.dir, 'python');
    const templates = path.join(REPO, 'templates/python');
    const { files } = await renderClient({ spec: path.join(REPO, 'test/golden/conventions/spec.yaml'), templates });
    writeTree(dir, Object.fromEntries([...files].map(([file, f]) => [file, f.content])));
    const script = [
      'from example_conv import AsyncConvClient, ConvClient',
      'print(ConvClient(server_variables={"region": "us"}).base_url)',
      'print(AsyncConvClient(server_variables={"base": "v3"}).base_url)',
    ].join('\n');
    const run = spawnSync(python, ['-c', script], {
      cwd: path.join(dir, 'src'),
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(['https://us.conv.example.com/v2', 'https://eu.conv.example.com/v3']);
  });
});
