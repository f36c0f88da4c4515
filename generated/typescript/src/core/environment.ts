// What runtime the client runs in, and small platform-neutral utilities. Only web-standard globals are used.

declare const WorkerGlobalScope: unknown;

/** True in browsers and web workers, where a long-lived secret would be exposed to end users. */
export function isBrowserLike(): boolean {
  const g = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return (
    (typeof g.window !== 'undefined' &&
      typeof g.window.document !== 'undefined' &&
      typeof g.navigator !== 'undefined') ||
    typeof WorkerGlobalScope !== 'undefined'
  );
}

/** Reads an environment variable on Node, Bun and Deno; undefined elsewhere or when not permitted. */
export function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(key: string): string | undefined } };
  };
  try {
    const value = g.process?.env?.[name] ?? g.Deno?.env?.get(name);
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  } catch {
    return undefined;
  }
}

/** localhost, 127.0.0.0/8 and ::1: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '::1' || host === '0:0:0:0:0:0:0:1') return true;
  return /^127(\.\d{1,3}){3}$/.test(host);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Base64 of a UTF-8 string, without Node's Buffer. */
export function base64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Bytes of a base64 string: the platform's fast decoder where there is one, else `atob`. */
export function base64Decode(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const buffer = (globalThis as { Buffer?: { from(s: string, encoding: string): Uint8Array } }).Buffer;
  if (buffer) {
    const bytes = buffer.from(text, 'base64');
    // Small Buffers are views into a shared pool, and callers may wrap `.buffer` directly: those are copied.
    // Large ones (audio chunks) own their memory: a plain Uint8Array over it, no copy (and no Buffer
    // semantics, such as a `slice` that shares memory, leaking out).
    if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength)
      return new Uint8Array(bytes.buffer, 0, bytes.byteLength);
    const own = new Uint8Array(bytes.byteLength);
    own.set(bytes);
    return own;
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * `<package>/<version> <runtime>/<version> <os>/<arch>` on Node, Bun and Deno; undefined in browsers and other
 * runtimes, which send their own User-Agent (and some refuse a script setting it).
 */
export function userAgent(packageName: string, packageVersion: string): string | undefined {
  const key = `${packageName}/${packageVersion}`;
  if (!userAgents.has(key)) userAgents.set(key, detectUserAgent(key));
  return userAgents.get(key);
}

/** Worked out once per package: the runtime does not change while the program runs. */
const userAgents = new Map<string, string | undefined>();

function detectUserAgent(product: string): string | undefined {
  if (isBrowserLike()) return undefined;
  const g = globalThis as {
    process?: { version?: string; versions?: { bun?: string }; platform?: string; arch?: string };
    Deno?: { version?: { deno?: string }; build?: { os?: string; arch?: string } };
  };
  let runtime: string;
  let os: string;
  if (g.Deno?.version?.deno) {
    runtime = `deno/${g.Deno.version.deno}`;
    os = `${g.Deno.build?.os ?? 'unknown'}/${g.Deno.build?.arch ?? 'unknown'}`;
  } else if (g.process?.versions?.bun) {
    runtime = `bun/${g.process.versions.bun}`;
    os = `${g.process.platform ?? 'unknown'}/${g.process.arch ?? 'unknown'}`;
  } else if (g.process?.version) {
    runtime = `node/${g.process.version}`;
    os = `${g.process.platform ?? 'unknown'}/${g.process.arch ?? 'unknown'}`;
  } else return undefined;
  return `${product} ${runtime} ${os}`;
}

/** The handshake's User-Agent: the caller's from `defaultHeaders` (`null`: none), else the client's. */
export function handshakeUserAgent(
  defaultHeaders: Record<string, string | null | undefined>,
  own: string | undefined,
): string | null | undefined {
  let found: string | null | undefined = own;
  for (const [name, value] of Object.entries(defaultHeaders))
    if (name.toLowerCase() === 'user-agent' && value !== undefined) found = value;
  return found;
}
