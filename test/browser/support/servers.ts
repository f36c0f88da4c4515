// The servers of the browser test, all on 127.0.0.1 and all node:http: the web app's origin (the static page,
// its script bundled by esbuild with the client's source, and the backend route that hands out an access token),
// and the REST route of the emulated API that the realtime emulator serves on its own origin next to the
// channels, with the CORS answers a browser needs. No test framework in here.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { REPO } from '../../support/paths.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const PAGE_HTML = path.join(HERE, 'page.html');
export const PAGE_SCRIPT = path.join(HERE, 'page.ts');
export const CLIENT_ENTRY = path.join(REPO, 'generated/typescript/src/index.ts');

export interface Bundle {
  code: string;
  /** Source files in the bundle, relative to the repository. */
  inputs: string[];
  /** Imports the bundle leaves to the runtime (none may remain for a browser). */
  external: string[];
}

/** The page script and the client source it imports, bundled for browsers as one ES module. */
export async function bundlePage(): Promise<Bundle> {
  const result = await build({
    absWorkingDir: REPO,
    entryPoints: [PAGE_SCRIPT],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: 'page.js',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.keys(result.metafile.inputs).sort(),
    external: output.imports.filter((i) => i.external).map((i) => i.path),
  };
}

/** An http.Server on 127.0.0.1 that forgets no socket when it closes. */
abstract class LoopbackServer {
  private readonly server: http.Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  constructor() {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  protected abstract handle(req: http.IncomingMessage, res: http.ServerResponse): void;
}

/** The web app: `/` (the static page), `/page.js` (the bundle) and `POST /backend/token`. */
export class AppServer extends LoopbackServer {
  /** Every request, as `METHOD /path`. */
  readonly requests: string[] = [];
  /** Headers of each call of the token route. */
  readonly tokenCalls: http.IncomingHttpHeaders[] = [];

  private readonly token: string;
  private readonly script: string;

  constructor(token: string, script: string) {
    super();
    this.token = token;
    this.script = script;
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://app.invalid');
    this.requests.push(`${req.method} ${url.pathname}`);
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(fs.readFileSync(PAGE_HTML));
    } else if (req.method === 'GET' && url.pathname === '/page.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(this.script);
    } else if (req.method === 'POST' && url.pathname === '/backend/token') {
      // A real backend would mint it with `client.accessToken.create()` and its API key.
      this.tokenCalls.push(req.headers);
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ token: this.token }));
    } else {
      req.resume();
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  }
}

export interface ApiExchange {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The status the route answered with. */
  status: number;
}

/** Request headers the emulated API allows from other origins (what the real API's CORS setup would list). */
export const ALLOWED_HEADERS = ['authorization', 'cartesia-version', 'content-type'];

/**
 * `POST /tts/bytes` of the emulated API, for the emulator's `http` option: answers the CORS preflight, checks
 * `Authorization: Bearer <token>` and `Cartesia-Version`, and sends `audio` as audio/wav. Only `origin()` may
 * read the answers; everything else is refused the way the real service would.
 */
export function ttsBytesRoute(options: { origin: () => string; token: string; version: string; audio: Buffer }): {
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  exchanges: ApiExchange[];
} {
  const exchanges: ApiExchange[] = [];
  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://api.invalid').pathname;
      const cors: Record<string, string> =
        req.headers.origin === options.origin() ? { 'access-control-allow-origin': options.origin(), vary: 'Origin' } : {};
      const answer = (status: number, headers: Record<string, string>, body: string | Buffer): void => {
        exchanges.push({ method: req.method ?? '', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        res.writeHead(status, { ...cors, ...headers });
        res.end(body);
      };
      const error = (status: number, message: string): void =>
        answer(status, { 'content-type': 'application/json' }, JSON.stringify({ status_code: status, title: 'Error', message }));
      if (path !== '/tts/bytes') return error(404, 'No such route.');
      if (req.method === 'OPTIONS') {
        return answer(204, { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': ALLOWED_HEADERS.join(', ') }, '');
      }
      if (req.method !== 'POST') return error(405, 'Use POST.');
      if (req.headers.authorization !== `Bearer ${options.token}`) return error(401, 'Invalid or missing access token.');
      if (req.headers['cartesia-version'] !== options.version) return error(400, 'Missing or unsupported Cartesia-Version.');
      answer(200, { 'content-type': 'audio/wav', 'content-length': String(options.audio.byteLength) }, options.audio);
    });
  };
  return { handle, exchanges };
}

/** A mono 16-bit PCM WAV file: `samples` of a 440 Hz tone at `sampleRate`. */
export function toneWav(samples: number, sampleRate = 24000): Buffer {
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / sampleRate)), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28); // byte rate
  header.writeUInt16LE(2, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
