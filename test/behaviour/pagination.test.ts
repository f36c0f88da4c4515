// Cursor pagination: a page you can await, hasNextPage/getNextPage, `for await` across pages (cursor from
// `next_page` or the last item), backwards paging with `ending_before`, and lists with only `next_page`.
import { describe, expect, it } from 'vitest';
import { Page, type Voice } from '../../generated/typescript/src/index.js';
import { clientFor, voice } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { json, type Handler, type RecordedRequest } from './support/server.js';

const server = useTestServer();

const ids = ['v1', 'v2', 'v3', 'v4', 'v5'];

function single(req: RecordedRequest, name: string): string | undefined {
  const value = req.query[name];
  if (Array.isArray(value)) throw new Error(`${name} sent ${value.length} times`);
  return value;
}

/**
 * A cursor-paginated list like the API's: `starting_after` / `ending_before` take an item id or an opaque
 * `next_page` token (`cursor:<id>`); `has_more` says whether more items lie in the direction of travel.
 */
function voiceList(options: { nextPage?: 'token' | 'none' } = {}): Handler {
  return (req, res) => {
    const limit = Number(single(req, 'limit') ?? 10);
    const decode = (cursor: string): string => cursor.replace(/^cursor:/, '');
    const after = single(req, 'starting_after');
    const before = single(req, 'ending_before');
    let page: string[];
    let hasMore: boolean;
    if (before !== undefined) {
      const end = ids.indexOf(decode(before));
      if (end === -1) throw new Error(`unknown cursor ${before}`);
      page = ids.slice(Math.max(0, end - limit), end);
      hasMore = end - limit > 0;
    } else {
      const start = after === undefined ? 0 : ids.indexOf(decode(after)) + 1;
      if (after !== undefined && start === 0) throw new Error(`unknown cursor ${after}`);
      page = ids.slice(start, start + limit);
      hasMore = start + limit < ids.length;
    }
    const body: Record<string, unknown> = { data: page.map(voice), has_more: hasMore };
    if (options.nextPage === 'token' && hasMore) body.next_page = `cursor:${before !== undefined ? page[0] : page[page.length - 1]}`;
    return json(200, body)(req, res);
  };
}

describe('voices.list', () => {
  it('awaits to the first page, with hasNextPage and getNextPage', async () => {
    server.always(voiceList());
    const page = await clientFor(server).voices.list({ limit: 2, gender: 'feminine' });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((v) => v.id)).toEqual(['v1', 'v2']);
    expect(page.body.has_more).toBe(true);
    expect(page.response.status).toBe(200);
    expect(page.hasNextPage()).toBe(true);
    const second = await page.getNextPage();
    expect(second.data.map((v) => v.id)).toEqual(['v3', 'v4']);
    const third = await second.getNextPage();
    expect(third.data.map((v) => v.id)).toEqual(['v5']);
    expect(third.hasNextPage()).toBe(false);
    await expect(third.getNextPage()).rejects.toBeInstanceOf(RangeError);
    expect(server.requests.map((r) => r.query)).toEqual([
      { limit: '2', gender: 'feminine' },
      { limit: '2', gender: 'feminine', starting_after: 'v2' },
      { limit: '2', gender: 'feminine', starting_after: 'v4' },
    ]);
  });

  it('walks every item of 3 pages with for await, by the last item id', async () => {
    server.always(voiceList());
    const seen: Voice[] = [];
    for await (const v of clientFor(server).voices.list({ limit: 2 })) seen.push(v);
    expect(seen.map((v) => v.id)).toEqual(ids);
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((r) => r.rawQuery)).toEqual(['limit=2', 'limit=2&starting_after=v2', 'limit=2&starting_after=v4']);
  });

  it('follows the next_page token when the response has one', async () => {
    server.always(voiceList({ nextPage: 'token' }));
    const seen: string[] = [];
    for await (const v of clientFor(server).voices.list({ limit: 2 })) seen.push(v.id);
    expect(seen).toEqual(ids);
    expect(server.requests.map((r) => r.query.starting_after)).toEqual([undefined, 'cursor:v2', 'cursor:v4']);
  });

  it('keeps every request option (headers, version) on the following pages', async () => {
    server.always(voiceList());
    const pages = clientFor(server).voices.list(
      { limit: 2, 'expand[]': ['preview_file_url'] },
      { headers: { 'x-trace': 't1' }, version: '2024-06-10' },
    );
    const seen: string[] = [];
    for await (const v of pages) seen.push(v.id);
    expect(seen).toEqual(ids);
    for (const req of server.requests) {
      expect(req.headers['x-trace']).toBe('t1');
      expect(req.headers['cartesia-version']).toBe('2024-06-10');
      expect(req.query['expand[]']).toBe('preview_file_url');
    }
  });

  it('stops fetching when the loop breaks', async () => {
    server.always(voiceList());
    for await (const v of clientFor(server).voices.list({ limit: 2 })) if (v.id === 'v3') break;
    expect(server.requests).toHaveLength(2);
  });

  it('pages backwards with ending_before, using the first item as the cursor', async () => {
    server.always(voiceList({ nextPage: 'token' }));
    const page = await clientFor(server).voices.list({ limit: 2, ending_before: 'v5' });
    expect(page.data.map((v) => v.id)).toEqual(['v3', 'v4']);
    expect(page.hasNextPage()).toBe(true);
    const previous = await page.getNextPage();
    expect(previous.data.map((v) => v.id)).toEqual(['v1', 'v2']);
    expect(previous.hasNextPage()).toBe(false);
    expect(server.requests.map((r) => r.query)).toEqual([
      { limit: '2', ending_before: 'v5' },
      { limit: '2', ending_before: 'v3' },
    ]);
  });

  it('iterates backwards with for await', async () => {
    server.always(voiceList());
    const seen: string[] = [];
    for await (const v of clientFor(server).voices.list({ limit: 2, ending_before: 'v5' })) seen.push(v.id);
    expect(seen).toEqual(['v3', 'v4', 'v1', 'v2']);
    for (const req of server.requests) expect(req.query.starting_after).toBeUndefined();
  });

  it('ends on an empty page even if the server claims more', async () => {
    server.reply(json(200, { data: [], has_more: true, next_page: 'cursor:v9' }));
    const page = await clientFor(server).voices.list({ limit: 2 });
    expect(page.data).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
    const seen: Voice[] = [];
    for await (const v of page) seen.push(v);
    expect(seen).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe('agents.calls.list (next_page only, no has_more)', () => {
  const call = (id: string): Record<string, unknown> => ({ id, agent_id: 'agent_1', status: 'completed' });

  it('continues while next_page is set and stops when it is null', async () => {
    server.reply(
      json(200, { data: [call('c1'), call('c2')], next_page: 'page_token_2' }),
      json(200, { data: [call('c3'), call('c4')], next_page: 'page_token_3' }),
      json(200, { data: [call('c5')], next_page: null }),
    );
    const seen: string[] = [];
    for await (const c of clientFor(server).agents.calls.list({ agent_id: 'agent_1', limit: 2 })) seen.push(c.id);
    expect(seen).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(server.requests.map((r) => r.path)).toEqual(Array(3).fill('/agents/calls'));
    expect(server.requests.map((r) => r.query)).toEqual([
      { agent_id: 'agent_1', limit: '2' },
      { agent_id: 'agent_1', limit: '2', starting_after: 'page_token_2' },
      { agent_id: 'agent_1', limit: '2', starting_after: 'page_token_3' },
    ]);
  });

  it('has no next page when next_page is absent, even with a full page', async () => {
    server.reply(json(200, { data: [call('c1'), call('c2')] }));
    const page = await clientFor(server).agents.calls.list({ agent_id: 'agent_1', limit: 2 });
    expect(page.data.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(page.hasNextPage()).toBe(false);
    const seen: string[] = [];
    for await (const c of page) seen.push(c.id);
    expect(seen).toEqual(['c1', 'c2']);
    expect(server.requests).toHaveLength(1);
  });
});
