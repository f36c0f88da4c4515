// The generated package as npm publishes it: the tarball holds what users need and nothing else, it installs
// offline into a fresh project, loads from ESM and CommonJS, type-checks under each module resolution a user
// may pick, and publint and @arethetypeswrong/cli find nothing wrong with it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../support/paths.js';
import { RealtimeEmulator } from '../realtime/support/emulator.js';
import { CJS_LIVE_SCRIPT, CJS_SCRIPT, ESM_LIVE_SCRIPT, ESM_SCRIPT, TYPED_PROGRAM } from './support/consumer.js';
import {
  attw,
  cleanEnv,
  installTarball,
  pack,
  publintCli,
  run,
  runAsync,
  tarEntries,
  unbuiltCopy,
  typecheck,
  type Packed,
} from './support/package.js';

let work: ReturnType<typeof tempDir>;
let source: string;
let packed: Packed;
let entries: string[];
let app: string;
let installed: string;

beforeAll(() => {
  work = tempDir('pkg-pack-');
  const cache = path.join(work.dir, 'npm-cache');
  // Packed from a copy with no dist/: `npm pack` must build it first (prepack), or the tarball would be empty.
  source = unbuiltCopy(work.dir);
  packed = pack(source, path.join(work.dir, 'tarballs'), cache);
  entries = tarEntries(packed.tarball);
  app = path.join(work.dir, 'app');
  installed = installTarball(packed.tarball, app, cache);
}, 240_000);

afterAll(() => work?.cleanup());

const manifest = (): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));

describe('the npm tarball', () => {
  it('holds the build for both module formats, the README, the changelog and package.json, and nothing else', () => {
    expect(entries).toEqual(packed.reported);
    const license = fs.readdirSync(source).filter((name) => /^licen[cs]e(\.|$)/i.test(name));
    const topLevel = [...new Set(entries.map((entry) => entry.split('/')[0]!))].sort();
    expect(topLevel).toEqual(['CHANGELOG.md', 'README.md', 'dist', 'package.json', ...license].sort());
    // The sources are not needed: the build emits neither source maps nor declaration maps that would point at them.
    expect(entries.filter((e) => !/^dist\/(esm|cjs)\/.+\.(js|d\.ts)$|^dist\/(esm|cjs)\/package\.json$/.test(e) && e.includes('/'))).toEqual(
      [],
    );
    for (const banned of [/(^|\/)tsconfig[^/]*\.json$/, /^scripts\//, /^src\//, /\.test\./, /(^|\/)node_modules\//, /\.tgz$/]) {
      expect(entries.filter((e) => banned.test(e))).toEqual([]);
    }
    for (const folder of ['esm', 'cjs']) {
      expect(entries).toContain(`dist/${folder}/index.js`);
      expect(entries).toContain(`dist/${folder}/index.d.ts`);
      expect(entries).toContain(`dist/${folder}/package.json`);
      // The two builds hold the same declarations, one per source module.
      const files = (f: string) => entries.filter((e) => e.startsWith(`dist/${f}/`)).map((e) => e.slice(`dist/${f}/`.length));
      const declarations = (f: string) => files(f).filter((e) => e.endsWith('.d.ts'));
      expect(declarations(folder)).toEqual(declarations('esm'));
      expect(declarations(folder)).toContain('resources/tts.d.ts');
    }
    // CommonJS: one module. ESM: one module, plus the chunks the client imports on demand.
    const scripts = (f: string) => entries.filter((e) => e.startsWith(`dist/${f}/`) && e.endsWith('.js'));
    expect(scripts('cjs')).toEqual(['dist/cjs/index.js']);
    expect(scripts('esm').filter((e) => !/^dist\/esm\/chunks\/[\w-]+\.js$/.test(e))).toEqual(['dist/esm/index.js']);
    expect(scripts('esm').some((e) => /\/tts-websocket-\w+\.js$/.test(e))).toBe(true);
  });

  it('has every file package.json points at', () => {
    const pkg = manifest();
    const targets: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') targets.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk([pkg.main, pkg.module, pkg.types, pkg.exports]);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(entries, target).toContain(path.posix.normalize(target));
    expect(pkg.files).toEqual(['dist', 'README.md', 'CHANGELOG.md']);
    expect(pkg.dependencies).toBeUndefined();
  });

  it('has no source map, and no sourceMappingURL, that points at a file it does not hold', () => {
    const root = installed;
    for (const entry of entries) {
      if (entry.endsWith('.map')) {
        const map = JSON.parse(fs.readFileSync(path.join(root, entry), 'utf8')) as { sources: string[]; sourceRoot?: string };
        for (const source of map.sources) {
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(entry), map.sourceRoot ?? '', source));
          expect(entries, `${entry} → ${source}`).toContain(target);
        }
      }
      if (/\.(js|d\.ts)$/.test(entry)) {
        const text = fs.readFileSync(path.join(root, entry), 'utf8');
        for (const [, url] of text.matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
          if (url!.startsWith('data:')) continue;
          expect(entries, `${entry} → ${url}`).toContain(path.posix.normalize(path.posix.join(path.posix.dirname(entry), url!)));
        }
      }
    }
  });
});

describe('installed from the tarball into a fresh project', () => {
  it('is installed by npm with nothing else (no dependencies; the optional peer `ws` stays out)', () => {
    expect(fs.readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['@cartesia-gen']);
    expect(fs.readdirSync(installed).sort()).toEqual([...new Set(entries.map((e) => e.split('/')[0]!))].sort());
  });

  it.each([
    ['ESM', 'probe.mjs', ESM_SCRIPT, /\/dist\/esm\/index\.js$/],
    ['CommonJS', 'probe.cjs', CJS_SCRIPT, /\/dist\/cjs\/index\.js$/],
  ])('loads from %s through the exports map and constructs a client', (_kind, file, script, resolved) => {
    fs.writeFileSync(path.join(app, file), script);
    const result = run(process.execPath, [file], app);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const seen = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(seen.resolved).toMatch(resolved);
    expect(seen).toMatchObject({ bytes: 'function', websocket: 'function', list: 'function', version: '2026-08-14', errors: true });
    expect(seen.defaultIsClient).toBe(true);
  });

  it.each([
    ['ESM', 'live.mjs', ESM_LIVE_SCRIPT],
    ['CommonJS', 'live.cjs', CJS_LIVE_SCRIPT],
  ])('runs from %s: a JSON call, an event stream and a TTS WebSocket session against loopback servers', async (_kind, file, script) => {
    // The REST routes share the emulator's origin, as on the real service; the two streamed parts load on demand.
    const emulator = await RealtimeEmulator.start({
      http: (req, res) => {
        if (req.method === 'GET' && req.url?.startsWith('/voices')) {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data: [{ id: 'v1' }, { id: 'v2' }], has_more: false }));
        } else if (req.method === 'POST' && req.url === '/tts/sse') {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.end('data: {"type":"chunk","done":false,"data":"AAEC"}\n\ndata: {"type":"done","done":true,"status_code":200}\n\n');
        } else {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end('{"error":"not found"}');
        }
      },
    });
    try {
      fs.writeFileSync(path.join(app, file), script);
      // `ws` for the client to find as an installed package would be, one folder above the project's own
      // node_modules (which must keep holding the client alone).
      const above = path.join(path.dirname(app), 'node_modules');
      fs.mkdirSync(above, { recursive: true });
      if (!fs.existsSync(path.join(above, 'ws'))) fs.symlinkSync(path.join(REPO, 'node_modules/ws'), path.join(above, 'ws'), 'dir');
      const env = cleanEnv({ BASE_URL: emulator.url, WS_MODULE: path.join(REPO, 'node_modules/ws') });
      const result = await runAsync(process.execPath, [file], app, env);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ voices: ['v1', 'v2'], events: [[0, 1, 2], 'done'], audioBytes: 3 * 64 });
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.close();
    }
  });

  const dom = { target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] as string[] };
  it.each([
    ['node16 (ESM file)', 'consumer.mts', { ...dom, module: 'node16', moduleResolution: 'node16' }],
    ['node16 (CommonJS file)', 'consumer.cts', { ...dom, module: 'node16', moduleResolution: 'node16' }],
    ['bundler', 'consumer.ts', { ...dom, module: 'esnext', moduleResolution: 'bundler' }],
    // A Node server project: no DOM library, the web globals come from @types/node.
    [
      'node16 without the DOM library (@types/node only)',
      'consumer-node.mts',
      { target: 'ES2022', lib: ['ES2022'], types: ['node'], typeRoots: [path.join(REPO, 'node_modules/@types')] },
    ],
  ])('type-checks a program against it under moduleResolution %s', (_name, file, options) => {
    fs.writeFileSync(path.join(app, file), TYPED_PROGRAM);
    const compilerOptions = { module: 'node16', moduleResolution: 'node16', ...options };
    const result = typecheck(app, file.replace(/\W/g, '-'), compilerOptions, [file]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('package linters', () => {
  it('publint (strict: warnings count as errors) reports nothing', () => {
    const result = publintCli(packed.tarball);
    expect(result.stdout + result.stderr).toMatch(/All good!/);
    expect(result.stdout + result.stderr).not.toMatch(/Suggestions?:|Warnings?:|Errors?:/);
    expect(result.status).toBe(0);
  });

  it('@arethetypeswrong/cli finds no problem under node10, node16 (from CJS and ESM) and bundler', () => {
    const { report, table, status } = attw(packed.tarball);
    expect(report.analysis.problems, table).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints['.']!.resolutions).sort()).toEqual(['bundler', 'node10', 'node16-cjs', 'node16-esm']);
    expect(status, table).toBe(0);
  });
});
