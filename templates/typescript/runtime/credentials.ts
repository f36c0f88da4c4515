// Credentials: which ones a client holds (given, or read from the environment on servers), and how each is
// sent with a request, as the spec's security schemes say.
import { base64Encode, isBrowserLike, isLoopbackHost, readEnv } from './environment.js';
import { ConfigurationError, InsecureTransportError, MissingCredentialError } from './errors.js';
import type { BaseClientOptions, ClientConfig, CredentialSpec, OperationSpec } from './types.js';

/**
 * The credentials a new client holds, by scheme. In a browser, environment variables are not read, and a
 * credential the spec keeps for servers (an API key) is refused unless the caller opts in.
 */
export function readCredentials(
  config: ClientConfig,
  options: BaseClientOptions & Record<string, unknown>,
): Map<string, string> {
  const held = new Map<string, string>();
  const browser = isBrowserLike();
  for (const credential of config.credentials) {
    const given = options[credential.option];
    if (given !== undefined && given !== null && typeof given !== 'string') {
      throw new ConfigurationError(`The \`${credential.option}\` option must be a string.`);
    }
    const value =
      given === null
        ? undefined
        : (given ?? (credential.env && !browser ? readEnv(credential.env) : undefined));
    if (value === undefined || value === '') continue;
    if (browser && credential.browser === 'opt-in' && options.dangerouslyAllowBrowser !== true) {
      const alternatives = config.credentials
        .filter((c) => c.browser === 'allowed')
        .map((c) => `\`${c.option}\``);
      throw new ConfigurationError(
        `Refusing to use \`${credential.option}\` in a browser: every visitor of the page could read it.` +
          (alternatives.length > 0
            ? ` Use ${alternatives.join(' or ')} (minted by your server) instead,`
            : '') +
          ' or pass `dangerouslyAllowBrowser: true` if you understand the risk.',
      );
    }
    held.set(credential.scheme, value);
  }
  return held;
}

/** Headers and query pairs for the first credential set the operation accepts that the client holds. */
export function authenticate(
  op: OperationSpec,
  held: ReadonlyMap<string, string>,
  specs: readonly CredentialSpec[],
): { headers: Record<string, string>; query: string[] } {
  const headers: Record<string, string> = {};
  const query: string[] = [];
  if (op.security.length === 0) return { headers, query };
  // A credential set the client holds beats the empty one (`{}`: authentication optional).
  const holds = (set: readonly string[]): boolean => set.every((scheme) => held.has(scheme));
  const chosen =
    op.security.find((set) => set.length > 0 && holds(set)) ?? op.security.find((set) => set.length === 0);
  if (!chosen) {
    const options = op.security.map((set) =>
      set
        .map((s) => specs.find((c) => c.scheme === s))
        .filter((c): c is CredentialSpec => !!c)
        .map(describeCredential)
        .join(' + '),
    );
    throw new MissingCredentialError(
      `This request needs a credential: pass ${options.join(' or ')} when creating the client.`,
    );
  }
  for (const scheme of chosen)
    placeCredential(
      specs.find((c) => c.scheme === scheme)!,
      held.get(scheme)!,
      headers,
      query,
    );
  return { headers, query };
}

/** Puts one credential where its security scheme says: a header (bearer, basic, apiKey), a cookie or the query. */
export function placeCredential(
  credential: CredentialSpec,
  value: string,
  headers: Record<string, string>,
  query: string[],
): void {
  if (credential.transport === 'bearer') headers['authorization'] = `Bearer ${value}`;
  else if (credential.transport === 'basic') headers['authorization'] = `Basic ${base64Encode(value)}`;
  else if (credential.in === 'query')
    query.push(`${encodeURIComponent(credential.parameterName ?? '')}=${encodeURIComponent(value)}`);
  else if (credential.in === 'cookie')
    headers['cookie'] = [headers['cookie'], `${credential.parameterName}=${encodeURIComponent(value)}`]
      .filter(Boolean)
      .join('; ');
  else headers[credential.parameterName ?? 'authorization'] = value;
}

function describeCredential(credential: CredentialSpec): string {
  return `\`${credential.option}\`${credential.env ? ` (or set ${credential.env})` : ''}`;
}

/** Throws when a credential sent to `url` would travel in clear text (the spec's TLS rule and its loopback exception). */
export function checkTransport(config: ClientConfig, url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not echoed: an unparsable URL may still hold a password.
    throw new ConfigurationError('Invalid base URL: pass an absolute URL such as "https://api.example.com".');
  }
  const { tls, loopbackException } = config.transport;
  const plain = parsed.protocol === 'http:' || parsed.protocol === 'ws:';
  if (tls === 'required' && plain && !(loopbackException && isLoopbackHost(parsed.hostname))) {
    throw new InsecureTransportError(
      `Refusing to send credentials over plain ${parsed.protocol.slice(0, -1)} to ${parsed.hostname}: anyone on the network could read them. Use https (plain http is only allowed to localhost).`,
    );
  }
}
