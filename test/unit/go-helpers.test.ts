// The Go template set's helpers (templates/go/helpers*): names, literals and comments that spec text cannot break
// out of, the imports a file's code uses, and how schemas become Go types.
import { describe, expect, it } from 'vitest';
import { NameAllocator } from '../../generator/ir/names.js';
import type { ApiModel, NamedSchema } from '../../generator/ir/types.js';
import { importsOf } from '../../templates/go/helpers.js';
import { goComment, goString } from '../../templates/go/helpers/literals.js';
import { goExported, goFileName, goModulePath, goPackageName } from '../../templates/go/helpers/names.js';
import { renderDeclaration } from '../../templates/go/helpers/render.js';
import { GoTypePrinter } from '../../templates/go/helpers/types.js';

describe('Go names', () => {
  it('spells exported names with Go initialisms and keeps them valid identifiers', () => {
    expect(goExported('voice_id')).toBe('VoiceID');
    expect(goExported('apiKey')).toBe('APIKey');
    expect(goExported('expand[]')).toBe('Expand');
    expect(goExported('2nd')).toBe('N2nd');
    expect(goExported('*/')).toBe('Value');
    expect(goExported('Ünïcode')).toBe('Unicode');
  });

  it('derives the package name, module path and file names from the spec', () => {
    expect(goPackageName('Cartesia')).toBe('cartesia');
    expect(goPackageName('9 Lives API')).toBe('api9livesapi');
    expect(goModulePath('@cartesia-gen/client')).toBe('cartesia-gen/client');
    expect(goModulePath('My Package!')).toBe('my-package');
    expect(goFileName('phoneNumbers')).toBe('phone_numbers_service');
    // A name ending in _test would make the file a test file; the suffix rules it out.
    expect(goFileName('test')).toBe('test_service');
  });
});

describe('Go literals and comments', () => {
  it('writes any text as a valid interpreted string literal', () => {
    expect(goString('a"b\\c\nd\te')).toBe('"a\\"b\\\\c\\nd\\te"');
    expect(goString('\u2028\u0000\u007f')).toBe('"\\u2028\\u0000\\u007f"');
    expect(goString('lone \ud800 surrogate')).toBe('"lone \ufffd surrogate"');
    expect(goString('é 😀')).toBe('"é 😀"');
  });

  it('keeps spec prose inside line comments: every line break starts a new // line', () => {
    expect(goComment('first */ line\r\nsecond\u2028third\n\n')).toBe('// first */ line\n// second\n// third\n');
    expect(goComment('go:generate rm -rf /', '\t')).toBe('\t// go:generate rm -rf /\n');
    expect(goComment('  ')).toBe('');
  });
});

describe('imports of a Go file', () => {
  it('imports what the code uses, not what its strings or comments mention', () => {
    const code =
      'func F(ctx context.Context, opts ...option.RequestOption) (io.ReadCloser, error) {\n\t// json.Marshal\n\treturn core.X("iter.Seq")\n}\n';
    expect(importsOf(code, 'example.com/m')).toBe(
      'import (\n\t"context"\n\t"io"\n\n\t"example.com/m/internal/core"\n\t"example.com/m/option"\n)\n',
    );
    expect(importsOf('type A struct{}\n', 'example.com/m')).toBe('');
  });
});

describe('Go types from schemas', () => {
  const schemas: NamedSchema[] = [
    {
      name: 'Voice',
      originalName: 'Voice',
      deprecated: false,
      kind: 'object',
      schema: {
        type: 'object',
        required: ['id', 'note'],
        properties: {
          id: { type: 'string' },
          note: { type: ['string', 'null'] },
          tags: { type: 'array', items: { type: 'string' } },
          mode: { type: 'string', enum: ['fast', 'slow'] },
          owner: { $ref: '#/components/schemas/Owner' },
          audio: { type: 'string', contentEncoding: 'base64' },
        },
      },
    },
    {
      name: 'Owner',
      originalName: 'Owner',
      deprecated: false,
      kind: 'object',
      schema: { type: 'object', properties: { name: { type: 'string' } } },
    },
    { name: 'Note', originalName: 'Note', deprecated: false, kind: 'primitive', schema: { type: ['string', 'null'] } },
    {
      name: 'Event',
      originalName: 'Event',
      deprecated: false,
      kind: 'union',
      schema: {
        oneOf: [
          { type: 'object', required: ['type'], properties: { type: { const: 'chunk' }, data: { type: 'string' } } },
          { type: 'object', required: ['type'], properties: { type: { const: 'done' } } },
        ],
      },
    },
  ];
  const printer = new GoTypePrinter({ schemas } as ApiModel, new NameAllocator());
  for (const s of schemas) printer.declareNamed(s);
  const byName = new Map(printer.declarations.map((d) => [d.name, d]));

  it('tells optional fields from zero values: pointers, and nil slices for lists', () => {
    const voice = byName.get('Voice');
    expect(voice?.kind === 'struct' && voice.fields.map((f) => `${f.name} ${f.type} ${f.omit}`)).toEqual([
      'ID string ',
      'Note *string ',
      'Tags []string omitzero',
      'Mode *VoiceMode omitempty',
      'Owner *Owner omitempty',
      'Audio []byte omitzero',
    ]);
    expect(renderDeclaration(byName.get('VoiceMode')!)).toContain('VoiceModeFast VoiceMode = "fast"');
  });

  it('makes a nullable scalar alias a pointer', () => {
    expect(renderDeclaration(byName.get('Note')!)).toContain('type Note = *string');
  });

  it('gives a union without a declared discriminator the property each variant pins', () => {
    const event = byName.get('Event');
    expect(event?.kind === 'union' && [event.property, event.variants.map((v) => [v.field, v.type, v.tags])]).toEqual([
      'type',
      [
        ['OfChunk', '*EventChunk', ['chunk']],
        ['OfDone', '*EventDone', ['done']],
      ],
    ]);
  });
});
