// Proof that the contract checks can fail. Each valid case is first sent as is (Prism accepts it), then again
// with one violation added through the client's escape hatches (`RequestOptions.query`, `.body`): Prism must
// reject it with 422, the client must throw UnprocessableEntityError, and Prism must name the offending
// parameter or field. The client-side checks are proved the same way: a response body that breaks its schema,
// and a sent request missing or changing a value the caller gave, must each fail.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/pipeline.js';
import { APIError, Cartesia, UnprocessableEntityError } from '../../generated/typescript/src/index.js';
import { CaseBuilder, invoke, type ContractCase } from './support/cases.js';
import { contractFetch } from './support/fetch.js';
import { negativeCases, type NegativeCase } from './support/negatives.js';
import { CONTRACT_SPEC, usePrism } from './support/prism.js';
import { SchemaValidator } from './support/schemas.js';
import { verifyBracketFields, verifySent } from './support/sent.js';
import { describeFailure, verifyResult } from './support/verify.js';

const { model } = buildModel(CONTRACT_SPEC);
const validator = new SchemaValidator(model);
const builder = new CaseBuilder(model);
const negatives = negativeCases(builder, model.operations);
const prism = usePrism();

function clientFor(c: NegativeCase): Cartesia {
  const wire = contractFetch(c.base.op.response.kind === 'event-stream' ? builder.eventsFor(c.base.op) : undefined);
  return new Cartesia({ apiKey: 'test-key', baseURL: prism.server.url, maxRetries: 0, fetch: wire.fetch });
}

describe('Prism rejects requests the spec forbids, sent through the escape hatches', () => {
  it('has query, JSON body and multipart cases', () => {
    const kinds = new Set(negatives.map((n) => n.kind));
    expect([...kinds].sort()).toEqual(['json', 'multipart', 'query']);
    // The case named in the brief is among them.
    expect(negatives.some((n) => n.base.op.id === 'voices.list' && n.field === 'limit')).toBe(true);
  });

  for (const negative of negatives) {
    it(negative.title, async () => {
      const client = clientFor(negative);
      // Control: the same call without the violation is accepted and returns its declared type.
      let mark = prism.server.log().length;
      try {
        const { data, response } = await invoke(client, negative.base).withResponse();
        await verifyResult(validator, negative.base.op, data, response);
      } catch (error) {
        throw new Error(`the valid control call failed:\n${describeFailure(error, prism.server.logSince(mark))}`);
      }
      mark = prism.server.log().length;
      const error = await invoke(client, negative.base, negative.options).then(
        () => undefined,
        (e: unknown) => e,
      );
      const context = `Prism log:\n${prism.server.logSince(mark)}`;
      expect(error, `Prism accepted a forbidden request. ${context}`).toBeInstanceOf(UnprocessableEntityError);
      const apiError = error as APIError;
      expect(apiError.status).toBe(422);
      const violations = JSON.stringify((apiError.body as { validation?: unknown } | undefined)?.validation ?? apiError.body);
      expect(violations, `Prism's 422 does not name "${negative.field}"`).toContain(negative.field);
    });
  }
});

describe('Prism and the object field of a multipart body', () => {
  it('refuses infill output_format as one JSON text part (the old encoding) and accepts the bracket parts', async () => {
    const send = async (parts: [string, string][]): Promise<number> => {
      const form = new FormData();
      form.append('transcript', 'in between');
      for (const [name, value] of parts) form.append(name, value);
      const response = await fetch(`${prism.server.url}/infill/bytes`, {
        method: 'POST',
        headers: { authorization: 'Bearer test-key', 'cartesia-version': model.apiVersion!.default, accept: 'audio/wav' },
        body: form,
      });
      await response.arrayBuffer();
      return response.status;
    };
    expect(await send([['output_format', JSON.stringify({ container: 'wav', encoding: 'pcm_s16le', sample_rate: 44100 })]])).toBe(422);
    expect(
      await send([
        ['output_format[container]', 'wav'],
        ['output_format[encoding]', 'pcm_s16le'],
        ['output_format[sample_rate]', '44100'],
      ]),
    ).toBe(200);
  });
});

describe('the response check fails for a body that breaks its schema', () => {
  const json = model.operations.find((op) => op.response.kind === 'json' && !op.pagination && op.response.schema);
  const paged = model.operations.find((op) => op.pagination);

  it(`${json?.id}: a JSON body with wrong types`, async () => {
    const response = new Response(null, { status: json!.response.status });
    await expect(verifyResult(validator, json!, { unexpected: true, id: 42 }, response)).rejects.toThrow(/does not match its schema/);
  });

  it(`${paged?.id}: a page whose items lack required fields`, async () => {
    const builderCase = builder.casesFor(paged!)[0]!;
    const fake: typeof fetch = async () =>
      new Response(JSON.stringify({ [paged!.pagination!.itemsField]: [{}], has_more: false }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const client = new Cartesia({ apiKey: 'test-key', baseURL: prism.server.url, maxRetries: 0, fetch: fake });
    const { data, response } = await invoke(client, builderCase).withResponse();
    await expect(verifyResult(validator, paged!, data, response)).rejects.toThrow(/does not match its schema/);
  });
});

describe('the sent-request check fails when the client drops or changes a value', () => {
  /** The request a case really sends (answered locally: only what left the client matters here). */
  async function sentBy(c: ContractCase) {
    const wire = contractFetch(undefined, async () => new Response(null, { status: 204 }));
    const client = new Cartesia({ apiKey: 'test-key', baseURL: prism.server.url, maxRetries: 0, fetch: wire.fetch });
    await Promise.resolve(invoke(client, c)).catch(() => undefined);
    return wire.sent[0]!;
  }
  const full = (predicate: (c: ContractCase) => boolean): ContractCase =>
    model.operations.flatMap((op) => builder.casesFor(op)).find(predicate)!;

  it('a query parameter left out', async () => {
    const c = full((x) => x.variant === 'full' && x.op.parameters.query.length > 1);
    const request = await sentBy(c);
    await expect(verifySent(c, request)).resolves.toBeUndefined();
    const url = new URL(request.url);
    url.searchParams.delete(c.op.parameters.query[0]!.name);
    await expect(verifySent(c, { ...request, url })).rejects.toThrow(/has query/);
  });

  it('a JSON body field changed', async () => {
    const c = full((x) => x.op.requestBody?.encoding === 'json' && x.op.requestBody.requiredProperties.length > 0);
    const request = await sentBy(c);
    await expect(verifySent(c, request)).resolves.toBeUndefined();
    const body = JSON.parse(String(request.body)) as Record<string, unknown>;
    body[c.op.requestBody!.requiredProperties[0]!] = 'changed';
    await expect(verifySent(c, { ...request, body: JSON.stringify(body) })).rejects.toThrow(/has JSON body/);
  });

  it('a multipart file part left out', async () => {
    const c = full((x) => x.op.requestBody?.encoding === 'multipart' && x.op.requestBody.fields.some((f) => f.required && f.isFile));
    const request = await sentBy(c);
    await expect(verifySent(c, request)).resolves.toBeUndefined();
    const form = new FormData();
    const file = c.op.requestBody!.fields.find((f) => f.required && f.isFile)!.name;
    for (const [name, value] of (request.body as FormData).entries()) if (name !== file) form.append(name, value);
    await expect(verifySent(c, { ...request, body: form })).rejects.toThrow(/multipart part/);
  });

  it('a bracket part (deepObject) changed, or sent as one JSON part', async () => {
    const c = full((x) => x.variant === 'full' && !!x.op.requestBody?.fields.some((f) => f.wire.style === 'deepObject'));
    const field = c.op.requestBody!.fields.find((f) => f.wire.style === 'deepObject')!.name;
    const request = await sentBy(c);
    await expect(verifySent(c, request)).resolves.toBeUndefined();
    const parts = [...(request.body as FormData).entries()];
    const changed = new FormData();
    const asJson = new FormData();
    for (const [name, value] of parts) {
      changed.append(name, name.startsWith(`${field}[`) ? 'changed' : value);
      if (!name.startsWith(`${field}[`)) asJson.append(name, value);
    }
    asJson.append(field, JSON.stringify(c.params![field]));
    await expect(verifySent(c, { ...request, body: changed })).rejects.toThrow(/multipart part/);
    await expect(verifySent(c, { ...request, body: asJson })).rejects.toThrow(/multipart part/);
    // What the parts decode to is checked against the field's schema (Prism ignores them).
    const formValidator = new SchemaValidator(model, { coerce: true });
    expect(() => verifyBracketFields(c, request, formValidator)).not.toThrow();
    const outOfSchema = new FormData();
    for (const [name, value] of parts) outOfSchema.append(name, name === `${field}[sample_rate]` ? '12345' : value);
    expect(parts.some(([name]) => name === `${field}[sample_rate]`)).toBe(true);
    expect(() => verifyBracketFields(c, { ...request, body: outOfSchema }, formValidator)).toThrow(/fails its schema/);
  });
});
