// The TypeScript runner of the conformance cases: every case against the generated Cartesia client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sdk from '../../generated/typescript/src/index.js';
import { buildModel } from '../../generator/pipeline.js';
import { TypeScriptHelpers } from '../../templates/typescript/helpers.js';
import { CARTESIA_SPEC } from '../support/paths.js';
import { comparable, ConformanceServer, expectedShape, loadCases, type ConformanceCase } from './server.js';

const server = new ConformanceServer();
// Whether a method takes a params argument is the generator's decision: ask it.
const { model } = buildModel(CARTESIA_SPEC);
const typescript = new TypeScriptHelpers(model);
const takesParams = (dotted: string): boolean => {
  const op = model.operations.find((o) => [...o.resourcePath, o.name].join('.') === dotted);
  if (!op) throw new Error(`no operation ${dotted} in the spec`);
  return typescript.hasParams(op);
};
let baseURL: string;
beforeAll(async () => {
  baseURL = await server.listen();
});
afterAll(() => server.close());

type Method = (...args: unknown[]) => Promise<unknown> & AsyncIterable<unknown>;

function method(client: sdk.Cartesia, dotted: string): Method {
  const parts = dotted.split('.');
  let target: Record<string, unknown> = client as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) target = target[part] as Record<string, unknown>;
  const fn = target[parts[parts.length - 1]!] as Method | undefined;
  if (typeof fn !== 'function') throw new Error(`the client has no method ${dotted}`);
  return fn.bind(target);
}

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** The call's result in the language-neutral form the case states (bytes and decoded fields as base64). */
async function collect(c: ConformanceCase, promise: Promise<unknown> & AsyncIterable<unknown>): Promise<unknown> {
  switch (c.call.collect ?? 'value') {
    case 'items': {
      const items: unknown[] = [];
      for await (const item of promise) items.push(item);
      return items;
    }
    case 'bytes':
      return toBase64(await ((await promise) as sdk.BinaryResponse).bytes());
    case 'events': {
      const events: unknown[] = [];
      for await (const event of (await promise) as sdk.EventStream<Record<string, unknown>>) {
        events.push(Object.fromEntries(Object.entries(event).map(([k, v]) => [k, v instanceof Uint8Array ? toBase64(v) : v])));
      }
      return events;
    }
    default:
      return (await promise) ?? null;
  }
}

describe('conformance cases (TypeScript)', () => {
  for (const c of loadCases()) {
    it(`${c.name}: ${c.description}`, async () => {
      server.script(c.responses);
      const client = new sdk.Cartesia({ ...c.client, baseURL } as sdk.ClientOptions);
      const params: Record<string, unknown> = { ...c.call.params };
      for (const [field, file] of Object.entries(c.call.files ?? {}))
        params[field] = sdk.toFile(Buffer.from(file.base64, 'base64'), file.filename);
      const args = [...(c.call.path ?? [])];
      if (takesParams(c.call.method)) args.push(params);
      if (c.call.options) args.push(c.call.options);
      let result: unknown;
      let error: unknown;
      try {
        result = await collect(c, method(client, c.call.method)(...args));
      } catch (e) {
        error = e;
      }
      expect(server.received.map((r, i) => comparable(r, c.requests[i] ?? c.requests[c.requests.length - 1]!))).toEqual(
        c.requests.map(expectedShape),
      );
      if (c.expect.error) {
        const expected = c.expect.error;
        expect(error, 'the call must fail').toBeInstanceOf(Error);
        expect((error as Error).name).toBe(expected.type);
        if (expected.status !== undefined) expect((error as sdk.APIError).status).toBe(expected.status);
        if (expected.request_id !== undefined) expect((error as sdk.APIError).requestId).toBe(expected.request_id);
        if (expected.message_contains !== undefined) expect((error as Error).message).toContain(expected.message_contains);
      } else {
        expect(error).toBeUndefined();
        expect(result).toEqual(c.expect.result);
      }
    });
  }
});
