// The benchmark's arithmetic and its report: medians and ranges, ratios, verdicts, and results.md with the
// environment it was measured in (bench/lib). The figures themselves come from `npm run bench`, not from here.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEnvironment, verdict, writeResults } from '../../bench/lib/report.js';
import { fmtRatio, ratio, summarize } from '../../bench/lib/stats.js';
import { selectedBy } from '../../bench/sections/generation-specs.js';
import { tempDir } from '../support/paths.js';

const work = tempDir('bench-report-');
afterAll(() => work.cleanup());

describe('bench statistics', () => {
  it('summarizes a sample by median, min and max, ignoring what was not measured', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(summarize([2, NaN, Infinity, 4])).toEqual({ median: 3, min: 2, max: 4, n: 2 });
    expect(summarize([]).n).toBe(0);
    expect(summarize([]).median).toBeNaN();
  });

  it('gives ratios as ours ÷ theirs, and none when a side is missing', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(fmtRatio(ratio(47, 100))).toBe('0.47×');
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(NaN, 2)).toBeNaN();
  });
});

describe('BENCH_GEN_SPECS', () => {
  it('selects the specs whose label contains any of its comma-separated parts, all when unset', () => {
    expect(selectedBy('real/vectara-openapi.yaml', undefined)).toBe(true);
    expect(selectedBy('real/vectara-openapi.yaml', ' ')).toBe(true);
    expect(selectedBy('real/vectara-openapi.yaml', 'openrouter,Vectara')).toBe(true);
    expect(selectedBy('real/exa-openapi.yaml', 'openrouter,vectara')).toBe(false);
    expect(selectedBy('spec/cartesia.yaml', 'real/')).toBe(false);
    expect(selectedBy('synthetic 200 ops', 'synthetic')).toBe(true);
  });
});

describe('results.md', () => {
  it('records the date, Node version and CPU, every target with its verdict, and each section', () => {
    const file = path.join(work.dir, 'results.md');
    const env = describeEnvironment();
    writeResults(
      file,
      env,
      [
        {
          id: 's',
          title: '9. Example',
          method: 'How it was measured.',
          tables: [{ title: 'Figures', columns: ['client', 'time'], align: ['l', 'r'], rows: [['ours', '1 ms']], notes: [] }],
          targets: [
            { name: 'fast enough', met: true, detail: '1 ms | 2 ms = 0.50×' },
            { name: 'small', met: false, detail: '3 KiB' },
            { name: 'measured', met: null, detail: '—' },
          ],
          notes: [],
          durationMs: 1200,
        },
      ],
      ['Mode: test'],
    );
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(`- Date: ${env.date}`);
    expect(text).toContain(`- Node: ${process.version}`);
    expect(text).toContain(`- CPU: ${env.cpu} × ${env.cores} cores`);
    expect(text).toContain('| 9. Example | fast enough | **MET** | 1 ms \\| 2 ms = 0.50× |');
    expect(text).toContain('| 9. Example | small | **MISSED** | 3 KiB |');
    expect(text).toContain('**NOT MEASURED** — measured: —');
    expect(text).toMatch(/## 9\. Example\n\nHow it was measured\./);
    expect(text).toContain('| ours');
    expect([verdict(true), verdict(false), verdict(null)]).toEqual(['MET', 'MISSED', 'NOT MEASURED']);
  });
});
