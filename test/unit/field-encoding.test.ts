// The IR's reading of a form body's OpenAPI `encoding` object (generator/ir/field-encoding.ts).
import { afterAll, describe, expect, it } from 'vitest';
import type { BodyField } from '../../generator/ir/types.js';
import { cleanupSpecs, doc, modelOf } from '../support/spec.js';

afterAll(cleanupSpecs);

function fieldsOf(media: string, encoding: string, version = '3.1.0') {
  const { model, problems } = modelOf(
    doc(
      `paths:
  /up:
    post:
      operationId: up
      requestBody:
        content:
          ${media}:
            schema:
              type: object
              properties:
                file: { type: string, format: binary }
                title: { type: string }
                meta: { $ref: '#/components/schemas/Meta' }
                either: { oneOf: [{ $ref: '#/components/schemas/Meta' }, { type: object, properties: { b: { type: integer } } }] }
                tags: { type: array, items: { type: string } }
${encoding}
      responses: { '204': { description: ok } }
components:
  schemas:
    Meta: { type: object, properties: { a: { type: string } } }`,
      version,
    ),
  );
  const fields = model.operations[0]!.requestBody!.fields;
  const wire = (name: string): BodyField['wire'] => fields.find((f) => f.name === name)!.wire;
  return { wire, problems };
}

describe('form field encodings', () => {
  it('defaults (nothing declared): multipart objects as JSON text, arrays and primitives as form parts', () => {
    const { wire, problems } = fieldsOf('multipart/form-data', '');
    expect(problems).toEqual([]);
    expect(wire('meta')).toEqual({ style: 'json', explode: true, declared: false });
    expect(wire('either')).toEqual({ style: 'json', explode: true, declared: false });
    expect(wire('tags')).toEqual({ style: 'form', explode: true, declared: false });
    expect(wire('title')).toEqual({ style: 'form', explode: true, declared: false });
  });

  it('defaults of a urlencoded body: objects as a[b] pairs, as the clients always sent them', () => {
    const { wire } = fieldsOf('application/x-www-form-urlencoded', '');
    expect(wire('meta')).toEqual({ style: 'deepObject', explode: true, declared: false });
  });

  it('reads style, explode and contentType; an explicit style wins over contentType (OpenAPI 3.1)', () => {
    const { wire, problems } = fieldsOf(
      'multipart/form-data',
      `            encoding:
              meta: { style: deepObject, contentType: application/json }
              either: { contentType: application/vnd.api+json }
              title: { contentType: text/plain }
              tags: { explode: false }`,
    );
    expect(problems).toEqual([]);
    expect(wire('meta')).toEqual({ style: 'deepObject', explode: true, contentType: 'application/json', declared: true });
    expect(wire('either')).toEqual({ style: 'json', explode: true, contentType: 'application/vnd.api+json', declared: true });
    expect(wire('title')).toEqual({ style: 'form', explode: true, contentType: 'text/plain', declared: true });
    expect(wire('tags')).toEqual({ style: 'form', explode: false, declared: true });
  });

  it('a text contentType on an object field sends it as form parts, not JSON', () => {
    const { wire } = fieldsOf('multipart/form-data', `            encoding: { meta: { contentType: text/plain } }`);
    expect(wire('meta')).toMatchObject({ style: 'form', declared: true });
  });

  it('warns, located, about each bad entry and keeps the default', () => {
    const { wire, problems } = fieldsOf(
      'multipart/form-data',
      `            encoding:
              nope: { style: form }
              title: { style: deepObject }
              meta: { style: label, explode: 1, contentType: 7 }
              file: { style: form }`,
    );
    expect(problems.map((p) => [p.severity, p.code, p.location?.pointer])).toEqual([
      ['warning', 'encoding-field-unknown', '/paths/~1up/post/requestBody/content/multipart~1form-data/encoding/nope'],
      ['warning', 'encoding-invalid', '/paths/~1up/post/requestBody/content/multipart~1form-data/encoding/title/style'],
      ['warning', 'encoding-invalid', '/paths/~1up/post/requestBody/content/multipart~1form-data/encoding/meta/contentType'],
      ['warning', 'encoding-invalid', '/paths/~1up/post/requestBody/content/multipart~1form-data/encoding/meta/style'],
      ['warning', 'encoding-invalid', '/paths/~1up/post/requestBody/content/multipart~1form-data/encoding/meta/explode'],
      ['warning', 'encoding-invalid', '/paths/~1up/post/requestBody/content/multipart~1form-data/encoding/file/style'],
    ]);
    expect(problems.every((p) => typeof p.location?.line === 'number')).toBe(true);
    expect(wire('title')).toEqual({ style: 'form', explode: true, declared: false });
    expect(wire('meta')).toEqual({ style: 'json', explode: true, declared: false });
  });

  it('ignores encoding on a JSON body (OpenAPI applies it to form bodies only)', () => {
    const { problems } = fieldsOf('application/json', `            encoding: { nope: { style: form } }`);
    expect(problems).toEqual([]);
  });
});
