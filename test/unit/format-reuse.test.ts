// A regeneration formats only what changed: the record (.generated-files) keeps, for each file prettier formatted, a
// hash of what prettier was given (its version and options, the parser, the file's name and text). A file rendered
// the same again is taken as the folder holds it, while it still holds what was written; --check trusts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FormatSession } from '../../generator/format/format-output.js';
import { generate } from '../../generator/pipeline.js';
import type { RenderedFiles } from '../../generator/render/render.js';
import type { TemplateSet } from '../../generator/render/template-set.js';
import { contentHash, RECORD_FILE } from '../../generator/write/output-record.js';
import { REPO, TS_TEMPLATES, tempDir } from '../support/paths.js';

const work = tempDir('format-reuse-');
afterAll(() => work.cleanup());
const SPEC = path.join(REPO, 'test/golden/json-body/spec.yaml');

/** The record's lines by file: [content hash, formatter input hash or undefined]. */
function recordLines(out: string): Map<string, [string, string | undefined]> {
  const lines = new Map<string, [string, string | undefined]>();
  for (const line of fs.readFileSync(path.join(out, RECORD_FILE), 'utf8').split('\n')) {
    const match = /^([0-9a-f]{16})(?: ([0-9a-f]{16}))? {2}(.+)$/.exec(line);
    if (match) lines.set(match[3]!, [match[1]!, match[2]]);
  }
  return lines;
}

describe('formatting on regeneration', () => {
  it('records what prettier was given for each file it formatted, and nothing for the others', async () => {
    const out = path.join(work.dir, 'record');
    await generate({ spec: SPEC, templates: TS_TEMPLATES, out });
    const lines = recordLines(out);
    const resource = [...lines.keys()].find((file) => file.startsWith('src/resources/'))!;
    expect(lines.get(resource)![1]).toMatch(/^[0-9a-f]{16}$/);
    expect(lines.get('README.md')![1]).toMatch(/^[0-9a-f]{16}$/); // its fenced code
    for (const unformatted of ['src/models.ts', 'api.md', 'CHANGELOG.md', '.api-surface.json'])
      expect(lines.get(unformatted)![1]).toBeUndefined();
  });

  it('takes a file rendered the same as the folder holds it, and formats it again once edited or under --check', async () => {
    const out = path.join(work.dir, 'reuse');
    await generate({ spec: SPEC, templates: TS_TEMPLATES, out });
    const file = [...recordLines(out).keys()].find((f) => f.startsWith('src/resources/'))!;
    const full = path.join(out, file);
    const formatted = fs.readFileSync(full, 'utf8');

    // A file the record says was written as it is (its content hash): not formatted again, so the marker stays.
    const marked = `${formatted}// marker\n`;
    fs.writeFileSync(full, marked);
    const record = fs.readFileSync(path.join(out, RECORD_FILE), 'utf8');
    fs.writeFileSync(path.join(out, RECORD_FILE), record.replace(`${contentHash(formatted)} `, `${contentHash(marked)} `));
    const again = await generate({ spec: SPEC, templates: TS_TEMPLATES, out });
    expect(again.comparison.unchanged).toContain(file);
    expect(fs.readFileSync(full, 'utf8')).toBe(marked);

    // --check formats every file: the marker shows as a difference (and so does the patch version the marker made).
    const check = await generate({ spec: SPEC, templates: TS_TEMPLATES, out, check: true });
    expect(check.comparison.changed).toContain(file);

    // Edited since it was written (the record's hash no longer matches): formatted again, and the edit replaced.
    fs.writeFileSync(full, `${marked}// edited\n`);
    const edited = await generate({ spec: SPEC, templates: TS_TEMPLATES, out });
    expect(edited.comparison.changed).toContain(file);
    expect(fs.readFileSync(full, 'utf8')).toBe(formatted);
  });

  it("hashes prettier's options, the file's name and its text into what the record keeps", async () => {
    const seen: string[] = [];
    const previous = vi.fn((_file: string, source: string): string | undefined => {
      seen.push(source);
      return undefined;
    });
    const format = async (printWidth: number, file: string, text: string): Promise<RenderedFiles> => {
      const set = { format: 'prettier', prettier: { printWidth } } as unknown as TemplateSet;
      const files: RenderedFiles = new Map([[file, { content: text, source: 'a.hbs', copied: false, format: true }]]);
      return new FormatSession(set, previous).finish(files);
    };
    const out = await format(80, 'a.ts', 'const  a = 1\n');
    expect(out.get('a.ts')).toMatchObject({ content: 'const a = 1;\n', formatSource: seen[0] });
    await format(80, 'a.ts', 'const  a = 1\n');
    await format(100, 'a.ts', 'const  a = 1\n');
    await format(80, 'b.ts', 'const  a = 1\n');
    await format(80, 'a.ts', 'const  a = 2\n');
    expect(seen[1]).toBe(seen[0]);
    expect(new Set([seen[0], seen[2], seen[3], seen[4]]).size).toBe(4);
  });
});
