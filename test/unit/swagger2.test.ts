// Swagger 2.0 read natively: the load stage upgrades it in memory, the client is generated, and problems found
// by later stages name lines of the 2.0 file the user wrote.
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError, type Problem } from '../../generator/errors.js';
import type { ApiModel } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { buildModel } from '../../generator/pipeline.js';
import { cleanupSpecs, specFiles } from '../support/spec.js';

afterAll(cleanupSpecs);

const HEAD = ['swagger: "2.0"', 'info: { title: Pets, version: "1" }', 'host: api.test', 'basePath: /v1', 'schemes: [https]'];

/** Writes a 2.0 document from its lines (the line numbers in tests count from 1 with HEAD first). */
function swagger(...lines: string[]): string {
  return specFiles({ 'swagger.yaml': [...HEAD, ...lines].join('\n') + '\n' });
}

/** The errors a spec is refused with; or, when it generates, the warnings of its repairs (not the upgrade's notes). */
function problemsOf(file: string): Problem[] {
  try {
    return buildModel(file).warnings.filter((w) => !w.code.startsWith('swagger2-'));
  } catch (err) {
    if (err instanceof GeneratorError) return err.problems;
    throw err;
  }
}

function modelOf(file: string): { model: ApiModel; warnings: Problem[] } {
  return buildModel(file);
}

describe('Swagger 2.0 documents', () => {
  it('generate: servers from host/basePath, a body parameter becomes the request body, and no warning but what it assumes', () => {
    const file = swagger(
      'paths:',
      '  /pets/{id}:',
      '    put:',
      '      operationId: updatePet',
      '      parameters:',
      '        - { name: id, in: path, required: true, type: integer }',
      '        - { name: body, in: body, required: true, schema: { $ref: "#/definitions/Pet" } }',
      '      responses:',
      '        "200": { description: ok, schema: { $ref: "#/definitions/Pet" } }',
      'definitions:',
      '  Pet: { type: object, required: [name], properties: { name: { type: string } } }',
    );
    const { model, warnings } = modelOf(file);
    expect(model.servers.map((s) => s.url)).toEqual(['https://api.test/v1']);
    const op = model.operations.find((o) => o.id === 'updatePet');
    expect(op?.requestBody).toBeDefined();
    expect(op?.parameters.path.map((p) => p.name)).toEqual(['id']);
    expect(model.schemas.map((s) => s.name)).toContain('Pet');
    // Only assumptions are warnings: reading 2.0 is no repair, and a 2.0 document that names its media types
    // passes --strict.
    expect(warnings.map((w) => w.code)).toEqual(['swagger2-assumed-json']);
    const clean = swagger(
      'consumes: [application/json]',
      'produces: [application/json]',
      'paths:',
      '  /pets:',
      '    get:',
      '      operationId: listPets',
      '      responses: { "200": { description: ok, schema: { type: string } } }',
    );
    expect(buildModel(clean, { strict: true }).warnings).toEqual([]);
  });

  it('a bad schema under definitions is reported at its line in the 2.0 file', () => {
    const file = swagger(
      'paths:',
      '  /pets:',
      '    get:',
      '      operationId: listPets',
      '      responses:',
      '        "200": { description: ok, schema: { $ref: "#/definitions/Pet" } }',
      'definitions:',
      '  Pet:',
      '    type: object',
      '    properties:',
      '      name: { type: strin }',
    );
    const [problem] = problemsOf(file);
    expect(problem).toMatchObject({ code: 'schema-type-invalid' });
    expect(problem!.location).toMatchObject({ line: 16 });
    expect(problem!.location!.pointer).toMatch(/^\/definitions\/Pet\/properties\/name/);
  });

  it('a bad schema inside a body parameter is reported at the parameter, not at a converted requestBody', () => {
    const file = swagger(
      'paths:',
      '  /pets:',
      '    post:',
      '      operationId: createPet',
      '      parameters:',
      '        - name: body',
      '          in: body',
      '          schema:',
      '            type: object',
      '            properties:',
      '              age: { type: numbr }',
      '      responses:',
      '        "204": { description: done }',
    );
    const [problem] = problemsOf(file);
    expect(problem).toMatchObject({ code: 'schema-type-invalid' });
    expect(problem!.location).toMatchObject({ line: 16 });
    expect(problem!.location!.pointer).toMatch(/^\/paths\/~1pets\/post\/parameters\/0\/schema\/properties\/age/);
  });

  it('a bad type on a query parameter is reported at that parameter (3.0 moves it under `schema`)', () => {
    const file = swagger(
      'paths:',
      '  /pets:',
      '    get:',
      '      operationId: listPets',
      '      parameters:',
      '        - { name: body, in: body, schema: { type: object } }',
      '        - { name: limit, in: query, type: intger }',
      '      responses:',
      '        "200": { description: ok }',
    );
    const [problem] = problemsOf(file);
    expect(problem).toMatchObject({ code: 'schema-type-invalid', location: { line: 12 } });
    expect(problem!.location!.pointer).toMatch(/^\/paths\/~1pets\/get\/parameters\/1/);
  });

  it('an undeclared path parameter is reported at the line of its path in the 2.0 file', () => {
    const file = swagger(
      'paths:',
      '  /pets/{petId}:',
      '    get:',
      '      operationId: getPet',
      '      responses:',
      '        "200": { description: ok }',
    );
    const problems = problemsOf(file);
    const missing = problems.find((p) => p.code === 'path-parameter-missing');
    expect(missing, problems.map((p) => p.code).join()).toBeDefined();
    expect(missing!.location!.file).toMatch(/swagger\.yaml$/);
    expect([7, 8]).toContain(missing!.location!.line);
  });

  it('an operation that lists its own `produces` keeps it over the document-wide one', () => {
    const file = swagger(
      'produces: [application/json]',
      'paths:',
      '  /pets/{id}/photo:',
      '    get:',
      '      operationId: getPhoto',
      '      produces: [image/png]',
      '      parameters: [{ name: id, in: path, required: true, type: string }]',
      '      responses:',
      '        "200": { description: the photo, schema: { type: file } }',
    );
    const op = modelOf(file).model.operations.find((o) => o.id === 'getPhoto');
    expect(JSON.stringify(op?.responses)).toContain('image/png');
    expect(JSON.stringify(op?.responses)).not.toContain('application/json');
  });

  it('a 2.0 discriminator (a property name) becomes a 3.0 discriminator object', () => {
    const file = swagger(
      'paths:',
      '  /pets:',
      '    get:',
      '      operationId: listPets',
      '      responses:',
      '        "200": { description: ok, schema: { $ref: "#/definitions/Pet" } }',
      'definitions:',
      '  Pet: { type: object, discriminator: kind, required: [kind], properties: { kind: { type: string } } }',
    );
    const { warnings } = modelOf(file);
    expect(warnings.map((w) => w.code)).not.toContain('schema-keyword-invalid');
  });

  it('`swagger: 2.0` written as a YAML number is read as 2.0', () => {
    const file = specFiles({
      'swagger.yaml': 'swagger: 2.0\ninfo: { title: T, version: "1" }\nhost: api.test\npaths: {}\n',
    });
    expect(modelOf(file).model.servers.map((s) => s.url)).toEqual(['https://api.test']);
  });

  it('a $ref to another file is refused at its line, and the file is never read', () => {
    const file = specFiles({
      'swagger.yaml': [
        ...HEAD,
        'paths:',
        '  /pets:',
        '    get:',
        '      responses:',
        '        "200": { description: ok, schema: { $ref: "../../../etc/passwd#/Pet" } }',
      ].join('\n'),
    });
    const problems = problemsOf(file);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'swagger2-external-ref', location: { line: 10 } });
    expect(problems[0]!.message).not.toContain('passwd');
  });

  // Shapes the upgrader would crash on (a bare TypeError before these checks): each one is a located message.
  it.each([
    ['a parameter without `in`', '      parameters: [{ name: q, type: string }]'],
    ['parameters that are not a list', '      parameters: 12'],
    ['a null parameter', '      parameters: [null]'],
    ['produces that is not a list of strings', '      produces: [5]'],
    ['a null response', '      x-null-response: true'],
  ])('%s is refused at its line, not with a crash', (what, line) => {
    const responses = what === 'a null response' ? '      responses: { "200": null }' : '      responses: { "200": { description: ok } }';
    const file = swagger('paths:', '  /a:', '    get:', '      operationId: getA', line, responses);
    const problems = problemsOf(file);
    expect(problems[0]).toMatchObject({ code: 'swagger2-invalid', location: { line: what === 'a null response' ? 11 : 10 } });
  });

  it('a null operation and a null security definition are refused at their lines', () => {
    expect(problemsOf(swagger('paths:', '  /a:', '    get: null'))[0]).toMatchObject({ code: 'swagger2-invalid', location: { line: 8 } });
    expect(problemsOf(swagger('securityDefinitions: { key: null }', 'paths: {}'))[0]).toMatchObject({
      code: 'swagger2-invalid',
      location: { line: 6 },
    });
  });

  it('extensions of a path item (even null) are kept out of the upgrade and stay on the path item', () => {
    const file = swagger(
      'paths:',
      '  /a:',
      '    x-note: null',
      '    x-tag: { parameters: 1 }',
      '    get:',
      '      operationId: getA',
      '      responses: { "200": { description: ok } }',
    );
    const { model } = modelOf(file);
    expect(model.operations.map((o) => o.id)).toEqual(['getA']);
  });

  it('a single media type written as a string is taken as a list of one', () => {
    const file = swagger(
      'consumes: application/xml',
      'paths:',
      '  /a:',
      '    post:',
      '      operationId: postA',
      '      parameters: [{ name: b, in: body, schema: { type: string } }]',
      '      responses: { "204": { description: ok } }',
    );
    const op = modelOf(file).model.operations.find((o) => o.id === 'postA');
    expect(JSON.stringify(op?.requestBody)).toContain('application/xml');
  });

  it('a shared body parameter used through a $ref becomes the request body; its problems point at `parameters:`', () => {
    const lines = [
      'parameters:',
      '  Body: { name: body, in: body, required: true, schema: { type: object, properties: { a: { type: string } } } }',
      'paths:',
      '  /a:',
      '    post:',
      '      operationId: postA',
      '      parameters: [{ $ref: "#/parameters/Body" }]',
      '      responses: { "204": { description: ok } }',
    ];
    const op = modelOf(swagger(...lines)).model.operations.find((o) => o.id === 'postA');
    expect(op?.requestBody?.schema).toMatchObject({ properties: { a: { type: 'string' } } });
    const broken = swagger(...lines.map((l) => l.replace('{ a: { type: string } }', '{ a: { type: strng } }')));
    expect(problemsOf(broken)[0]).toMatchObject({ code: 'schema-type-invalid', location: { line: 7 } });
    expect(problemsOf(broken)[0]!.location!.pointer).toMatch(/^\/parameters\/Body\/schema/);
  });

  it('formData fields keep their items and enum (the upgrader keeps only type, format and description)', () => {
    const file = swagger(
      'paths:',
      '  /b:',
      '    post:',
      '      operationId: postB',
      '      consumes: [multipart/form-data]',
      '      parameters:',
      '        - { name: tags, in: formData, type: array, items: { type: string, enum: [x, y] } }',
      '        - { name: mode, in: formData, type: string, enum: [fast, slow], required: true }',
      '      responses: { "204": { description: ok } }',
    );
    const op = modelOf(file).model.operations.find((o) => o.id === 'postB');
    expect(op?.requestBody?.schema).toMatchObject({
      properties: {
        tags: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } },
        mode: { type: 'string', enum: ['fast', 'slow'] },
      },
      required: ['mode'],
    });
  });

  it('the containers 3.0 adds are located at their 2.0 counterparts (definitions, securityDefinitions, host)', () => {
    const file = swagger(
      'securityDefinitions: { key: { type: apiKey, in: header, name: X-Key } }',
      'paths: {}',
      'definitions:',
      '  Pet: { type: object }',
    );
    const { source } = loadSpec(file);
    const components = source.root.components as Record<string, unknown>;
    expect(source.locateNode(components.schemas)).toMatchObject({ pointer: '/definitions', line: 8 });
    expect(source.locateNode(components.securitySchemes)).toMatchObject({ pointer: '/securityDefinitions', line: 6 });
    expect(source.locateNode(source.root.servers)).toMatchObject({ pointer: '/host', line: 3 });
  });

  it('what the upgrade assumes is said once per kind, at the first place it applies', () => {
    const silent = swagger(
      'paths:',
      '  /a:',
      '    get:',
      '      operationId: getA',
      '      parameters:',
      '        - { name: ids, in: query, type: array, items: { type: string }, collectionFormat: tsv }',
      '        - { name: tags, in: header, type: array, items: { type: string }, collectionFormat: pipes }',
      '      responses: { "200": { description: ok, schema: { type: string } } }',
    );
    const warnings = modelOf(silent).warnings.filter((w) => w.code.startsWith('swagger2-'));
    expect(warnings.map((w) => [w.code, w.location?.line])).toEqual([
      ['swagger2-assumed-json', 8],
      ['swagger2-collection-format', 11],
    ]);
    const explicit = swagger(
      'produces: [application/json]',
      'paths:',
      '  /a:',
      '    get:',
      '      operationId: getA',
      '      responses: { "200": { description: ok, schema: { type: string } } }',
    );
    expect(modelOf(explicit).warnings.map((w) => w.code)).not.toContain('swagger2-assumed-json');
  });

  it('a host without schemes becomes an https base URL, with a warning (2.0 would take the scheme the file came by)', () => {
    const file = specFiles({
      'swagger.yaml': 'swagger: "2.0"\ninfo: { title: T, version: "1" }\nhost: api.test\nbasePath: /v2\npaths: {}\n',
    });
    const { model, warnings } = modelOf(file);
    expect(model.servers.map((s) => s.url)).toEqual(['https://api.test/v2']);
    expect(warnings.find((w) => w.code === 'swagger2-assumed-https')?.location).toMatchObject({ line: 3, pointer: '/host' });
  });
});
