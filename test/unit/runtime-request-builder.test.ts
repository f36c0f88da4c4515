// Request building of the TypeScript runtime (templates/typescript/runtime/request-builder.ts): what goes in
// the URL, the headers and the body, and the cases its shortcuts must not change.
import { describe, expect, it } from 'vitest';
import { prepareRequest, setHeader, type PreparedRequest } from '../../templates/typescript/runtime/request-builder.js';
import type { OperationSpec, RequestOptions } from '../../templates/typescript/runtime/types.js';

const create: OperationSpec = {
  method: 'POST',
  path: '/things/{id}',
  query: [{ name: 'dry_run' }],
  headers: [{ name: 'x-trace' }],
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
  response: { kind: 'json', accept: 'application/json' },
  security: [],
};
const update: OperationSpec = {
  method: 'PATCH',
  path: '/things',
  body: { encoding: 'json', contentType: 'application/json', merged: true, required: false },
  response: { kind: 'json' },
  security: [],
};

function prepare(op: OperationSpec, params: Record<string, unknown>, options: RequestOptions = {}): PreparedRequest {
  const prepared = prepareRequest({
    baseURL: 'https://api.example.com',
    op,
    pathValues: op.path.includes('{id}') ? { id: 't 1' } : {},
    params,
    options,
    clientHeaders: { authorization: 'Bearer k' },
    credentialQuery: [],
  });
  if (prepared instanceof Promise) throw new Error('a JSON body is prepared synchronously');
  return prepared;
}

describe('merged JSON bodies', () => {
  it('leave out the params the spec places in the query or the headers, and keep every other key as given', () => {
    const params = JSON.parse('{"dry_run": true, "x-trace": "t", "name": "n", "__proto__": {"a": 1}, "gone": null}');
    const request = prepare(create, { ...params, skipped: undefined });
    expect(request.url).toBe('https://api.example.com/things/t%201?dry_run=true');
    expect(request.headers).toEqual({
      authorization: 'Bearer k',
      accept: 'application/json',
      'x-trace': 't',
      'content-type': 'application/json',
    });
    expect(request.body).toBe('{"name":"n","__proto__":{"a":1},"gone":null}');
  });

  it('send the params themselves when nothing belongs elsewhere, with the extra fields of the request merged in', () => {
    expect(prepare(update, { name: 'n', note: undefined }).body).toBe('{"name":"n"}');
    expect(prepare(update, { name: 'n' }, { body: { extra: 1, name: 'wins' } }).body).toBe('{"name":"wins","extra":1}');
  });

  it('send no body (and no content-type) for an optional body with no value in it', () => {
    for (const [params, options] of [
      [{}, {}],
      [{ name: undefined }, {}],
      [{}, { body: { extra: undefined } }],
    ] as const) {
      const request = prepare(update, params, options);
      expect(request.body).toBeUndefined();
      expect(request.headers['content-type']).toBeUndefined();
    }
    expect(prepare(update, { name: null }).body).toBe('{"name":null}');
  });
});

describe('header records', () => {
  it('keep a header named like an Object.prototype member as an own entry, the prototype untouched', () => {
    const headers: Record<string, string> = {};
    setHeader(headers, '__proto__', 'p');
    setHeader(headers, 'Constructor', 'c');
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(Object.entries(headers)).toEqual([
      ['__proto__', 'p'],
      ['constructor', 'c'],
    ]);
    // Copies made with spread (how a request starts from the client's headers) keep the entry too.
    expect(Object.entries({ ...headers })).toEqual(Object.entries(headers));
  });

  it('let per-request headers override the client headers, lower-cased, without changing the client record', () => {
    const clientHeaders = { authorization: 'Bearer k', 'x-team': 'blue' };
    const request = prepareRequest({
      baseURL: 'https://api.example.com',
      op: update,
      pathValues: {},
      params: {},
      options: { headers: { 'X-Team': 'red', Authorization: null } },
      clientHeaders,
      credentialQuery: ['api_key=k'],
    }) as PreparedRequest;
    expect(request.headers).toEqual({ 'x-team': 'red' });
    expect(request.url).toBe('https://api.example.com/things?api_key=k');
    expect(clientHeaders).toEqual({ authorization: 'Bearer k', 'x-team': 'blue' });
  });
});
