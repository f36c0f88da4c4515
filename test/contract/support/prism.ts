// A Prism mock server of spec/cartesia.yaml on loopback, as a child process: request validation on, and
// `--errors` so that an invalid request is answered 422 and an invalid mock response 500 (with an
// `sl-violations` header). Started in its own process group, so stopping it leaves nothing behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const CONTRACT_SPEC = path.join(REPO_ROOT, 'spec/cartesia.yaml');
const START_TIMEOUT_MS = 45_000;
const STOP_TIMEOUT_MS = 5_000;
const LOG_LIMIT = 200_000;
// Handles a child process and its pipes hold in this process; they must all be gone after `stop()`.
const CHILD_HANDLES = new Set(['ProcessWrap', 'PipeWrap', 'TCPSocketWrap', 'TCPWRAP']);

export interface PrismServer {
  url: string;
  port: number;
  pid: number;
  /** Everything Prism printed so far (stdout and stderr interleaved). */
  log(): string;
  /** The log printed after `mark` (a value of `log().length`), for failure messages of one request. */
  logSince(mark: number): string;
  stop(): Promise<void>;
}

function prismScript(): string {
  const require = createRequire(path.join(REPO_ROOT, 'package.json'));
  return require.resolve('@stoplight/prism-cli/dist/index.js');
}

/** A port nobody listens on right now (the OS picks it; Prism binds it a moment later). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts TCP connections on the port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.setTimeout(1_000, () => done(false));
  });
}

/** Whether any process of the group still exists. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function childHandles(): number {
  return process.getActiveResourcesInfo().filter((name) => CHILD_HANDLES.has(name)).length;
}

export async function startPrism(spec = CONTRACT_SPEC): Promise<PrismServer> {
  const port = await freePort();
  const args = [prismScript(), 'mock', spec, '-h', '127.0.0.1', '-p', String(port), '--errors'];
  let log = '';
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    detached: true, // its own process group: stop() signals the whole group
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const append = (chunk: Buffer): void => {
    if (log.length < LOG_LIMIT) log += chunk.toString('utf8');
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
    child.once('error', (error) => {
      log += `\n[spawn error] ${error.message}\n`;
      exited ??= { code: null, signal: null };
      resolve();
    });
  });
  const pid = child.pid;

  const stop = async (): Promise<void> => {
    if (pid !== undefined) {
      killGroup(pid, 'SIGTERM');
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      while (groupAlive(pid) && Date.now() < deadline) await sleep(25);
      if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
      while (groupAlive(pid)) await sleep(25);
    }
    // The group is gone, so 'exit' has fired or is about to; wait for it without leaving a timer behind.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exit, new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)))]);
    clearTimeout(timer);
    child.stdout?.destroy();
    child.stderr?.destroy();
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (exited) break;
    if (/Prism is listening/.test(log) && (await isListening(port))) {
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        pid: pid!,
        log: () => log,
        logSince: (mark) => log.slice(mark),
        stop,
      };
    }
    if (Date.now() > deadline) break;
    await sleep(100);
  }
  await stop();
  const why = exited
    ? `exited (code ${exited.code}, signal ${exited.signal})`
    : `was not listening on 127.0.0.1:${port} after ${START_TIMEOUT_MS} ms`;
  throw new Error(`Prism ${why}.\n--- prism log ---\n${log || '(empty)'}`);
}

/**
 * Starts Prism before the file's tests and stops it after them; afterwards checks that its process group
 * is gone, its port closed, and that no handle of the child (process, pipes) is left in this process.
 */
export function usePrism(spec = CONTRACT_SPEC): { readonly server: PrismServer } {
  const holder: { server?: PrismServer } = {};
  let baseline = 0;
  beforeAll(async () => {
    baseline = childHandles();
    holder.server = await startPrism(spec);
  });
  afterAll(async () => {
    const server = holder.server;
    if (!server) return;
    await server.stop();
    const problems: string[] = [];
    if (groupAlive(server.pid)) problems.push(`process group ${server.pid} is still alive`);
    if (await isListening(server.port)) problems.push(`port ${server.port} still accepts connections`);
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (childHandles() > baseline && Date.now() < deadline) await sleep(25);
    if (childHandles() > baseline)
      problems.push(
        `handles left open: ${process
          .getActiveResourcesInfo()
          .filter((n) => CHILD_HANDLES.has(n))
          .join(', ')}`,
      );
    if (problems.length > 0) throw new Error(`Prism was not stopped cleanly: ${problems.join('; ')}`);
  });
  return {
    get server(): PrismServer {
      if (!holder.server) throw new Error('Prism is not running (did beforeAll fail?)');
      return holder.server;
    },
  };
}
