import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coreHelpers, markdownBlock, markdownCell } from '../../generator/render/helpers/core.js';
import { clientConfig, operationDescriptor } from '../../generator/render/helpers/runtime-data.js';
import { TypeScriptHelpers } from '../../templates/typescript/helpers.js';
import { jsdoc, tsIdentifier, tsPropertyKey, tsString, typescriptNaming } from '../../templates/typescript/helpers/naming.js';
import { OPENAPI_TYPESCRIPT_VERSION } from '../../templates/typescript/helpers/openapi-typescript.js';
import { REPO } from '../support/paths.js';
import { cleanupSpecs, doc, modelOf } from '../support/spec.js';

afterAll(cleanupSpecs);

describe('core helpers', () => {
  it('compare, recase and shape data', () => {
    expect(coreHelpers.eq!('a' as never, 'a' as never)).toBe(true);
    expect(coreHelpers.and!(true as never, 1 as never, 'x' as never)).toBe(true);
    expect(coreHelpers.or!(false as never, 0 as never)).toBe(0);
    expect(coreHelpers.or!(undefined as never, 'summary' as never, 'x' as never)).toBe('summary');
    expect(coreHelpers.kebabCase!('pronunciationDicts' as never)).toBe('pronunciation-dicts');
    expect(coreHelpers.join!(['a', 'b'] as never, '/' as never)).toBe('a/b');
    expect(coreHelpers.isEmpty!([] as never)).toBe(true);
  });

  it('markdownBlock gives spec prose the layout of a Markdown block; markdownInline puts it on one line', () => {
    expect(markdownBlock('  First line.  \r\nSecond *line*.\n\n\n\nNext paragraph.\n')).toBe(
      'First line.\nSecond *line*.\n\nNext paragraph.',
    );
    expect(markdownBlock(undefined)).toBe('');
    const inline = coreHelpers.markdownInline as (text: unknown) => string;
    expect(inline(' An API key.\n\n  Sent as a header. ')).toBe('An API key. Sent as a header.');
  });

  it('markdownCell keeps the first sentence on one line and escapes pipes', () => {
    expect(markdownCell('Lists voices.\nSecond | sentence.')).toBe('Lists voices.');
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(markdownCell(undefined)).toBe('');
  });

  it('operationDescriptor describes the wire shape of an operation as plain data', () => {
    const { model } = modelOf(
      doc(`paths:
  /v/{id}:
    post:
      operationId: v.send
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: ids, in: query, style: form, explode: false, schema: { type: array, items: { type: string } } }
        - { name: Mode, in: header, required: true, schema: { const: fast } }
      requestBody: { required: true, content: { application/json: { schema: { type: object } } } }
      responses: { '200': { description: ok, content: { audio/wav: {} } } }`),
    );
    expect(operationDescriptor(model.operations[0]!)).toEqual({
      method: 'POST',
      path: '/v/{id}',
      query: [{ name: 'ids', explode: false }],
      headers: [{ name: 'Mode', fixed: 'fast' }],
      body: { encoding: 'json', contentType: 'application/json', merged: true, required: true },
      response: { kind: 'binary', accept: 'audio/wav' },
      security: [],
    });
  });
  it("spells only its own keys in a set's key style, never a name from the spec", () => {
    const { model } = modelOf(
      doc(`paths:
  /up:
    post:
      operationId: up.load
      parameters:
        - { name: pageSize, in: query, style: spaceDelimited, schema: { type: array, items: { type: string } } }
      requestBody:
        content:
          multipart/form-data:
            schema: { type: object, properties: { tagList: { type: array, items: { type: string } } } }
            encoding: { tagList: { style: form, explode: false } }
      responses: { '200': { description: ok, content: { text/event-stream: { schema: { type: object } } } } }`),
    );
    const op = model.operations[0]!;
    const upper = (key: string) => key.toUpperCase();
    const spec = operationDescriptor(op, upper);
    expect(Object.keys(spec)).toEqual(['METHOD', 'PATH', 'QUERY', 'BODY', 'RESPONSE', 'SECURITY']);
    expect(spec.QUERY).toEqual([{ NAME: 'pageSize', STYLE: 'spaceDelimited' }]);
    expect(spec.BODY).toMatchObject({ CONTENTTYPE: 'multipart/form-data', FIELDS: { tagList: { style: 'form', explode: false } } });
    // The neutral config, likewise: its keys follow the style, the spec's own names and values stay as written.
    const config = clientConfig(model, upper);
    expect(config).toMatchObject({ CLIENTNAME: model.client.name, BASEURL: 'https://api.test', TIMEOUTMS: model.client.timeoutMs });
    expect(Object.keys(config)).toEqual(expect.arrayContaining(['ENVIRONMENT', 'TRANSPORT', 'RETRY', 'ERRORS', 'CREDENTIALS']));
  });
});

describe('TypeScript helpers', () => {
  it('tsString makes any spec text a safe string literal', () => {
    const hostile = 'a"b\\c`${x}</script>\u2028\u2029\n*/';
    const literal = tsString(hostile);
    expect(literal).not.toContain('</script>');
    expect(literal).not.toMatch(/[\u2028\u2029\n]/);
    expect(new Function(`return ${literal};`)()).toBe(hostile);
  });

  it('tsPropertyKey quotes what is not an identifier', () => {
    expect(tsPropertyKey('limit')).toBe('limit');
    expect(tsPropertyKey('expand[]')).toBe('"expand[]"');
    expect(tsPropertyKey('2nd')).toBe('"2nd"');
    expect(tsPropertyKey('Cartesia-Version')).toBe('"Cartesia-Version"');
  });

  it('tsIdentifier never yields a reserved word', () => {
    expect(tsIdentifier('default')).toBe('default_');
    expect(tsIdentifier('class')).toBe('class_');
    expect(tsIdentifier('voice_id')).toBe('voiceId');
    expect(tsIdentifier('2fa')).toBe('n2fa');
  });

  it('jsdoc cannot be closed early by spec text', () => {
    const comment = jsdoc({ summary: 'Sum */ alert(1) /*', description: 'Line one\r\nLine two', deprecated: true });
    expect(comment.match(/\*\//g)).toHaveLength(1);
    expect(comment).toContain(' * Line two');
    expect(comment).toContain(' * @deprecated');
    expect(jsdoc({})).toBe('');
  });

  it('renames schemas that clash with runtime names or globals, keeping others', () => {
    const { model } = modelOf(
      doc(`components:\n  schemas:\n    Page: { type: object }\n    Error: { type: string }\n    Voice: { type: string }`),
    );
    const { types } = typescriptNaming(model);
    expect(types.get('Page')).toBe('PageModel');
    expect(types.get('Error')).toBe('ErrorModel');
    expect(types.get('Voice')).toBe('Voice');
  });

  it('prints types through openapi-typescript with our names and upload types', () => {
    const { model } = modelOf(
      doc(`paths:
  /u:
    post:
      operationId: files.upload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: { type: object, required: [file], properties: { file: { type: string, format: binary }, kind: { $ref: '#/components/schemas/Kind' } } }
      responses: { '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Page' } } } } } }
components:
  schemas:
    Kind: { type: string, enum: [a, b] }
    Page: { type: object, properties: { n: { type: [integer, 'null'] } } }`),
    );
    const ts = new TypeScriptHelpers(model);
    const op = model.operations[0]!;
    expect(ts.paramsType(op).replace(/\s+/g, ' ')).toBe('{ /** Format: binary */ file: Uploadable; kind?: Kind; }');
    expect(ts.returnType(op)).toBe('APIPromise<PageModel[]>');
    expect(ts.methodArguments(op)).toBe('params: FilesUploadParams, options?: RequestOptions');
    expect(ts.printer.namedType('Page').replace(/\s+/g, ' ')).toBe('{ n?: number | null; }');
    // The resource module names its params type; models.ts declares it, and imports the upload type it names.
    expect(ts.imports(model.resources[0]!)).toEqual({
      models: ['FilesUploadParams', 'PageModel'],
      descriptors: ['filesUploadOperation'],
      runtime: [
        { module: 'api-promise', names: ['APIPromise'] },
        { module: 'types', names: ['RequestOptions'] },
      ],
      values: [],
      realtime: [],
      declarations: [],
    });
    expect((ts.helpers().tsModelsImports as (m: typeof model) => unknown)(model)).toEqual([{ module: 'uploads', names: ['Uploadable'] }]);
  });

  // As in vectara-openapi.yaml: the named model is shared with responses, where a file is a Blob.
  it('types the files of a form behind a $ref as uploads, and puts a file in its example call', () => {
    const { model } = modelOf(
      doc(`paths:
  /d:
    post:
      operationId: documents.upload
      requestBody:
        required: true
        content: { multipart/form-data: { schema: { $ref: '#/components/schemas/UploadRequest' } } }
      responses: { '204': { description: ok } }
components:
  schemas:
    UploadRequest:
      type: object
      required: [file]
      properties: { filename: { type: string }, file: { type: string, format: binary } }
      example: { filename: report.pdf, file: report.pdf }`),
    );
    const ts = new TypeScriptHelpers(model);
    const op = model.operations[0]!;
    expect(ts.paramsType(op).replace(/\s+/g, ' ')).toBe('{ filename?: string; /** Format: binary */ file: Uploadable; }');
    expect((ts.helpers().tsModelsImports as (m: typeof model) => unknown)(model)).toEqual([{ module: 'uploads', names: ['Uploadable'] }]);
    expect(ts.exampleCall(op)).toBe('client.documents.upload({ filename: "report.pdf", file: new Blob([/* file contents */]) })');
  });
});

describe('openapi-typescript, read through its internal modules', () => {
  it('is pinned in package.json to exactly the version the TypeScript set reads (helpers/openapi-typescript.ts)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['openapi-typescript']).toBe(OPENAPI_TYPESCRIPT_VERSION);
    const installed = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/openapi-typescript/package.json'), 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe(OPENAPI_TYPESCRIPT_VERSION);
  });

  it('is reached from that one module only', () => {
    const dir = path.join(REPO, 'templates/typescript');
    const readers = ['helpers.ts', ...fs.readdirSync(path.join(dir, 'helpers')).map((f) => `helpers/${f}`)].filter((f) =>
      /openapi-typescript\/dist/.test(fs.readFileSync(path.join(dir, f), 'utf8')),
    );
    expect(readers).toEqual(['helpers/openapi-typescript.ts']);
  });
});
