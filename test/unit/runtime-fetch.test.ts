// How the client calls `fetch`: as a plain function. Browsers' `window.fetch` throws "Illegal invocation" when
// called with another object as `this` (Node's does not care, so only this test and the browser test notice).
import { describe, expect, it } from 'vitest';
import { Cartesia } from '../../generated/typescript/src/index.js';

describe('the fetch the client calls', () => {
  it('gets no receiver, so a browser-like fetch that checks `this` works', async () => {
    const receivers: unknown[] = [];
    // Like the browser's: only the global object (or no receiver at all) is a valid `this`.
    const strictFetch = function (this: unknown, _input: RequestInfo | URL, _init?: RequestInit): Promise<Response> {
      receivers.push(this);
      if (this !== undefined && this !== globalThis) return Promise.reject(new TypeError("Failed to execute 'fetch': Illegal invocation"));
      return Promise.resolve(new Response(JSON.stringify({ ok: true, version: '1' }), { headers: { 'content-type': 'application/json' } }));
    };
    const client = new Cartesia({ accessToken: 'tok', baseURL: 'http://127.0.0.1:9', fetch: strictFetch, maxRetries: 0 });
    await expect(client.apiStatus.get()).resolves.toEqual({ ok: true, version: '1' });
    expect(receivers).toEqual([undefined]);
  });
});
