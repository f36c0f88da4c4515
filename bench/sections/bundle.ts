// Section 3: what a browser app pays in bytes for each client: esbuild bundle, minified, then gzipped.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';
import { CARTESIA_OUT, OFFICIAL_PACKAGE } from '../lib/context.js';
import type { Section } from '../lib/report.js';
import { fmtBytes, fmtRatio, ratio } from '../lib/stats.js';
import type { Table } from '../lib/table.js';

const TTS = `{ model_id: 'sonic-3', transcript: 'Hello, world.', voice: 'voice_0', output_format: { container: 'wav', encoding: 'pcm_f32le', sample_rate: 44100 } }`;
const PLAY = `const url = URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
new Audio(url).play();`;

/** Browser programs: build the client and fetch TTS bytes once; or touch every resource (and sub-resource). */
function programs(oursName: string): Record<string, Record<'ours' | 'official', string>> {
  return {
    'one call: TTS bytes': {
      ours: `import { Cartesia } from '${oursName}';
const client = new Cartesia({ accessToken: window.token });
const bytes = await (await client.tts.bytes(${TTS})).arrayBuffer();
${PLAY}`,
      official: `import { Cartesia } from '${OFFICIAL_PACKAGE}';
const client = new Cartesia({ token: window.token });
const bytes = await (await client.tts.generate(${TTS})).arrayBuffer();
${PLAY}`,
    },
    'one call, modular: TTS bytes': {
      // The client without its resources, and the one resource the program uses: what a size-minded browser
      // app writes. The official client has no such form, so its program is the one above.
      ours: `import { CartesiaCore, Tts } from '${oursName}';
const tts = new Tts(new CartesiaCore({ accessToken: window.token }));
const bytes = await (await tts.bytes(${TTS})).arrayBuffer();
${PLAY}`,
      official: `import { Cartesia } from '${OFFICIAL_PACKAGE}';
const client = new Cartesia({ token: window.token });
const bytes = await (await client.tts.generate(${TTS})).arrayBuffer();
${PLAY}`,
    },
    'every resource': {
      ours: `import { Cartesia } from '${oursName}';
const client = new Cartesia({ accessToken: window.token });
const file = new Blob([new Uint8Array(16)], { type: 'audio/wav' });
const bytes = await (await client.tts.bytes(${TTS})).arrayBuffer();
${PLAY}
for await (const event of await client.tts.sse(${TTS})) console.log(event.type);
const socket = await client.tts.websocket();
for await (const chunk of (await socket.generate({ ...${TTS}, transcript: 'Hi' })).bytes()) console.log(chunk.length);
const stt = await client.stt.websocket({ model: 'ink-whisper', encoding: 'pcm_s16le', sample_rate: 16000 });
await stt.end();
console.log(await Promise.allSettled([
  client.apiStatus.get(),
  client.accessToken.create({ grants: { tts: true } }),
  client.agents.list(), client.agents.templates.list(), client.agents.calls.list({ agent_id: 'a' }),
  client.agents.phoneNumbers.list('a'), client.agents.metrics.list(), client.agents.metrics.results.list(),
  client.agents.deployments.list('a'),
  client.datasets.list(), client.datasets.files.list('d'),
  client.fineTunes.list(), client.infill.bytes({ left_audio: file, model_id: 'sonic-3', transcript: 'x' }),
  client.pronunciationDicts.list(), client.stt.transcribe({ file, model: 'ink-whisper' }),
  client.voiceChanger.bytes({ clip: file, voice_id: 'v' }),
  client.voices.list({ limit: 10 }), client.voices.clone({ clip: file, name: 'n', language: 'en' }),
]));`,
      official: `import { Cartesia } from '${OFFICIAL_PACKAGE}';
const client = new Cartesia({ token: window.token });
const file = new Blob([new Uint8Array(16)], { type: 'audio/wav' });
const bytes = await (await client.tts.generate(${TTS})).arrayBuffer();
${PLAY}
for await (const event of await client.tts.generateSSE(${TTS})) console.log(event.type);
const socket = await client.tts.websocket();
console.log(socket);
console.log(await Promise.allSettled([
  client.getStatus(),
  client.accessToken.create({ grants: { tts: true } }),
  client.agents.list(), client.agents.listTemplates(), client.agents.calls.list({ agent_id: 'a' }),
  client.agents.listPhoneNumbers('a'), client.agents.metrics.list(), client.agents.metrics.results.list(),
  client.agents.deployments.list('a'),
  client.datasets.list(), client.datasets.files.list('d'),
  client.fineTunes.list(), client.tts.infill({ left_audio: file, model_id: 'sonic-3', transcript: 'x' }),
  client.pronunciationDicts.list(), client.stt.transcribe({ file, model: 'ink-whisper' }),
  client.voiceChanger.generate({ clip: file, voice_id: 'v' }),
  client.voices.list({ limit: 10 }), client.voices.clone({ clip: file, name: 'n', language: 'en' }),
]));`,
    },
  };
}

interface Measured {
  minified: number;
  gzipped: number;
  brotli: number;
  /** Minified bytes each input file contributes. */
  inputs: Record<string, number>;
  /** With code splitting: what the browser loads before the program runs (the entry and the chunks it
   * imports statically, each gzipped on its own as a server sends them); chunks behind `import()` wait. */
  initial: { files: number; minified: number; gzipped: number; inputs: Record<string, number> };
}

/** What part of a client a module of the generated package belongs to. */
const GROUPS: [string, RegExp][] = [
  ['realtime (WebSocket sessions)', /core\/(channel-session|channel-contexts|channel-connect|websocket|event-queue)\.ts$|\/realtime\//],
  ['server-sent events', /core\/(sse|streaming)\.ts$/],
  ['pagination', /core\/pagination\.ts$/],
  ['uploads (multipart)', /core\/uploads\.ts$/],
  ['resources (operation tables + methods)', /\/resources\//],
  ['client core (transport, errors, config)', /./],
];

const gzip = (code: Uint8Array): number => zlib.gzipSync(code, { level: 9 }).byteLength;

async function build(
  dir: string,
  entry: string,
  splitting: boolean,
  alias?: Record<string, string>,
): Promise<esbuild.BuildResult<{ metafile: true; write: false }>> {
  return esbuild.build({
    alias,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // Node's `ws` is an optional peer of both clients, never loaded in a browser.
    external: ['ws'],
    absWorkingDir: dir,
    metafile: true,
    splitting,
    outdir: path.join(dir, splitting ? 'split' : 'single'),
  });
}

async function bundle(dir: string, name: string, source: string, alias?: Record<string, string>): Promise<Measured> {
  const entry = path.join(dir, `${name}.mjs`);
  fs.writeFileSync(entry, source);
  const single = await build(dir, entry, false, alias);
  const output = Object.values(single.metafile.outputs)[0]!;
  const inputs = Object.fromEntries(Object.entries(output.inputs).map(([file, info]) => [file, info.bytesInOutput]));
  const code = single.outputFiles[0]!.contents;
  fs.writeFileSync(path.join(dir, `${name}.min.js`), code);

  // The same program with code splitting, as app bundlers build it: follow the entry's static imports.
  const split = await build(dir, entry, true, alias);
  const outputs = split.metafile.outputs;
  const contents = new Map(split.outputFiles.map((f) => [path.relative(dir, f.path), f.contents]));
  const start = Object.keys(outputs).find((file) => outputs[file]!.entryPoint !== undefined)!;
  const initial = new Set<string>();
  for (const pending = [start]; pending.length > 0;) {
    const file = pending.pop()!;
    if (initial.has(file)) continue;
    initial.add(file);
    for (const imported of outputs[file]!.imports) if (imported.kind === 'import-statement') pending.push(imported.path);
  }
  const files = [...initial].map((file) => contents.get(file)!);
  const initialInputs: Record<string, number> = {};
  for (const file of initial) for (const [input, info] of Object.entries(outputs[file]!.inputs)) initialInputs[input] = info.bytesInOutput;
  return {
    minified: code.byteLength,
    gzipped: gzip(code),
    brotli: zlib.brotliCompressSync(code, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
    inputs,
    initial: {
      files: files.length,
      minified: files.reduce((sum, f) => sum + f.byteLength, 0),
      gzipped: files.reduce((sum, f) => sum + gzip(f), 0),
      inputs: initialInputs,
    },
  };
}

export const bundleSection: Section = {
  id: 'bundle',
  title: '3. Bundle size',
  async run(ctx) {
    const pkg = await ctx.packages();
    const dir = path.join(pkg.root, 'bundle');
    fs.mkdirSync(dir, { recursive: true });
    const rows: string[][] = [];
    const sizes = new Map<string, { ours: Measured; official: Measured }>();
    for (const [program, sources] of Object.entries(programs(pkg.oursName))) {
      const slug = program.replace(/\W+/g, '-');
      const ours = await bundle(dir, `ours-${slug}`, sources.ours);
      const official = await bundle(dir, `official-${slug}`, sources.official);
      sizes.set(program, { ours, official });
      for (const [client, m] of [
        ['this client', ours],
        ['official client', official],
      ] as const) {
        const mine = client === 'this client';
        rows.push([
          program,
          client,
          fmtBytes(m.minified),
          fmtBytes(m.gzipped),
          fmtBytes(m.brotli),
          mine ? fmtRatio(ratio(ours.gzipped, official.gzipped)) : '',
          `${fmtBytes(m.initial.gzipped)} (${m.initial.files} file${m.initial.files === 1 ? '' : 's'})`,
          mine ? fmtRatio(ratio(ours.initial.gzipped, official.initial.gzipped)) : '',
        ]);
      }
    }
    const table: Table = {
      title: 'Browser bundle of a program using the client (esbuild --bundle --minify, ESM, browser, es2022)',
      columns: [
        'program',
        'client',
        'one file: minified',
        'gzip -9',
        'brotli -11',
        'ours ÷ official (gzip)',
        'split: initial load (gzip)',
        'ours ÷ official (initial)',
      ],
      align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows,
      notes: [
        `This client from its built package (dist/esm through its exports map), official: ${OFFICIAL_PACKAGE} as published; \`ws\` marked external for both.`,
        '"one file": a single bundle (what `import()` loads lazily is inlined). "split": the same program with code splitting (`--splitting`, as app bundlers such as Vite build by default); initial load = the entry and every chunk it imports statically, each gzipped on its own, i.e. what the browser fetches before the program runs. Code behind `import()` (this client: WebSocket sessions, event streams) loads on first use.',
        '"modular": the client without its resources (`CartesiaCore`) and only the resource class the program uses; `new Cartesia()` builds every resource, so a bundler keeps them all.',
      ],
    };
    const one = sizes.get('one call: TTS bytes')!;
    const modular = sizes.get('one call, modular: TTS bytes')!;
    // The published ESM build is one module, so the parts are told apart in a build of the same program
    // from the client's TypeScript sources (same code, before the package build joined it).
    const fromSources = await bundle(dir, 'ours-one-call-from-sources', programs(pkg.oursName)['one call: TTS bytes']!.ours, {
      [pkg.oursName]: path.join(CARTESIA_OUT, 'src/index.ts'),
    });
    const groups = new Map<string, number>();
    for (const [file, bytes] of Object.entries(fromSources.initial.inputs)) {
      if (!file.includes('generated/typescript/src/')) continue;
      const group = GROUPS.find(([, pattern]) => pattern.test(file))![0];
      groups.set(group, (groups.get(group) ?? 0) + bytes);
    }
    const total = [...groups.values()].reduce((a, b) => a + b, 0);
    const composition: Table = {
      title:
        "What this client's one-call program loads first, with code splitting (minified bytes before gzip, from esbuild's metafile of a build from the client's sources)",
      columns: ['part', 'minified', 'share'],
      rows: [...groups]
        .sort((a, b) => b[1] - a[1])
        .map(([group, bytes]) => [group, fmtBytes(bytes), `${((bytes / total) * 100).toFixed(0)}%`]),
      notes: [
        'With `new Cartesia()` every resource class is built, so their operation tables and methods are all there; the WebSocket session and event-stream code is not (it sits behind `import()`), nor is SSE parsing.',
      ],
    };
    const oneRatio = ratio(one.ours.gzipped, one.official.gzipped);
    const best = ratio(modular.ours.initial.gzipped, modular.official.initial.gzipped);
    return {
      method: 'Sizes are deterministic: one build each. Programs and bundles are left in the temp folder while the run lasts.',
      tables: [table, composition],
      targets: [
        {
          name: "one-call program at most half of the official client's size (gzip, as a browser loads it)",
          met: best <= 0.5,
          detail: `modular program with code splitting: ${fmtBytes(modular.ours.initial.gzipped)} vs ${fmtBytes(modular.official.initial.gzipped)} = ${fmtRatio(best)}; with \`new Cartesia()\`: ${fmtBytes(one.ours.initial.gzipped)} = ${fmtRatio(ratio(one.ours.initial.gzipped, one.official.initial.gzipped))}; one file: ${fmtBytes(one.ours.gzipped)} vs ${fmtBytes(one.official.gzipped)} = ${fmtRatio(oneRatio)}`,
        },
      ],
      notes: [],
    };
  },
};
