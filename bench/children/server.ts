// The loopback API server every request and streaming benchmark talks to, run in its own process.
// Answers are prepared once, so the server costs the same for every client measured.
import http from 'node:http';
import { DICTIONARY, JSON_HEADERS, VOICES_PAGE } from './payloads.js';

const options = JSON.parse(process.argv[2] ?? '{}') as { audioBytes?: number; chunkBytes?: number };
const audioBytes = options.audioBytes ?? 1024 * 1024;
const chunkBytes = options.chunkBytes ?? 64 * 1024;

const voicesPage = Buffer.from(VOICES_PAGE);
const dictionary = Buffer.from(DICTIONARY);
// Pseudo-audio: a fixed pattern, sent in chunks with backpressure and chunked transfer encoding, as a TTS
// endpoint streams it.
const chunk = Buffer.alloc(chunkBytes);
for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + 7) & 0xff;

function json(res: http.ServerResponse, body: Buffer, status = 200): void {
  res.writeHead(status, { ...JSON_HEADERS, 'content-length': body.length });
  res.end(body);
}

function drainOrClose(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

async function streamAudio(res: http.ServerResponse): Promise<void> {
  res.writeHead(200, { 'content-type': 'audio/wav' });
  let left = audioBytes;
  while (left > 0 && !res.destroyed) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    left -= piece.length;
    if (!res.write(piece)) await drainOrClose(res);
  }
  res.end();
}

const server = http.createServer((req, res) => {
  // Requests with a body are answered once it has been read whole, as a real server would.
  req.on('data', () => undefined);
  req.on('end', () => {
    const url = req.url ?? '/';
    const route = `${req.method} ${url.split('?')[0]}`;
    if (route === 'GET /voices') return json(res, voicesPage);
    if (route === 'POST /pronunciation-dicts/' || route === 'POST /pronunciation-dicts') return json(res, dictionary);
    if (route === 'POST /tts/bytes') return void streamAudio(res);
    json(res, Buffer.from(JSON.stringify({ message: `no route ${route}` })), 404);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }) + '\n');
});
// The parent holds our stdin open: when it goes away (even by a crash), so does this server.
process.stdin.on('end', () => process.exit(0)).resume();
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
