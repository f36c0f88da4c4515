// The `fetch` the contract client uses: the global one, plus two things Prism alone cannot give.
//
// 1. It records each request as it leaves the client, so a case can check that everything it passed was
//    sent (Prism validates the shape of a request, so it cannot tell that an optional field was dropped).
// 2. Prism cannot mock an event stream whose events are described by a JSON schema: it builds the event
//    object, validates it (and the request) as usual, then fails to write an object as `text/event-stream`
//    and answers 500 `NO_COMPLEX_OBJECT_TEXT`. For event-stream operations exactly that answer (and nothing
//    else) is replaced by a stream of the events the spec describes, so the client's decoding is still
//    checked against the spec's events. The request itself has reached Prism and passed its validation.

const NO_COMPLEX_OBJECT_TEXT = 'https://stoplight.io/prism/errors#NO_COMPLEX_OBJECT_TEXT';

export interface SentRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: BodyInit | null | undefined;
}

export interface ContractFetch {
  fetch: typeof fetch;
  /** Requests in the order they were sent. */
  sent: SentRequest[];
  /** How many of Prism's answers were replaced by the spec's events. */
  replaced(): number;
}

/** Server-sent events framing: one `data:` line per event (JSON has no raw line breaks). */
export function sseBody(events: readonly unknown[]): string {
  return events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
}

/**
 * `events`: what an event-stream operation streams in place of Prism's NO_COMPLEX_OBJECT_TEXT answer;
 * `inner`: the fetch that really sends (the global one, or a stub where only the outgoing request matters).
 */
export function contractFetch(events?: readonly unknown[], inner: typeof fetch = fetch): ContractFetch {
  let replaced = 0;
  const sent: SentRequest[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    sent.push({ url, method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: init?.body });
    const response = await inner(input, init);
    if (!events || response.status !== 500 || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    const text = await response.clone().text();
    let type: unknown;
    try {
      type = (JSON.parse(text) as { type?: unknown }).type;
    } catch {
      type = undefined;
    }
    if (type !== NO_COMPLEX_OBJECT_TEXT) return response;
    await response.body?.cancel();
    replaced += 1;
    return new Response(sseBody(events), { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
  return { fetch: wrapped, sent, replaced: () => replaced };
}
