// Unit tests of the Python template set's helpers (templates/python/helpers.ts and helpers/): names, literals,
// docstrings, type expressions and method signatures. Python itself checks the results in test/python/ and
// the golden tests (mypy --strict); these pin the decisions.
import { afterAll, describe, expect, it } from 'vitest';
import { PythonHelpers, pythonCallNaming } from '../../templates/python/helpers.js';
import { pyDocstring, pyLiteral, pyString } from '../../templates/python/helpers/literals.js';
import { pyDistributionName, pyImportName, pySnakeName } from '../../templates/python/helpers/names.js';
import { signatureLines } from '../../templates/python/helpers/operations.js';
import { renderDeclaration, typingImports } from '../../templates/python/helpers/render.js';
import { cleanupSpecs, doc, modelOf } from '../support/spec.js';

afterAll(cleanupSpecs);

describe('Python names', () => {
  it('snake_case identifiers that are never keywords and never start with a digit', () => {
    expect(pySnakeName('expand[]')).toBe('expand');
    expect(pySnakeName('fileID')).toBe('file_id');
    expect(pySnakeName('voice[id]')).toBe('voice_id');
    expect(pySnakeName('addToAgent')).toBe('add_to_agent');
    expect(pySnakeName('class')).toBe('class_');
    expect(pySnakeName('continue')).toBe('continue_');
    expect(pySnakeName('2fa')).toBe('n2fa');
    expect(pySnakeName('*/')).toBe('value');
    expect(pySnakeName('type')).toBe('type'); // a soft keyword is a fine name
  });

  it('package names from the IR client', () => {
    expect(pyDistributionName('@cartesia-gen/client')).toBe('cartesia-gen-client');
    expect(pyImportName('@cartesia-gen/client')).toBe('cartesia_gen_client');
    expect(pyImportName('2 Names: Collide & Co')).toBe('n2_names_collide_co');
  });
});

describe('Python literals and docstrings', () => {
  const hostile = 'a"b\\c\'"""d\u2028e\u2029f\u0000g\ud800h';

  it('string literals survive any spec text (checked by Python in the golden hostile case)', () => {
    const literal = pyString(hostile);
    expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
    expect(literal).not.toMatch(/[\u2028\u2029\u0000]/);
    expect(JSON.parse(literal.replace(/\\u2028/g, '\u2028').replace(/\\u2029/g, '\u2029'))).toBe(hostile);
  });

  it('docstrings cannot be closed early by spec text', () => {
    const text = pyDocstring({ summary: 'Ends here """ and \\ here "' }, '    ');
    expect(text).toBe('    """Ends here \\"\\"" and \\\\ here \\""""');
    expect(pyDocstring({ summary: 'One', description: 'Two\nlines' }, '  ')).toBe('  """One\n\n  Two\n  lines\n  """');
    expect(pyDocstring({})).toBe('');
    expect(pyDocstring('x\u0000y')).toBe('"""x\\x00y"""');
  });

  it('JSON values as Python expressions', () => {
    expect(pyLiteral({ a: [true, null, 1.5], 'b"': 'x' })).toBe('{"a": [True, None, 1.5], "b\\"": "x"}');
  });
});

describe('Python types and signatures', () => {
  const { model } = modelOf(
    doc(`paths:
  /things/{thingId}:
    post:
      operationId: things.update
      parameters:
        - { name: thingId, in: path, required: true, schema: { type: string } }
        - { name: 'expand[]', in: query, schema: { type: array, items: { type: string, enum: [a, b] } } }
        - { name: class, in: query, required: true, schema: { type: integer } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
                continue: { type: [boolean, 'null'] }
                inner: { type: object, properties: { x: { type: number } } }
      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Thing' } } } } }
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: { type: string, description: 'The "id"' }
        tags: { type: array, items: { type: string } }
        'my-field': { type: string }
    Kind: { type: string, enum: [x, 'y"z'] }
    MaybeThing: { anyOf: [{ $ref: '#/components/schemas/Thing' }, { type: 'null' }] }`),
  );
  const helpers = new PythonHelpers(model);
  const byName = new Map(helpers.declarations().map((d) => [d.name, renderDeclaration(d)]));

  it('received objects become pydantic models (an alias for a key that is not an identifier)', () => {
    expect(byName.get('Thing')).toBe(
      [
        'class Thing(BaseModel):',
        '    id: str',
        '    """The "id\\""""',
        '    tags: Optional[List[str]] = None',
        '    my_field: Optional[str] = Field(default=None, alias="my-field")',
      ].join('\n'),
    );
    expect(byName.get('Kind')).toBe('Kind: TypeAlias = Literal["x", "y\\"z"]');
    expect(byName.get('MaybeThing')).toBe('MaybeThing: TypeAlias = Optional["Thing"]');
  });

  it('inline objects are hoisted under a name derived from where they appear', () => {
    expect(byName.get('ThingsUpdateInner')).toContain('class ThingsUpdateInner(TypedDict):\n    x: NotRequired[float]');
  });

  it('a schema both sent and received is a model, and a TypedDict named ...Param for the sending side', () => {
    const { model: both } = modelOf(
      doc(`paths:
  /items:
    post:
      operationId: items.create
      requestBody:
        content: { application/json: { schema: { type: object, properties: { item: { $ref: '#/components/schemas/Item' } } } } }
      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Item' } } } } }
components:
  schemas:
    Item: { type: object, required: [from], properties: { from: { type: string } } }`),
    );
    const pieces = new PythonHelpers(both);
    const rendered = new Map(pieces.declarations().map((d) => [d.name, renderDeclaration(d)]));
    expect(rendered.get('Item')).toBe('class Item(BaseModel):\n    from_: str = Field(alias="from")');
    expect(rendered.get('ItemParam')).toBe('ItemParam = TypedDict(\n    "ItemParam",\n    {\n        "from": str,\n    },\n)');
    const op = pieces.operations.get(both.operations[0]!)!;
    expect(signatureLines(op)).toContain('item: Union[ItemParam, NotGiven] = NOT_GIVEN,');
    expect(op.valueType).toBe('Item');
  });

  it('a received union tagged by a discriminator is a pydantic tagged union, unless a member does not pin the tag', () => {
    const union = (extra: string): Map<string, string> => {
      const { model: tagged } = modelOf(
        doc(`paths:
  /events:
    get:
      operationId: events.get
      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Event' } } } } }
components:
  schemas:
    Event: { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }], discriminator: { propertyName: kind } }
    A: { type: object, required: [kind], properties: { kind: { const: a } } }
    B: { type: object, required: [kind], properties: { kind: ${extra} } }`),
      );
      return new Map(new PythonHelpers(tagged).declarations().map((d) => [d.name, renderDeclaration(d)]));
    };
    expect(union('{ type: string, enum: [b, c] }').get('Event')).toBe(
      'Event: TypeAlias = Annotated[Union["A", "B"], Field(discriminator="kind")]',
    );
    // An open tag, a tag that is not a Literal, or one value on two members: pydantic would refuse the schema.
    expect(union('{ type: string, enum: [b], x-extensible-enum: true }').get('Event')).toBe('Event: TypeAlias = Union["A", "B"]');
    expect(union('{ type: string }').get('Event')).toBe('Event: TypeAlias = Union["A", "B"]');
    expect(union('{ const: a }').get('Event')).toBe('Event: TypeAlias = Union["A", "B"]');
  });

  it('a model field named exactly like a type of the module is renamed (it would shadow the type); other cases stay', () => {
    const { model: shadowing } = modelOf(
      doc(`paths:
  /images:
    get:
      operationId: images.get
      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Image' } } } } }
components:
  schemas:
    Arn: { type: string }
    Image: { type: object, properties: { Arn: { $ref: '#/components/schemas/Arn' }, arn: { type: string } } }`),
    );
    const rendered = new Map(new PythonHelpers(shadowing).declarations().map((d) => [d.name, renderDeclaration(d)]));
    expect(rendered.get('Image')).toBe(
      'class Image(BaseModel):\n    Arn_: Optional[Arn] = Field(default=None, alias="Arn")\n    arn: Optional[str] = None',
    );
  });

  it('methods take path values positionally and everything else by keyword, named from the wire', () => {
    const op = helpers.operations.get(model.operations[0]!)!;
    expect(signatureLines(op)).toEqual([
      'self,',
      'thing_id: str,',
      '*,',
      'expand: Union[List[Literal["a", "b"]], NotGiven] = NOT_GIVEN,',
      'class_: int,',
      'name: str,',
      'continue_: Union[Optional[bool], NotGiven] = NOT_GIVEN,',
      'inner: Union[ThingsUpdateInner, NotGiven] = NOT_GIVEN,',
      'request_options: Optional[RequestOptions] = None,',
    ]);
    expect(op.kind).toBe('json');
    expect(op.valueType).toBe('Thing');
    expect(pythonCallNaming(model)['things.update']).toEqual({
      path: ['things', 'update'],
      args: { 'expand[]': 'expand', class: 'class_', name: 'name', continue: 'continue_', inner: 'inner' },
      pathArgs: ['thing_id'],
    });
  });

  it('imports only what a block of code uses, outside strings and comments', () => {
    expect(typingImports('x: Optional[List[str]]  # Dict\ny = "Union"')).toEqual({ typing: ['List', 'Optional'], typingExtensions: [] });
  });
});
