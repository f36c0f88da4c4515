// Server URL variables (conventions golden spec): the default URL, values chosen per client, and baseURL winning.
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
