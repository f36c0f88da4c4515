// Declarations → Go source. gofmt aligns the fields and comments afterwards (the format stage runs it).
import type { Declaration, StructField } from './types.js';
import { goComment, goDoc, goString } from './literals.js';

export function renderDeclaration(decl: Declaration): string {
  switch (decl.kind) {
    case 'struct':
      return renderStruct(decl);
    case 'alias':
      return `${goDoc(decl.name, decl.doc, 'a type of the API.')}type ${decl.name} = ${decl.target}\n`;
    case 'enum': {
      const consts = decl.values.map((v) => `\t${v.name} ${decl.name} = ${goString(v.literal)}\n`).join('');
      return (
        `${goDoc(decl.name, decl.doc, 'one of the values below.')}` +
        `//\n// Values the API adds later are kept as they are received.\ntype ${decl.name} ${decl.base}\n\n` +
        `// Values of ${decl.name}.\nconst (\n${consts})\n`
      );
    }
    case 'union':
      return renderUnion(decl);
  }
}

function renderField(f: StructField): string {
  const tag = `\`json:"${f.json}${f.omit ? `,${f.omit}` : ''}"\``;
  return `${goComment(f.doc, '\t')}\t${f.name} ${f.type} ${jsonTagSafe(f.json) ? tag : '`json:"-"`'}\n`;
}

/** The key names encoding/json accepts in a tag (its isValidTag): others, such as a key with a quote or a comma,
 * cannot be named, and such a field is left out of the JSON (templates/README.md says so). */
function jsonTagSafe(wire: string): boolean {
  return wire !== '' && wire !== '-' && /^[\p{L}\p{N}!#$%&()*+\-./:;<=>?@[\]^_{|}~ ]+$/u.test(wire);
}

function renderUnion(decl: Extract<Declaration, { kind: 'union' }>): string {
  const fields = decl.variants.map((v) => `\t${v.field} ${v.type}\n`).join('');
  const targets = decl.variants
    .map(
      (v) =>
        `\t\tcore.Variant{Target: &u.${v.field}, Kind: ${goString(v.kind)}${v.tags.length ? `, Tags: []string{${v.tags.map(goString).join(', ')}}` : ''}},\n`,
    )
    .join('');
  const discriminated = decl.property ? ` by its ${goString(decl.property).slice(1, -1)} field` : '';
  return (
    `${goDoc(decl.name, decl.doc, 'one of several shapes.')}` +
    `//\n// One Of field is set: the variant the JSON holds (told apart${discriminated || ' by its shape'}). An unknown` +
    `\n// variant leaves every Of field nil and is kept as received (see Raw), so it is written back unchanged.\n` +
    `type ${decl.name} struct {\n${fields}\traw json.RawMessage\n}\n\n` +
    `// MarshalJSON writes the variant that is set, else the JSON of an unknown variant as received.\n` +
    `func (u ${decl.name}) MarshalJSON() ([]byte, error) {\n\treturn core.MarshalUnion(u.raw, ${decl.variants.map((v) => `u.${v.field}`).join(', ')})\n}\n\n` +
    `// UnmarshalJSON keeps the JSON as received and decodes the variant it holds.\n` +
    `func (u *${decl.name}) UnmarshalJSON(data []byte) error {\n\t*u = ${decl.name}{}\n\tvar err error\n` +
    `\tu.raw, err = core.UnmarshalUnion(data, ${goString(decl.property ?? '')},\n${targets}\t)\n\treturn err\n}\n\n` +
    `// Raw is the JSON the value was received as (nil for a value built in code).\n` +
    `func (u ${decl.name}) Raw() json.RawMessage { return u.raw }\n`
  );
}

/** A model struct: its fields, and JSON methods that write back what was received while the model is unchanged. */
function renderStruct(decl: Extract<Declaration, { kind: 'struct' }>): string {
  const name = decl.name;
  return (
    `${goDoc(name, decl.doc, 'an object of the API.')}type ${name} struct {\n${decl.fields.map((f) => renderField(f)).join('')}` +
    `\treceived core.Received\n}\n\n` +
    `// MarshalJSON writes the JSON the value was received as while its fields are unchanged, else its fields.\n` +
    `func (m ${name}) MarshalJSON() ([]byte, error) {\n\ttype fields ${name}\n\treturn m.received.Encode(fields(m))\n}\n\n` +
    `// UnmarshalJSON decodes the fields and keeps the JSON as received (fields the schema does not list included).\n` +
    `func (m *${name}) UnmarshalJSON(data []byte) error {\n\ttype fields ${name}\n\t*m = ${name}{}\n\treturn m.received.Decode(data, (*fields)(m))\n}\n\n` +
    `// ReceivedJSON is the JSON the value was received as (nil for a value built in code).\n` +
    `func (m ${name}) ReceivedJSON() json.RawMessage { return m.received.JSON() }\n`
  );
}
