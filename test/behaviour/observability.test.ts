// Logging (levels, the spec's CARTESIA_LOG, what debug lines hold, retries, no credential ever), the
// User-Agent every request carries, and the base URL from CARTESIA_BASE_URL below the option.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cartesia, ConfigurationError, InsecureTransportError, type LogLevel } from '../../generated/typescript/src/index.js';
import { REPO } from '../support/paths.js';
import { ACCESS_TOKEN, API_KEY, clientFor, voice, withEnv } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { LogRecorder } from './support/log-recorder.js';
import { closedPort, json, type Handler } from './support/server.js';

const server = useTestServer();
const pkg = JSON.parse(readFileSync(path.join(REPO, 'generated/typescript/package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const ok: Handler = json(200, voice('v1'), { 'x-request-id': 'req_ok_1' });
const unavailable: Handler = json(503, { message: 'try again' }, { 'retry-after-ms': '0' });
const NO_ENV = { CARTESIA_LOG: undefined, CARTESIA_BASE_URL: undefined };

function logged(level: LogLevel | undefined, env: Record<string, string | undefined> = {}) {
  const logger = new LogRecorder();
  const make = (): Cartesia => clientFor(server, { logger, ...(level ? { logLevel: level } : {}) });
  return { logger, client: withEnv({ ...NO_ENV, ...env }, make) };
}

describe('log levels', () => {
  it('debug: one line per attempt with method, URL, status, duration, attempt, request id and headers', async () => {
    server.reply(ok);
    const { logger, client } = logged('debug');
    await (await client).voices.get('v1');
    const [line, ...rest] = logger.at('debug');
    expect(rest).toEqual([]);
    expect(line!.message).toMatch(
      new RegExp(`^\\[Cartesia\\] GET ${server.url}/voices/v1 → 200 in \\d+ ms \\(attempt 1, request id req_ok_1\\)$`),
    );
    const details = line!.details[0] as Record<string, any>;
    expect(details).toMatchObject({ method: 'GET', url: `${server.url}/voices/v1`, status: 200, attempt: 1, requestId: 'req_ok_1' });
    expect(details.durationMs).toBeGreaterThanOrEqual(0);
    expect(details.requestHeaders.authorization).toBe('[REDACTED]');
    expect(details.requestHeaders['cartesia-version']).toBe('2026-08-14');
    expect(details.responseHeaders['x-request-id']).toBe('req_ok_1');
    expect(logger.text()).not.toContain(API_KEY);
  });

  it('info: retries with the coming attempt number; no per-request lines', async () => {
    server.reply(unavailable, unavailable, ok);
    const { logger, client } = logged('info');
    await (await client).voices.get('v1');
    expect(logger.at('debug')).toEqual([]);
    expect(logger.at('info').map((l) => l.message)).toEqual([
      expect.stringMatching(/^\[Cartesia\] Retrying GET \S+\/voices\/v1 after status 503: attempt 2 of 3 in \d+ ms\.$/),
      expect.stringMatching(/attempt 3 of 3/),
    ]);
  });

  it('debug shows every attempt of a retried request, numbered', async () => {
    server.reply(unavailable, unavailable, ok);
    const { logger, client } = logged('debug');
    await (await client).voices.get('v1');
    const attempts = logger.at('debug').map((l) => l.details[0] as { attempt: number; status: number });
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 503],
      [2, 503],
      [3, 200],
    ]);
  });

  it('logs a connection failure and its retry', async () => {
    const port = await closedPort();
    const logger = new LogRecorder();
    const client = await withEnv(
      NO_ENV,
      () => new Cartesia({ apiKey: API_KEY, baseURL: `http://127.0.0.1:${port}`, logLevel: 'debug', logger, maxRetries: 1 }),
    );
    await expect(client.voices.get('v1')).rejects.toThrow(/Connection error/);
    expect(logger.at('debug').map((l) => l.message)).toEqual([
      expect.stringMatching(/GET \S+ → failed \(Connection error: .*\) in \d+ ms \(attempt 1\)/),
      expect.stringMatching(/attempt 2\)/),
    ]);
    expect(logger.at('info').map((l) => l.message)).toEqual([expect.stringMatching(/after a connection error: attempt 2 of 2/)]);
  });

  it.each(['warn', 'error', 'off'] as const)('%s: nothing from requests or retries', async (level) => {
    server.reply(unavailable, ok);
    const { logger, client } = logged(level);
    await (await client).voices.get('v1');
    expect(logger.lines).toEqual([]);
  });

  it('defaults to warn: a retried request logs nothing', async () => {
    server.reply(unavailable, ok);
    const { logger, client } = logged(undefined);
    await (await client).voices.get('v1');
    expect(logger.lines).toEqual([]);
  });
});

describe('a failing logger', () => {
  it('does not fail the request it reports on', async () => {
    server.reply(ok);
    const broken = {
      error: () => undefined,
      warn: () => undefined,
      info: () => undefined,
      debug: () => {
        throw new Error('log sink down');
      },
    };
    const client = await withEnv(NO_ENV, () => clientFor(server, { logLevel: 'debug', logger: broken }));
    await expect(client.voices.get('v1')).resolves.toEqual(voice('v1'));
  });
});

describe('CARTESIA_LOG (name from the spec)', () => {
  it('sets the level when the option is absent, in any case', async () => {
    server.reply(ok);
    const { logger, client } = logged(undefined, { CARTESIA_LOG: 'DEBUG' });
    await (await client).voices.get('v1');
    expect(logger.at('debug')).toHaveLength(1);
  });

  it('loses to the option', async () => {
    server.reply(unavailable, ok);
    const { logger, client } = logged('warn', { CARTESIA_LOG: 'debug' });
    await (await client).voices.get('v1');
    expect(logger.lines).toEqual([]);
  });

  it('an invalid value is a warning naming the variable, and the default level applies', async () => {
    server.reply(unavailable, ok);
    const { logger, client } = logged(undefined, { CARTESIA_LOG: 'loud' });
    await (await client).voices.get('v1');
    expect(logger.lines.map((l) => `${l.level} ${l.message}`)).toEqual([
      '[Cartesia] Ignoring CARTESIA_LOG: it is not a log level (off, error, warn, info, debug); logging at "warn".'.replace(/^/, 'warn '),
    ]);
  });

  it('an invalid option or logger is a ConfigurationError', () => {
    expect(() => clientFor(server, { logLevel: 'verbose' as LogLevel })).toThrow(ConfigurationError);
    expect(() => clientFor(server, { logLevel: 'verbose' as LogLevel })).toThrow(
      /Invalid logLevel: pass one of off, error, warn, info, debug/,
    );
    expect(() => clientFor(server, { logger: { info: () => undefined } as never })).toThrow(/Invalid logger/);
  });
});

describe('credentials never reach a log line', () => {
  it('API key, access token, and a server echoing them in a body and a header', async () => {
    // GET / accepts either credential, so both travel the same way.
    const echo: Handler = (req, res) => {
      res.writeHead(401, { 'content-type': 'application/json', 'x-echo': String(req.headers.authorization) });
      res.end(JSON.stringify({ message: `bad key ${String(req.headers.authorization)}` }));
    };
    for (const credentials of [{ apiKey: API_KEY }, { accessToken: ACCESS_TOKEN, apiKey: null }]) {
      server.reply(unavailable, echo);
      const logger = new LogRecorder();
      const client = await withEnv(NO_ENV, () => new Cartesia({ ...credentials, baseURL: server.url, logLevel: 'debug', logger }));
      await expect(client.apiStatus.get()).rejects.toThrow('401 bad key');
      expect(logger.at('debug')).toHaveLength(2);
      expect(logger.at('info')).toHaveLength(1);
      const text = logger.text();
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(ACCESS_TOKEN);
      expect(text).toContain('"x-echo":"Bearer [REDACTED]"');
    }
  });
});

describe('User-Agent', () => {
  it('names the package, its version, the runtime and the OS', async () => {
    server.reply(ok);
    await clientFor(server).voices.get('v1');
    expect(server.requests[0]!.headers['user-agent']).toBe(
      `${pkg.name}/${pkg.version} node/${process.version} ${process.platform}/${process.arch}`,
    );
  });

  it('gives way to the caller’s own header, per client or per request', async () => {
    server.reply(ok, ok);
    const client = clientFor(server, { defaultHeaders: { 'User-Agent': 'my-app/2.0' } });
    await client.voices.get('v1');
    await clientFor(server).voices.get('v1', {}, { headers: { 'user-agent': 'one-off/1' } });
    expect(server.requests.map((r) => r.headers['user-agent'])).toEqual(['my-app/2.0', 'one-off/1']);
  });
});

describe('CARTESIA_BASE_URL (name from the spec)', () => {
  it('is used when no baseURL is given', async () => {
    server.reply(ok);
    const client = await withEnv({ CARTESIA_BASE_URL: server.url }, () => new Cartesia({ apiKey: API_KEY }));
    expect(client.baseURL).toBe(server.url);
    await client.voices.get('v1');
    expect(server.requests).toHaveLength(1);
  });

  it('loses to the option; `baseURL: null` ignores it', async () => {
    const port = await closedPort();
    const env = { CARTESIA_BASE_URL: `http://127.0.0.1:${port}` };
    const given = await withEnv(env, () => new Cartesia({ apiKey: API_KEY, baseURL: server.url }));
    expect(given.baseURL).toBe(server.url);
    const none = await withEnv(env, () => new Cartesia({ apiKey: API_KEY, baseURL: null }));
    expect(none.baseURL).toBe('https://api.cartesia.ai');
  });

  it('plain http to a remote host from the environment is still refused with a credential', async () => {
    await withEnv({ CARTESIA_BASE_URL: 'http://api.example.com' }, () => {
      expect(() => new Cartesia({ apiKey: API_KEY })).toThrow(InsecureTransportError);
    });
  });

  it('a malformed value is a ConfigurationError naming the variable, without echoing it', async () => {
    await withEnv({ CARTESIA_BASE_URL: 'https://user:hunter2@api.example.com' }, () => {
      expect(() => new Cartesia({ apiKey: API_KEY })).toThrow(/^CARTESIA_BASE_URL: The base URL contains a user name or password/);
      expect(() => new Cartesia({ apiKey: API_KEY })).not.toThrow(/hunter2/);
    });
  });
});
