// Section 4b: Python cold start — a fresh `python -c` that imports the package and constructs a client, then
// parses its first model (which loads the models and pydantic: this client defers both to that moment).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../lib/context.js';
import type { Section } from '../lib/report.js';
import { envInt, fmtMs, fmtRatio, fmtSummary, ratio, shuffled, summarize } from '../lib/stats.js';

/** The official Python SDK compared against (PyPI), installed into a temp virtual environment by the section. */
export const OFFICIAL_PYPI = 'cartesia==4.0.1';

type Client = 'this client' | 'official client' | 'bare python';
const CLIENTS: Client[] = ['this client', 'official client', 'bare python'];

/** A voice as GET /voices/{id} returns it, valid for both clients' models. */
const VOICE = {
  id: '694f9389-aac1-45b6-b726-9d9369183238',
  access: 'private',
  created_at: '2025-01-01T00:00:00Z',
  description: 'A calm, warm voice for narration.',
  is_owner: true,
  is_public: false,
  language: 'en',
  locales: [{ locale: 'en_US', is_native: true }],
  name: 'Sarah',
  tagline: 'Calm narrator',
  visibility: 'owner',
  gender: 'feminine',
  country: 'US',
};

/** The `-c` program: times import, construction and the first parsed model in-process, prints them (ms). */
function program(pkg: string | undefined, voiceModule: string): string {
  if (!pkg) return 'import time, json; t = time.perf_counter(); print(json.dumps([0, 0, 0]))';
  return [
    'import json, time',
    't0 = time.perf_counter()',
    `import ${pkg} as sdk`,
    't1 = time.perf_counter()',
    "client = sdk.Cartesia(api_key='k', base_url='http://127.0.0.1:9')",
    'assert client.voices',
    't2 = time.perf_counter()',
    `from ${voiceModule} import Voice`,
    `voice = Voice.model_validate(json.loads(${JSON.stringify(JSON.stringify(VOICE))}))`,
    "assert voice.name == 'Sarah'",
    't3 = time.perf_counter()',
    'print(json.dumps([(t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000]))',
  ].join('\n');
}

interface Setup {
  python: Record<Client, string>;
  env: Record<Client, NodeJS.ProcessEnv>;
  versions: string;
}

/**
 * This client runs from a copy of generated/python/src on the project's venv (test/python/requirements.txt pins its
 * dependencies); the official SDK is pip-installed into a fresh venv from the same interpreter.
 */
function setup(tmp: string, log: (m: string) => void): Setup {
  execFileSync('bash', [path.join(REPO, 'test/support/ensure-python-venv.sh')], { cwd: REPO, stdio: 'pipe' });
  const ours = path.join(REPO, '.venv/bin/python');
  const src = path.join(tmp, 'py-ours');
  fs.cpSync(path.join(REPO, 'generated/python/src'), src, { recursive: true, filter: (p) => !p.includes('__pycache__') });
  const venv = path.join(tmp, 'py-official');
  log(`installing ${OFFICIAL_PYPI} into a temp venv (needs the network)`);
  execFileSync(ours, ['-m', 'venv', venv], { stdio: 'pipe' });
  const official = path.join(venv, 'bin/python');
  const pip = spawnSync(official, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', OFFICIAL_PYPI], {
    encoding: 'utf8',
  });
  if (pip.status !== 0) throw new Error(`pip install ${OFFICIAL_PYPI} failed: ${pip.stderr.trim().split('\n').slice(-2).join(' ')}`);
  const version = (python: string): string =>
    execFileSync(python, ['-c', 'import pydantic, sys; print(sys.version.split()[0], pydantic.VERSION)'], { encoding: 'utf8' }).trim();
  const clean = { ...process.env, PYTHONPATH: '', PYTHONDONTWRITEBYTECODE: '' };
  return {
    python: { 'this client': ours, 'official client': official, 'bare python': ours },
    env: { 'this client': { ...clean, PYTHONPATH: src }, 'official client': clean, 'bare python': clean },
    versions: `this client: Python/pydantic ${version(ours)}; official: ${version(official)}`,
  };
}

export const pythonColdStartSection: Section = {
  id: 'python-cold-start',
  title: '4b. Python cold start',
  async run(ctx) {
    const runs = ctx.quick ? 5 : envInt('BENCH_COLD_RUNS', 20);
    const env = setup(ctx.tmp, ctx.log);
    const packageOf: Record<Client, string | undefined> = {
      'this client': 'cartesia_gen_client',
      'official client': 'cartesia',
      'bare python': undefined,
    };
    const voiceModule: Record<Client, string> = {
      'this client': 'cartesia_gen_client',
      'official client': 'cartesia.types',
      'bare python': '',
    };
    const samples = new Map<Client, { wall: number[]; load: number[]; construct: number[]; parse: number[] }>();
    const once = (client: Client): void => {
      const start = performance.now();
      const r = spawnSync(env.python[client], ['-c', program(packageOf[client], voiceModule[client])], {
        env: env.env[client],
        encoding: 'utf8',
      });
      const wallMs = performance.now() - start;
      if (r.status !== 0) throw new Error(`${client} Python cold start failed: ${r.stderr}`);
      const [load, construct, parse] = JSON.parse(r.stdout) as [number, number, number];
      const s = samples.get(client) ?? { wall: [], load: [], construct: [], parse: [] };
      s.wall.push(wallMs);
      s.load.push(load);
      s.construct.push(construct);
      s.parse.push(parse);
      samples.set(client, s);
    };
    ctx.log(`Python cold start: ${runs} interleaved rounds of ${CLIENTS.length} processes`);
    for (const c of CLIENTS) once(c); // warm the file cache and write the .pyc files
    samples.clear();
    for (let i = 0; i < runs; i++) for (const c of shuffled(CLIENTS)) once(c);

    const get = (c: Client) => samples.get(c)!;
    const both = (c: Client) => summarize(get(c).load.map((v, i) => v + get(c).construct[i]!));
    const all = (c: Client) => summarize(get(c).load.map((v, i) => v + get(c).construct[i]! + get(c).parse[i]!));
    const vs = (c: Client, pick: (c: Client) => { median: number }): string =>
      c === 'this client' ? fmtRatio(ratio(pick(c).median, pick('official client').median)) : '';
    const wall = (c: Client) => summarize(get(c).wall);
    const rows = CLIENTS.map((c) => {
      const bare = c === 'bare python';
      return [
        c,
        fmtSummary(wall(c), fmtMs),
        vs(c, wall),
        bare ? '' : fmtSummary(summarize(get(c).load), fmtMs),
        bare ? '' : fmtSummary(summarize(get(c).construct), fmtMs),
        bare ? '' : fmtSummary(both(c), fmtMs),
        bare ? '' : vs(c, both),
        bare ? '' : fmtSummary(all(c), fmtMs),
        bare ? '' : vs(c, all),
      ];
    });
    const ours = both('this client').median;
    const official = both('official client').median;
    return {
      method: 'The three processes run once per round in random order, after one discarded warm-up each.',
      tables: [
        {
          title: `Python cold start: fresh \`python -c\` importing the package, constructing a client, then parsing a first Voice (median of ${runs}, min–max)`,
          columns: [
            'client',
            'whole process',
            'ours ÷ official',
            'import',
            'Cartesia()',
            'import + construct',
            'ours ÷ official',
            '+ first Voice parsed',
            'ours ÷ official',
          ],
          align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
          rows,
          notes: [
            'import / Cartesia() / first Voice: time.perf_counter() inside the process; whole process: spawn to exit, measured by the parent.',
            'first Voice parsed: `Voice.model_validate(...)` of one voice, which for this client includes loading models.py and pydantic (deferred until a response is parsed); the official SDK loads its models with the package.',
            `Interpreters: ${env.versions}. This client runs from a copy of generated/python/src; the official SDK from its venv (pip install ${OFFICIAL_PYPI}).`,
          ],
        },
      ],
      targets: [
        {
          name: "Python import + construct: no slower than the official SDK's",
          met: ours <= official,
          detail: `${fmtMs(ours)} vs ${fmtMs(official)} = ${fmtRatio(ratio(ours, official))}`,
        },
      ],
      notes: [],
    };
  },
};
