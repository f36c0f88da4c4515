import { afterAll, describe, expect, it } from 'vitest';
import { camelCase, kebabCase, NameAllocator, pascalCase, typeIdentifier, words } from '../../generator/ir/names.js';
import { cleanupSpecs, doc, modelOf } from '../support/spec.js';

afterAll(cleanupSpecs);

describe('names', () => {
  it('split and recase spec strings', () => {
    expect(words('fooBar_baz-qux HTTPServer expand[]')).toEqual(['foo', 'Bar', 'baz', 'qux', 'HTTP', 'Server', 'expand']);
    expect(pascalCase('pronunciation-dicts')).toBe('PronunciationDicts');
    expect(camelCase('URLValue')).toBe('urlValue');
    expect(camelCase('list-calls')).toBe('listCalls');
    expect(kebabCase('fineTunes')).toBe('fine-tunes');
    expect(typeIdentifier('2FA status')).toBe('N2FAStatus');
    expect(typeIdentifier('Café crème')).toBe('CafeCreme');
  });

  it('allocate unique names case-insensitively', () => {
    const names = new NameAllocator(['Page']);
    expect(names.allocate('page')).toBe('page2');
    expect(names.allocate('Item')).toBe('Item');
    expect(names.allocate('item')).toBe('item2');
  });
});

describe('schemas', () => {
  it('normalize OpenAPI 3.0 into the 3.1 dialect', () => {
    const { model } = modelOf(
      doc(
        `components:
  schemas:
    A:
      type: object
      properties:
        s: { type: string, nullable: true }
        e: { type: string, enum: [x, y], nullable: true }
        r: { $ref: '#/components/schemas/B', nullable: true, description: Maybe a B. }
        n: { type: number, minimum: 0, exclusiveMinimum: true, example: 3 }
    B: { type: string }`,
        '3.0.3',
      ),
    );
    const a = model.schemas.find((s) => s.name === 'A')!.schema;
    expect(a.properties!.s).toEqual({ type: ['string', 'null'] });
    expect(a.properties!.e).toEqual({ type: ['string', 'null'], enum: ['x', 'y', null] });
    expect(a.properties!.r).toEqual({ anyOf: [{ $ref: '#/components/schemas/B' }, { type: 'null' }], description: 'Maybe a B.' });
    expect(a.properties!.n).toEqual({ type: 'number', exclusiveMinimum: 0, examples: [3] });
  });

  it('name external $ref targets after their components and hoist others', () => {
    const { model } = modelOf(
      doc(`paths:
  /x:
    get:
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Outer/properties/inner' } } }
components:
  schemas:
    Outer: { type: object, properties: { inner: { type: integer } } }`),
    );
    expect(model.schemas.map((s) => s.name)).toEqual(['Inner', 'Outer']);
    expect(model.operations[0]!.response.schema).toEqual({ $ref: '#/components/schemas/Inner' });
  });

  it('complete discriminator mappings from the values members pin', () => {
    const { model } = modelOf(
      doc(`components:
  schemas:
    Cat: { type: object, properties: { kind: { const: cat } } }
    Dog: { type: object, properties: { kind: { type: string, enum: [dog] } } }
    Pet:
      oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]
      discriminator: { propertyName: kind }`),
    );
    expect(model.schemas.find((s) => s.name === 'Pet')!.schema.discriminator).toEqual({
      propertyName: 'kind',
      mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' },
    });
  });

  it('reports a wrong type where a schema is expected, and unknown types', () => {
    const { problems } = modelOf(doc(`components:\n  schemas:\n    A: 5\n    B: { type: strnig }`));
    expect(problems.map((p) => p.code).sort()).toEqual(['schema-not-object', 'schema-type-invalid']);
    expect(problems.find((p) => p.code === 'schema-type-invalid')!.location).toMatchObject({
      line: 7,
      pointer: '/components/schemas/B/type',
    });
  });

  // From vectara-openapi.yaml: the readOnly/writeOnly split walks every schema and read a property named `$ref`
  // (a schema, not a string) as a reference, and crashed.
  it('keeps a property named $ref', () => {
    const { model, problems } = modelOf(
      doc(`components:
  schemas:
    Reference:
      type: object
      properties:
        $ref: { type: string }
        target: { $ref: '#/components/schemas/Stored' }
      required: [$ref]
    Stored:
      type: object
      properties:
        id: { type: string, readOnly: true }`),
    );
    expect(problems).toEqual([]);
    expect(model.schemas.find((s) => s.name === 'Reference')!.schema.properties?.$ref).toEqual({ type: 'string' });
    // Reference refers to a schema that reads and writes differently, so it gets an input twin too.
    expect(model.schemas.map((s) => s.name)).toEqual(['Reference', 'ReferenceInput', 'Stored', 'StoredInput']);
  });

  // Also from vectara-openapi.yaml: JSON Schema draft 3's `required: false` on a property.
  it('ignores a boolean `required` on a property with a located warning', () => {
    const { model, problems } = modelOf(
      doc(`components:
  schemas:
    Query:
      type: object
      properties:
        text: { type: string, required: false }`),
    );
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.location?.pointer}`)).toEqual([
      'warning schema-required-boolean /components/schemas/Query/properties/text/required',
    ]);
    expect(model.schemas[0]!.schema.properties?.text).toEqual({ type: 'string' });
  });
});

describe('operations', () => {
  const { model, problems } = modelOf(
    doc(`x-pagination: { afterParameter: after, itemsField: data, hasMoreField: more }
x-api-version: { header: Api-Version, default: '2024-01-01' }
paths:
  /voices/{voice_id}/clips:
    parameters: [{ name: voice_id, in: path, required: true, schema: { type: string } }]
    get:
      operationId: voices.clips.list
      parameters:
        - { name: after, in: query, schema: { type: string } }
        - { name: Api-Version, in: header, required: true, schema: { type: string } }
        - { name: Mode, in: header, required: true, schema: { type: string, enum: [fast] } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, properties: { data: { type: array, items: { type: string } }, more: { type: boolean } } } } }
    post:
      tags: [Voice Clips]
      operationId: VoiceClips_create
      parameters: [{ name: dry_run, in: query, schema: { type: boolean } }]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: { type: object, required: [clip], properties: { clip: { type: string, format: binary }, tags: { type: array, items: { type: string } } } }
          application/json:
            schema: { type: object }
      responses: { '204': { description: done } }
  /pets:
    get:
      tags: [pets]
      responses:
        '200': { description: ok, content: { audio/wav: {} } }
        '400': { description: bad }
    delete:
      responses: { default: { description: ok } }`),
  );

  it('builds without problems', () => {
    expect(problems).toEqual([]);
  });

  it('places operations by dotted id, by tag (dropping a repeated prefix), and by path', () => {
    expect(model.operations.map((o) => [o.resourcePath.join('.'), o.name])).toEqual([
      ['voices.clips', 'list'],
      ['voiceClips', 'create'],
      ['pets', 'getPets'],
      ['pets', 'deletePets'],
    ]);
    expect(model.resources.map((r) => r.name)).toEqual(['voices', 'voiceClips', 'pets']);
    expect(model.resources[0]!.resources[0]!.typeName).toBe('VoicesClips');
  });

  it('groups parameters by location; the version header is a convention, single-value headers are fixed', () => {
    const list = model.operations[0]!;
    expect(list.parameters.path.map((p) => p.name)).toEqual(['voice_id']);
    expect(list.parameters.query.map((p) => p.name)).toEqual(['after']);
    expect(list.parameters.header).toEqual([expect.objectContaining({ name: 'Mode', required: false, fixedValue: 'fast' })]);
  });

  it('does not pin a parameter whose one known value is an open enum: any other value is valid too', () => {
    const { model: open, problems: openProblems } = modelOf(
      doc(`paths:
  /speak:
    get:
      operationId: speak
      parameters:
        - { name: Model, in: header, required: true, schema: { type: string, enum: [sonic-3], x-extensible-enum: true } }
        - { name: Lang, in: query, schema: { type: string, enum: [en], x-ms-enum: { modelAsString: true } } }
      responses: { '204': { description: ok } }`),
    );
    expect(openProblems).toEqual([]);
    const [header] = open.operations[0]!.parameters.header;
    const [query] = open.operations[0]!.parameters.query;
    expect(header).toMatchObject({ name: 'Model', required: true });
    expect(header!.fixedValue).toBeUndefined();
    expect(query!.fixedValue).toBeUndefined();
  });

  it('detects pagination from the convention', () => {
    expect(model.operations[0]!.pagination).toEqual({ itemsField: 'data', itemSchema: { type: 'string' } });
    expect(model.operations[1]!.pagination).toBeUndefined();
  });

  it('prefers multipart when it carries files, and lists form fields', () => {
    const body = model.operations[1]!.requestBody!;
    expect(body).toMatchObject({
      encoding: 'multipart',
      contentType: 'multipart/form-data',
      merged: true,
      required: true,
      otherContentTypes: ['application/json'],
    });
    expect(body.fields.map((f) => [f.name, f.isFile, f.isArray, f.required])).toEqual([
      ['clip', true, false, true],
      ['tags', false, true, false],
    ]);
    expect(body.emptyAllowed).toBe(false);
  });

  it('classifies responses', () => {
    expect(model.operations[1]!.response).toMatchObject({ status: 204, kind: 'none' });
    expect(model.operations[2]!.response).toMatchObject({ status: 200, kind: 'binary', contentType: 'audio/wav' });
    expect(model.operations[2]!.responses.map((r) => r.status)).toEqual(['200', '400']);
    expect(model.operations[3]!.response).toMatchObject({ kind: 'none' });
  });

  it('keeps the conventions', () => {
    expect(model.apiVersion).toEqual({ header: 'Api-Version', default: '2024-01-01' });
    expect(model.retry).toMatchObject({ maxRetries: 2, statuses: [408, 409, 429], statusRanges: [5] });
    expect(model.errors.classes.map((c) => c.name)).toContain('NotFoundError');
    expect(model.transport).toEqual({ tls: 'required', loopbackException: true });
    expect(model.client).toMatchObject({ name: 'TestAPI', packageName: 'test-api', version: '1.0.0', timeoutMs: 60000 });
  });
});

describe('the Cartesia spec', () => {
  it('builds an IR with 53 operations in named resources and both credentials', async () => {
    const { buildModel } = await import('../../generator/pipeline.js');
    const { CARTESIA_SPEC } = await import('../support/paths.js');
    const { model, warnings } = buildModel(CARTESIA_SPEC);
    expect(warnings).toEqual([]);
    expect(model.operations).toHaveLength(53);
    expect(model.auth.schemes.map((s) => [s.option, s.browser, s.env])).toEqual([
      ['apiKey', 'opt-in', 'CARTESIA_API_KEY'],
      ['accessToken', 'allowed', undefined],
    ]);
    expect(model.apiVersion).toMatchObject({
      header: 'Cartesia-Version',
      default: '2026-08-14',
      websocketQueryParameter: 'cartesia_version',
    });
    const byId = new Map(model.operations.map((o) => [o.id, o]));
    expect(byId.get('tts.bytes')!.response.kind).toBe('binary');
    expect(byId.get('tts.sse')!.response.kind).toBe('event-stream');
    expect(byId.get('agents.metrics.results.export')!.response.kind).toBe('text');
    expect(byId.get('voices.delete')!.response.kind).toBe('none');
    expect(byId.get('voices.clone')!.requestBody!.encoding).toBe('multipart');
    expect(byId.get('voices.list')!.pagination?.itemsField).toBe('data');
    expect(byId.get('voices.listAccents')!.pagination).toBeUndefined();
    expect(byId.get('voices.deleteAccent')!.response.kind).toBe('json');
    expect(byId.get('stt.transcribe')!.security).toEqual([['TokenAuth'], ['APIKeyAuth']]);
  });
});

describe('channels', () => {
  const { model, problems } = modelOf(
    doc(`x-api-version: { header: V, default: '1', websocketQueryParameter: v }
security: [{ Key: [] }]
x-websockets:
  live.speech:
    path: /live
    context: { idField: sid, endField: last, oneShot: say, settings: { $ref: '#/components/schemas/Say' } }
    receive: { schema: { $ref: '#/components/schemas/Msg' } }
    send:
      - { name: say, schema: { $ref: '#/components/schemas/Say' }, argument: text, set: { more: false }, withSettings: true }
      - { name: stop, schema: { type: object }, set: { stop: true }, endsContext: true }
  listen:
    path: /listen
    security: [{ Header: [] }]
    query: { type: object, required: [rate], properties: { rate: { type: integer }, tags: { type: array, items: { type: string } } } }
    audio: true
    receive: { schema: { type: object } }
    send: [{ name: commit, text: COMMIT }]
components:
  securitySchemes:
    Key: { type: http, scheme: bearer, x-credential: { websocketQueryParameter: key } }
    Header: { type: apiKey, in: header, name: X-Key }
  schemas:
    Say: { type: object, properties: { text: { type: string }, sid: { type: string } } }
    Msg: { type: object, properties: { pcm: { type: string, contentEncoding: base64 }, sid: { type: string } } }`),
  );

  it('places channels by their dotted name and reads their parts', () => {
    expect(model.channels.map((c) => [c.resourcePath.join('.'), c.name, c.path])).toEqual([
      ['live', 'speech', '/live'],
      ['', 'listen', '/listen'],
    ]);
    const [live, listen] = model.channels;
    expect(live!.context).toEqual({ idField: 'sid', endField: 'last', oneShot: 'say', settings: { $ref: '#/components/schemas/Say' } });
    expect(live!.receive.base64Fields).toEqual(['pcm']);
    expect(live!.send.map((c) => [c.name, c.kind, c.argument, c.withSettings, c.endsContext])).toEqual([
      ['say', 'json', 'text', true, false],
      ['stop', 'json', undefined, false, true],
    ]);
    expect(live!.security).toEqual([['Key']]);
    expect(listen!.query.map((p) => [p.name, p.required])).toEqual([
      ['rate', true],
      ['tags', false],
    ]);
    expect(listen!.send[0]).toMatchObject({ kind: 'text', text: 'COMMIT' });
    expect(model.resources.find((r) => r.name === 'live')!.channels).toEqual([live]);
  });

  it('warns when a channel accepts a credential that cannot travel in a handshake', () => {
    expect(problems).toEqual([expect.objectContaining({ code: 'channel-credential', severity: 'warning' })]);
    expect(model.channels[1]!.security).toEqual([]);
  });
});
