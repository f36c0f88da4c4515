// HTTP error statuses as typed errors (status, headers, body, request id, message), non-JSON error bodies,
// and a check that no error ever carries the API key.
import util from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  APIResponseParseError,
  AuthenticationError,
  BadRequestError,
  CartesiaError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../generated/typescript/src/index.js';
import { API_KEY, clientFor, ttsParams } from './support/client.js';
import { useTestServer } from './support/lifecycle.js';
import { closedPort, json, text } from './support/server.js';

const server = useTestServer();
const collected: unknown[] = [];

/** Awaits a rejection, keeps the error for the leak check, and returns it. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the call should have failed').toBeDefined();
  collected.push(error);
  return error;
}

const cases = [
  [400, BadRequestError, 'BadRequestError'],
  [401, AuthenticationError, 'AuthenticationError'],
  [403, PermissionDeniedError, 'PermissionDeniedError'],
  [404, NotFoundError, 'NotFoundError'],
  [409, ConflictError, 'ConflictError'],
  [422, UnprocessableEntityError, 'UnprocessableEntityError'],
  [429, RateLimitError, 'RateLimitError'],
  [500, InternalServerError, 'InternalServerError'],
  [503, InternalServerError, 'InternalServerError'],
] as const;

describe('HTTP error statuses', () => {
  it.each(cases)('maps %i to %O', async (status, ErrorClass, name) => {
    const body = {
      title: 'Title',
      message: `Problem number ${status}`,
      error_code: 'code',
      status_code: status,
      request_id: 'req_in_body',
    };
    server.reply(json(status, body, { 'x-request-id': 'req_in_header', 'x-extra': 'kept' }));
    const error = await failure(clientFor(server, { maxRetries: 0 }).voices.get('v1'));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(CartesiaError);
    expect(error).toBeInstanceOf(Error);
    const apiError = error as APIError;
    expect(apiError.name).toBe(name);
    expect(apiError.status).toBe(status);
    expect(apiError.headers).toBeInstanceOf(Headers);
    expect(apiError.headers.get('x-extra')).toBe('kept');
    expect(apiError.body).toEqual(body);
    expect(apiError.requestId).toBe('req_in_header');
    expect(apiError.message).toContain(`Problem number ${status}`);
    expect(apiError.message).toContain(String(status));
    expect(server.requests).toHaveLength(1);
  });

  it('takes the request id from the body when no header carries it', async () => {
    server.reply(json(404, { message: 'No such voice', request_id: 'req_from_body' }));
    const error = (await failure(clientFor(server, { maxRetries: 0 }).voices.get('missing'))) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.requestId).toBe('req_from_body');
    expect(error.message).toContain('No such voice');
  });

  it('falls back to the title when the body has no message, and to the status text without a body', async () => {
    server.reply(json(403, { title: 'Forbidden voice' }), text(401, ''));
    const client = clientFor(server, { maxRetries: 0 });
    const titled = (await failure(client.voices.get('v1'))) as PermissionDeniedError;
    expect(titled.message).toContain('Forbidden voice');
    const bare = (await failure(client.voices.get('v1'))) as AuthenticationError;
    expect(bare).toBeInstanceOf(AuthenticationError);
    expect(bare.body).toBeUndefined();
    expect(bare.requestId).toBeUndefined();
    expect(bare.message).toMatch(/^401\b/);
  });

  it('gives InternalServerError with the text body for a 502 HTML page', async () => {
    const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
    server.reply(text(502, html, { 'content-type': 'text/html' }));
    const error = (await failure(clientFor(server, { maxRetries: 0 }).voices.get('v1'))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.body).toBe(html);
    expect(error.requestId).toBeUndefined();
    expect(error.message).toMatch(/^502\b/);
  });

  it('keeps a body that only looks like JSON as text', async () => {
    server.reply(text(500, '{ not json', { 'content-type': 'application/json' }));
    const error = (await failure(clientFor(server, { maxRetries: 0 }).voices.get('v1'))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe('{ not json');
  });

  it('gives a plain APIError for a status without its own class', async () => {
    server.reply(json(418, { message: "I'm a teapot" }));
    const error = (await failure(clientFor(server, { maxRetries: 0 }).voices.get('v1'))) as APIError;
    expect(error.constructor).toBe(APIError);
    expect(error.status).toBe(418);
  });

  it('maps errors of binary and text operations the same way', async () => {
    server.reply(json(422, { message: 'transcript is empty' }), json(401, { message: 'bad key' }));
    const client = clientFor(server, { maxRetries: 0 });
    const tts = (await failure(client.tts.bytes({ ...ttsParams, transcript: '' }))) as UnprocessableEntityError;
    expect(tts).toBeInstanceOf(UnprocessableEntityError);
    expect(tts.body).toEqual({ message: 'transcript is empty' });
    expect(await failure(client.agents.metrics.results.export())).toBeInstanceOf(AuthenticationError);
  });

  it('rejects invalid JSON on a 200 with APIResponseParseError', async () => {
    server.reply(text(200, '<html>maintenance</html>', { 'content-type': 'text/html' }));
    const error = (await failure(clientFor(server).voices.get('v1'))) as APIResponseParseError;
    expect(error).toBeInstanceOf(APIResponseParseError);
    expect(error).toBeInstanceOf(CartesiaError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(error.status).toBe(200);
    expect(error.message).toContain('text/html');
    expect(server.requests).toHaveLength(1);
  });

  it('rejects with APIConnectionError when nothing listens', async () => {
    const port = await closedPort();
    const client = clientFor(server, { baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const error = await failure(client.voices.get('v1'));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
  });
});

describe('credentials never leak into errors', () => {
  it('no collected error mentions the API key in its message, JSON or inspection', () => {
    expect(collected.length).toBeGreaterThanOrEqual(cases.length + 8);
    for (const error of collected) {
      expect(error).toBeInstanceOf(Error);
      const e = error as Error;
      expect(e.message).not.toContain(API_KEY);
      expect(String(e)).not.toContain(API_KEY);
      expect(JSON.stringify(e)).not.toContain(API_KEY);
      expect(util.inspect(e, { depth: 10, showHidden: true })).not.toContain(API_KEY);
      expect(String(e.stack)).not.toContain(API_KEY);
    }
  });
});
