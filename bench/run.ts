// `npm run bench`: every section in turn, on loopback, printing tables and writing bench/results.md.
//   npm run bench -- --only=generation,requests   (writes bench/results-generation-requests.md; ids: generation, requests, bundle, cold-start, python-cold-start, streaming, websocket, corpus)
//   npm run bench -- --quick                      (BENCH_QUICK=1: fewer repetitions, smaller sizes)
import fs from 'node:fs';
import path from 'node:path';
import { createContext, REPO } from './lib/context.js';
import { hasGnuTime } from './lib/proc.js';
import { describeEnvironment, printSection, verdict, writeResults, type Section, type SectionResult } from './lib/report.js';
import { bundleSection } from './sections/bundle.js';
import { coldStartSection } from './sections/cold-start.js';
import { corpusSection } from './sections/corpus.js';
import { pythonColdStartSection } from './sections/python-cold-start.js';
import { generationSection } from './sections/generation.js';
import { requestsSection } from './sections/requests.js';
import { streamingSection } from './sections/streaming.js';
import { websocketSection } from './sections/websocket.js';

const SECTIONS: Section[] = [
  generationSection,
  requestsSection,
  bundleSection,
  coldStartSection,
  pythonColdStartSection,
  streamingSection,
  websocketSection,
  corpusSection,
];

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
// A run of some sections writes a file of its own, so that it never replaces the figures of a full run.
const RESULTS_FILE = path.join(REPO, only ? `bench/results-${[...only].sort().join('-')}.md` : 'bench/results.md');
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const unknown = only?.filter((id) => !SECTIONS.some((s) => s.id === id)) ?? [];
if (unknown.length > 0) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Sections: ${SECTIONS.map((s) => s.id).join(', ')}.`);
  process.exit(2);
}

const env = describeEnvironment();
const ctx = createContext(quick);
const settings = [
  `Mode: ${quick ? 'quick (BENCH_QUICK): fewer repetitions, smaller sizes — not for comparison' : 'full'}`,
  `Sections run: ${only ? only.join(', ') : 'all'}`,
  `Peak RSS of CLIs via ${hasGnuTime() ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}`,
];
console.log(`Benchmarks — ${env.date}, Node ${env.node}, ${env.cpu} × ${env.cores} cores, ${env.memory}${quick ? ' (quick mode)' : ''}`);

const results: SectionResult[] = [];
let failed = false;
const started = performance.now();
for (const section of SECTIONS) {
  if (only && !only.includes(section.id)) continue;
  if (section.pending) {
    console.log(`\n━━ ${section.title} ━━ pending: ${section.pending}`);
    continue;
  }
  const start = performance.now();
  let result: SectionResult;
  try {
    result = { id: section.id, title: section.title, ...(await section.run(ctx)), durationMs: performance.now() - start };
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    result = {
      id: section.id,
      title: section.title,
      method: 'The section failed before it finished.',
      tables: [],
      targets: [{ name: 'section completed', met: null, detail: message.split('\n').slice(0, 4).join(' ') }],
      notes: [],
      durationMs: performance.now() - start,
    };
  }
  results.push(result);
  printSection(result);
  // Written after every section, so an interrupted run still leaves what it measured.
  writeResults(RESULTS_FILE, env, results, settings);
}

console.log(`\n━━ Targets ━━ (whole run ${((performance.now() - started) / 60_000).toFixed(1)} min)`);
for (const r of results) for (const t of r.targets) console.log(`  ${verdict(t.met).padEnd(12)} ${r.title}: ${t.name} — ${t.detail}`);
console.log(`\nWrote ${path.relative(process.cwd(), RESULTS_FILE)}.`);
fs.rmSync(ctx.tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
