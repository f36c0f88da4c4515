// The README's core examples RUN, in both languages: each block of the task guide (and the pagination and error
// examples) is executed as a program against a loopback server that answers the REST calls and emulates the
// realtime channels. The programs get only what a reader's would: CARTESIA_BASE_URL and CARTESIA_API_KEY.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headedBlocks, pythonExampleScript, section } from '../support/readme-examples.js';
import { REPO, tempDir } from '../support/paths.js';
import { RealtimeEmulator } from './support/emulator.js';

const run = promisify(execFile);
const TS_OUT = path.join(REPO, 'generated', 'typescript');
const PY_OUT = path.join(REPO, 'generated', 'python');
const PY_PACKAGE = fs.readdirSync(path.join(PY_OUT, 'src'))[0]!;
const TS_PACKAGE = (JSON.parse(fs.readFileSync(path.join(TS_OUT, 'package.json'), 'utf8')) as { name: string }).name;
const API_KEY = 'sk_car_readme_SECRET_91b2';

// What the REST endpoints answer: distinctive bytes, so a file written from them can be recognized.
const AUDIO = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7 + 3) % 256));
const INPUT_WAV = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(996, 1)]);
const INPUT_RAW = Buffer.alloc(32_000, 2);

interface Received {
  method: string;
  url: string;
  body: Buffer;
}

function answer(received: Received[]) {
  return (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://local');
      received.push({ method: req.method ?? '', url: req.url ?? '', body: Buffer.concat(chunks) });
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${received.length}` });
        res.end(JSON.stringify(body));
      };
      const route = `${req.method} ${url.pathname}`;
      if (route === 'POST /tts/bytes') {
        res.writeHead(200, { 'content-type': 'audio/wav' });
        res.end(AUDIO);
      } else if (route === 'POST /tts/sse') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = { type: 'chunk', done: false, status_code: 206, step_time: 12, data: AUDIO.subarray(0, 64).toString('base64') };
        res.write(`event: chunk\ndata: ${JSON.stringify(chunk)}\n\n`);
        res.end(`event: done\ndata: ${JSON.stringify({ type: 'done', done: true, status_code: 200 })}\n\n`);
      } else if (route === 'POST /stt') {
        json(200, {
          type: 'transcript',
          request_id: 'req_stt',
          text: 'Transcribed from the uploaded file.',
          language: 'en',
          duration: 1.5,
        });
      } else if (route === 'GET /agents/calls') {
        const second = url.searchParams.get('starting_after') === 'call_first';
        json(200, { data: [{ id: second ? 'call_second' : 'call_first' }], has_more: !second, next_page: second ? null : 'call_first' });
      } else if (route === 'GET /agents') {
        json(404, { error: 'no agents here', title: 'Not Found' });
      } else {
        json(404, { error: `not emulated: ${route}` });
      }
    });
  };
}

/** A TypeScript block as a module run with tsx: the package is the generated sources, `client` built as the README's is. */
function tsProgram(code: string): string {
  const entry = path.join(TS_OUT, 'src', 'index.js');
  const body = code.split(`'${TS_PACKAGE}'`).join(JSON.stringify(entry));
  const setup = /\bconst client\b/.test(code)
    ? ''
    : `import { Cartesia as ReadmeClient } from ${JSON.stringify(entry)};\nconst client = new ReadmeClient();\n`;
  return `${setup}${body}`;
}

// What each example leaves behind to check, printed after it runs (the README shows none of it).
const PROBES: Record<string, { ts: string; python: string }> = {
  'Send text over a WebSocket in pieces': {
    ts: "console.log('AUDIO_BYTES', chunks.reduce((n, c) => n + c.byteLength, 0));",
    python: 'print("AUDIO_BYTES", len(audio))',
  },
  'Upload a file': { ts: 'console.log(result.text);', python: 'print(result.text)' },
};

describe('README core examples run against loopback servers', () => {
  let emulator: RealtimeEmulator;
  const received: Received[] = [];
  let work: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    emulator = await RealtimeEmulator.start({ http: answer(received) });
    work = tempDir('readme-run-');
  });
  afterAll(async () => {
    await emulator.close();
    work.cleanup();
  });

  const env = () => ({
    ...process.env,
    CARTESIA_BASE_URL: emulator.url,
    CARTESIA_API_KEY: API_KEY,
    CARTESIA_LOG: '',
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONPATH: path.join(PY_OUT, 'src'),
  });

  for (const language of ['ts', 'python'] as const) {
    const readme = fs.readFileSync(path.join(language === 'ts' ? TS_OUT : PY_OUT, 'README.md'), 'utf8');
    const blocks = [
      ...headedBlocks(section(readme, 'Common tasks'), language),
      ...headedBlocks(section(readme, 'Pagination'), language).map((b) => ({ ...b, heading: 'Pagination' })),
      ...headedBlocks(section(readme, 'Errors'), language).map((b) => ({ ...b, heading: 'Errors' })),
    ];

    it(`${language}: the guide has every core example`, () => {
      expect(blocks.map((b) => b.heading)).toEqual(
        expect.arrayContaining([
          'Save generated audio to a file',
          'Stream server-sent events',
          'Send text over a WebSocket in pieces',
          'Upload a file',
          'Stream audio over a WebSocket',
          'Pagination',
        ]),
      );
      expect(blocks.some((b) => b.heading.startsWith('Errors'))).toBe(true);
    });

    for (const [index, { heading, code }] of blocks.entries()) {
      it(`${language}: ${heading}`, async () => {
        const dir = path.join(work.dir, `${language}-${index}`);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'input.wav'), INPUT_WAV);
        fs.writeFileSync(path.join(dir, 'input.raw'), INPUT_RAW);
        const probe = PROBES[heading]?.[language] ?? '';
        const before = { requests: received.length, connections: emulator.connections.length };
        let stdout: string;
        let stderr: string;
        if (language === 'ts') {
          fs.writeFileSync(path.join(dir, 'example.mts'), `${tsProgram(code)}\n${probe}\n`);
          ({ stdout, stderr } = await run(path.join(REPO, 'node_modules', '.bin', 'tsx'), ['example.mts'], {
            cwd: dir,
            env: env(),
            timeout: 60_000,
          }));
        } else {
          fs.writeFileSync(path.join(dir, 'example.py'), `${pythonExampleScript(code, PY_PACKAGE, 'Cartesia')}\n${probe}\n`);
          ({ stdout, stderr } = await run(path.join(REPO, '.venv', 'bin', 'python'), ['example.py'], {
            cwd: dir,
            env: env(),
            timeout: 60_000,
          }));
        }
        const output = `${stdout}${stderr}`;
        expect(output).not.toContain(API_KEY);
        const requests = received.slice(before.requests);
        switch (heading) {
          case 'Save generated audio to a file': {
            expect(fs.readFileSync(path.join(dir, 'output.wav')).equals(AUDIO)).toBe(true);
            const body = JSON.parse(requests[0]!.body.toString()) as { output_format: { sample_rate: number }; transcript: string };
            expect(body.output_format.sample_rate).toBe(44100);
            expect(body.transcript).toMatch(/^[A-Z].* .*\.$/);
            break;
          }
          case 'Stream server-sent events':
            expect(stdout).toContain('chunk');
            expect(stdout).toMatch(/done/);
            break;
          case 'Send text over a WebSocket in pieces': {
            const bytes = Number(/AUDIO_BYTES (\d+)/.exec(stdout)?.[1]);
            expect(bytes).toBeGreaterThan(0);
            expect(emulator.connections.length).toBe(before.connections + 1);
            break;
          }
          case 'Upload a file':
            expect(stdout).toContain('Transcribed from the uploaded file.');
            expect(requests[0]!.body.includes(INPUT_WAV)).toBe(true);
            break;
          case 'Stream audio over a WebSocket':
            expect(emulator.connections.length).toBe(before.connections + 1);
            expect(output).toMatch(/transcript/);
            break;
          case 'Pagination':
            expect(stdout).toContain('call_first');
            expect(stdout).toContain('call_second');
            // The next page is asked for with the cursor the first one gave.
            expect(requests.some((r) => r.url.includes('starting_after=call_first'))).toBe(true);
            break;
          default:
            expect(output).toContain('404');
        }
        expect(emulator.takeViolations()).toEqual([]);
      }, 90_000);
    }
  }
});
