// The loopback TTS WebSocket server of the WebSocket benchmark, run in its own process: the Cartesia TTS
// protocol (as test/realtime/support/emulator.ts speaks it) reduced to what a generation needs, with its
// base64 prepared once so that the server costs the same for every client and is never the bottleneck.
//
// Every generation request (a JSON text frame with a non-empty `transcript`) is answered on its `context_id`
// with `chunk` messages of `chunkBytes` of audio each (base64 in `data`), then `done`. The amount of audio is
// read from the transcript ("… <n> bytes …"), else `audioBytes`. Handshakes are accepted on any path.
import { WebSocketServer, type WebSocket } from 'ws';

const options = JSON.parse(process.argv[2] ?? '{}') as { audioBytes?: number; chunkBytes?: number };
const chunkBytes = options.chunkBytes ?? 16 * 1024;
const defaultBytes = options.audioBytes ?? chunkBytes;
/** Frames in the socket's send queue before the server waits for one to be written (≈ 1.4 MiB at 16 KiB). */
const WINDOW = 64;

// Pseudo-audio, the same pattern as the HTTP server's, base64-encoded once per size it is sent in.
const pcm = Buffer.alloc(chunkBytes);
for (let i = 0; i < pcm.length; i++) pcm[i] = (i * 31 + 7) & 0xff;
const base64 = new Map<number, string>();
const base64Of = (length: number): string => {
  let text = base64.get(length);
  if (text === undefined) base64.set(length, (text = pcm.subarray(0, length).toString('base64')));
  return text;
};
base64Of(chunkBytes);

const chunkFrame = (contextId: string, length: number): Buffer =>
  Buffer.from(
    `{"type":"chunk","context_id":${JSON.stringify(contextId)},"status_code":206,"done":false,"data":"${base64Of(length)}","step_time":1.5,"flush_id":1}`,
  );

async function generate(socket: WebSocket, contextId: string, audioBytes: number): Promise<void> {
  // One frame per request, sent as many times as needed: the chunks of a context are all alike.
  const whole = chunkFrame(contextId, chunkBytes);
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const written = (): void => {
    inFlight--;
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  for (let offset = 0; offset < audioBytes; offset += chunkBytes) {
    if (socket.readyState !== socket.OPEN) return;
    const length = Math.min(chunkBytes, audioBytes - offset);
    // Backpressure: the send callback runs once the frame has been handed to the kernel.
    while (inFlight >= WINDOW) await new Promise<void>((resolve) => (wake = resolve));
    inFlight++;
    socket.send(length === chunkBytes ? whole : chunkFrame(contextId, length), { binary: false }, written);
  }
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: 'done', context_id: contextId, status_code: 200, done: true }));
}

const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
server.on('connection', (socket) => {
  // Requests are served one after the other per connection, in the order they came.
  let queue = Promise.resolve();
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    let message: { transcript?: unknown; context_id?: unknown; cancel?: unknown };
    try {
      message = JSON.parse(String(data)) as typeof message;
    } catch {
      socket.close(1003, 'not JSON');
      return;
    }
    if (message.cancel === true || typeof message.transcript !== 'string' || message.transcript === '') return;
    const contextId = typeof message.context_id === 'string' ? message.context_id : '';
    const asked = /(\d+) bytes/.exec(message.transcript)?.[1];
    const audioBytes = asked === undefined ? defaultBytes : Number(asked);
    queue = queue.then(() => generate(socket, contextId, audioBytes));
  });
});
server.on('listening', () => {
  const address = server.address();
  process.stdout.write(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }) + '\n');
});
// The parent holds our stdin open: when it goes away (even by a crash), so does this server.
process.stdin.on('end', () => process.exit(0)).resume();
process.on('SIGTERM', () => {
  for (const client of server.clients) client.terminate();
  server.close(() => process.exit(0));
});
