// Opening a realtime channel: the handshake URL (channel path and query parameters) and where the API version
// and the credential go: headers where the runtime can set them (Node's `ws`, other servers), query
// parameters in browsers, which cannot. Same transport and credential rules as HTTP requests.
import type { ChannelSpec, SessionRuntime } from './channel-session.js';
import { placeCredential } from './credentials.js';
import { isBrowserLike } from './environment.js';
import { APIConnectionError, MissingCredentialError } from './errors.js';
import { Redactor } from './redact.js';
import { errorFrom } from './responses.js';
import type { ClientLog } from './logging.js';
import type { ChannelOptions, ClientConfig } from './types.js';
import { ownValue, serializeLooseQuery, serializeQueryParam } from './url.js';
import { openSocket, type WebSocketConstructor, type WebSocketLike } from './websocket.js';

export interface ChannelClient {
  config: ClientConfig;
  /** Security scheme key → credential value. */
  credentials: ReadonlyMap<string, string>;
  baseURL: string;
  version: string | undefined;
  timeout: number;
  WebSocket: WebSocketConstructor | undefined;
  /** The client's `websocketCredentials` option. */
  websocketCredentials: 'headers' | 'query' | undefined;
  runtime: SessionRuntime;
  /** Sent as the handshake's User-Agent where the implementation can send headers (the `ws` package). */
  userAgent: string | null | undefined;
  log: ClientLog;
  /** Throws when the URL would carry a credential in clear text. */
  checkTransport(url: string): void;
}

/** Largest body of a refused handshake that is read for the error. */
const MAX_REFUSAL_BYTES = 1 << 20;

/** Where the version and credential go: headers, unless in a browser or the caller asks for the query. */
export function handshakePlacement(client: ChannelClient, options: ChannelOptions): 'headers' | 'query' {
  return (
    options.websocketCredentials ?? client.websocketCredentials ?? (isBrowserLike() ? 'query' : 'headers')
  );
}

/**
 * The handshake URL, the same URL with credential values masked (for messages), and the handshake headers
 * (version and credential, when they go in headers).
 */
export function channelURL(
  client: ChannelClient,
  spec: ChannelSpec,
  params: Record<string, unknown>,
  options: ChannelOptions,
): { url: string; redacted: string; headers: Record<string, string> } {
  const { config } = client;
  const inHeaders = handshakePlacement(client, options) === 'headers';
  const headers: Record<string, string> = {};
  const usesDefaultServer = client.baseURL === config.baseURL;
  const base = (
    usesDefaultServer && config.websocketBaseURL
      ? config.websocketBaseURL
      : client.baseURL.replace(/^http(s?):/i, 'ws$1:')
  ).replace(/\/+$/, '');
  const query: string[] = [];
  for (const param of spec.query ?? [])
    serializeQueryParam(param, ownValue(params, param.name) ?? param.fixed, query);
  if (options.query) serializeLooseQuery(options.query, query);
  const version = options.version ?? client.version;
  const versionParameter = config.apiVersion?.websocketQueryParameter;
  if (inHeaders && config.apiVersion && version !== undefined) headers[config.apiVersion.header] = version;
  else if (versionParameter && version !== undefined)
    query.push(`${encodeURIComponent(versionParameter)}=${encodeURIComponent(version)}`);
  const secret: string[] = [];
  if (spec.security.length > 0) {
    const held = (set: readonly string[]): boolean => set.every((scheme) => client.credentials.has(scheme));
    const chosen =
      spec.security.find((set) => set.length > 0 && held(set)) ??
      spec.security.find((set) => set.length === 0);
    if (!chosen) {
      const names = spec.security.map((set) =>
        set.map((s) => `\`${config.credentials.find((c) => c.scheme === s)?.option ?? s}\``).join(' + '),
      );
      throw new MissingCredentialError(
        `This channel needs a credential: pass ${names.join(' or ')} when creating the client.`,
      );
    }
    for (const scheme of chosen) {
      const credential = config.credentials.find((c) => c.scheme === scheme);
      const value = client.credentials.get(scheme)!;
      // Headers as the security scheme says (a scheme declared `in: query` stays in the query, by design).
      if (credential && inHeaders) placeCredential(credential, value, headers, secret);
      else if (credential?.websocketQueryParameter)
        secret.push(`${encodeURIComponent(credential.websocketQueryParameter)}=${encodeURIComponent(value)}`);
    }
  }
  const url = `${base}${spec.path}`;
  const join = (pairs: string[]): string => (pairs.length > 0 ? `${url}?${pairs.join('&')}` : url);
  if (secret.length > 0 || Object.keys(headers).some((name) => name !== config.apiVersion?.header))
    client.checkTransport(url);
  return {
    url: join([...query, ...secret]),
    redacted: join([...query, ...secret.map((pair) => pair.replace(/=.*$/, '=***'))]),
    headers,
  };
}

/** Opens the channel's socket and hands it to `create`, which wraps it in the channel's session class. */
export async function connectChannel<S>(
  client: ChannelClient,
  spec: ChannelSpec,
  params: Record<string, unknown>,
  options: ChannelOptions,
  create: (socket: WebSocketLike, spec: ChannelSpec, runtime: SessionRuntime) => S,
): Promise<S> {
  const { url, redacted, headers } = channelURL(client, spec, params, options);
  const WebSocket = options.WebSocket ?? client.WebSocket;
  const { config, runtime, log } = client;
  const shown = log.url(redacted);
  const startedAt = Date.now();
  log.debug(`WebSocket connecting to ${shown}`, { url: shown });
  const opened = openSocket(
    url,
    redacted,
    {
      ...(client.userAgent ? { userAgent: client.userAgent } : {}),
      ...(WebSocket ? { WebSocket } : {}),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
      // A refused handshake becomes the same typed error (401, 403, ...) as a refused HTTP request.
      refused: (status, headers, body) =>
        status >= 200 && status <= 599
          ? errorFrom(
              new Response(body, { status, headers }),
              config.errors,
              runtime.redact ?? new Redactor([]),
              MAX_REFUSAL_BYTES,
            )
          : Promise.resolve(
              new APIConnectionError(`The WebSocket handshake with ${redacted} was answered ${status}.`),
            ),
      timeout: options.timeout ?? client.timeout,
      ...(client.runtime.maxMessageBytes !== undefined
        ? { maxMessageBytes: client.runtime.maxMessageBytes }
        : {}),
      ...(client.runtime.redact ? { redact: client.runtime.redact } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    },
    (socket) => {
      const durationMs = Date.now() - startedAt;
      log.info(`WebSocket connected to ${shown} in ${durationMs} ms`, { url: shown, durationMs });
      if (log.enabled('info')) {
        // Removed when it fires: a closed socket keeps no listener of the client's.
        const onClose = (event: { code?: number; reason?: string }): void => {
          socket.removeEventListener('close', onClose);
          const code = event.code ?? 1006;
          const reason = event.reason ?? '';
          log.info(`WebSocket to ${shown} closed: ${code}${reason ? ` ${reason}` : ''}`, {
            url: shown,
            code,
            reason,
          });
        };
        socket.addEventListener('close', onClose);
      }
      return create(socket, spec, client.runtime);
    },
  );
  opened.catch((error: Error) =>
    log.info(`WebSocket to ${shown} failed to open: ${error.message}`, { url: shown, error: error.message }),
  );
  return opened;
}
