// Following redirects in the client rather than in fetch, so that the client's own rules hold on every hop:
// credentials never reach another origin, and never travel over plain http to a remote host.
//
// Browsers: `redirect: 'manual'` gives an opaque response there, which cannot be followed, so a browser build
// lets fetch follow ('follow'). The browser's own rules then apply: fetch drops `Authorization` on a
// cross-origin redirect, and mixed-content blocking stops an https page's requests from going to http.
import { isBrowserLike } from './environment.js';
import { RedirectError } from './errors.js';
import type { HeaderMap } from './request-builder.js';
import type { ClientConfig } from './types.js';

/** More hops than this is a loop (fetch itself allows 20). */
export const MAX_REDIRECTS = 10;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Headers that describe a body: dropped with the body when a redirect turns the request into a GET.
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];

export interface RedirectPolicy {
  /** Lower-case names of the headers that carry a credential (dropped when the origin changes). */
  credentialHeaders: ReadonlySet<string>;
  /** Names of query parameters that carry a credential (dropped when the origin changes). */
  credentialQuery: ReadonlySet<string>;
  /** Throws when a hop would carry the client's credentials in clear text to a remote host. */
  checkTransport(url: string): void;
}

/** Whether the client follows redirects itself: everywhere but in browsers, unless the caller set `redirect`. */
export function followsRedirects(init: RequestInit): boolean {
  return init.redirect === undefined && !isBrowserLike();
}

/** Whether `response` (to a request with `redirect: 'manual'`) is a redirect to follow. */
export function isRedirect(response: Response): boolean {
  return REDIRECT_STATUSES.has(response.status) && response.headers.has('location');
}

/**
 * Follows the redirect `first` answered to `init` (sent with `redirect: 'manual'`) under `policy`, and returns
 * the first response that is not a redirect.
 */
export async function followRedirects(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  first: Response,
  policy: RedirectPolicy,
): Promise<Response> {
  let current = url;
  let request = init;
  let response = first;
  for (let hops = 0; isRedirect(response); hops++) {
    await response.body?.cancel().catch(() => undefined);
    if (hops >= MAX_REDIRECTS)
      throw new RedirectError(
        `Stopped after ${MAX_REDIRECTS} redirects (the server redirects in a loop); check the base URL.`,
      );
    const next = parseLocation(response.headers.get('location')!, current);
    request = nextRequest(request, response.status, new URL(current), next, policy);
    policy.checkTransport(next.href);
    current = next.href;
    // Called without a receiver, as the first request is.
    response = await fetchImpl.call(undefined, current, request);
  }
  return response;
}

function parseLocation(location: string, base: string): URL {
  let next: URL;
  try {
    next = new URL(location, base);
  } catch {
    throw new RedirectError('The server redirected to an invalid URL; the redirect was not followed.');
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:')
    throw new RedirectError(
      `The server redirected to a ${next.protocol} URL; only http and https redirects are followed.`,
    );
  return next;
}

/** The request for the next hop, as fetch would make it, minus credentials when the origin changes. */
function nextRequest(
  request: RequestInit,
  status: number,
  from: URL,
  to: URL,
  policy: RedirectPolicy,
): RequestInit {
  const headers: HeaderMap = { ...(request.headers as HeaderMap) };
  let { method = 'GET', body } = request;
  // As fetch does: 303 (except for HEAD), and 301/302 after a POST, continue as a GET without the body.
  if ((status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
    method = 'GET';
    body = null;
    for (const name of BODY_HEADERS) delete headers[name];
  }
  if (to.origin !== from.origin) {
    for (const name of policy.credentialHeaders) delete headers[name];
    for (const name of policy.credentialQuery) if (to.searchParams.has(name)) to.searchParams.delete(name);
  }
  return { ...request, method, headers, body };
}

/** Which headers and query parameters carry this API's credentials, for redirects to another origin. */
export function redirectPolicy(config: ClientConfig, checkTransport: (url: string) => void): RedirectPolicy {
  // Always: whatever the spec declares, a caller may add these through headers options.
  const credentialHeaders = new Set(['authorization', 'proxy-authorization', 'cookie']);
  const credentialQuery = new Set<string>();
  for (const credential of config.credentials) {
    if (credential.transport !== 'apiKey' || !credential.parameterName) continue;
    if (credential.in === 'query') credentialQuery.add(credential.parameterName);
    else if (credential.in !== 'cookie') credentialHeaders.add(credential.parameterName.toLowerCase());
  }
  return { credentialHeaders, credentialQuery, checkTransport };
}
