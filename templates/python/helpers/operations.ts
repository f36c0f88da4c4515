// The Python method of each operation: its arguments (path values positional, everything else keyword-only,
// named from the wire names), its return type for the sync and the async client, and the call into the runtime.
import { namedParameters, type Operation, type Parameter, type Schema } from 'openapi-client-generator/helpers';
import { docText, pyString } from './literals.js';
import { ArgumentNames } from './naming.js';
import { pyConstName } from './names.js';
import type { PrintContext, PyTypePrinter } from './types.js';

export type ArgumentLocation = 'path' | 'query' | 'header' | 'cookie' | 'body' | 'whole-body';

export interface PyArgument {
  /** Name on the wire (parameter or body property name); `''` for a whole body. */
  wire: string;
  /** Python argument name. */
  name: string;
  location: ArgumentLocation;
  type: string;
  required: boolean;
  description: string;
}

export interface PyOperation {
  op: Operation;
  /** Module constant holding the operation's runtime descriptor. */
  constName: string;
  args: PyArgument[];
  /** What the runtime returns: drives the runtime method and the return type. */
  kind: 'json' | 'none' | 'text' | 'binary' | 'events' | 'page';
  /** The JSON result, the event type or the page item type. */
  valueType: string;
  /** Model names the signature refers to. */
  refs: Set<string>;
}

export function buildOperation(op: Operation, printer: PyTypePrinter, shadowed: ReadonlySet<string>): PyOperation {
  const refs = new Set<string>();
  const hint = op.typeNames.params.replace(/Params(\d*)$/, '$1');
  const ctx = (use: 'request' | 'response', suffix: string, extra: Partial<PrintContext> = {}): PrintContext => ({
    use,
    hint: `${hint}${suffix}`,
    quote: false,
    refs,
    shadowed,
    ...extra,
  });
  const names = new ArgumentNames(['request_options']);
  const args: PyArgument[] = [];
  const described = (schema: Schema | undefined, own?: string): string =>
    own ?? (typeof schema?.description === 'string' ? schema.description : '');
  const param = (p: Parameter): PyArgument => ({
    wire: p.name,
    name: names.allocate(p.name),
    location: p.location,
    type: printer.print(p.schema, ctx('request', pascal(p.name))),
    required: p.required,
    description: [described(p.schema, p.description), p.deprecated ? 'Deprecated.' : ''].filter(Boolean).join(' '),
  });
  for (const p of op.parameters.path) args.push({ ...param(p), required: true });
  for (const p of namedParameters(op)) args.push(param(p));
  const body = op.requestBody;
  if (body?.merged) {
    if (body.fields.length > 0) {
      for (const field of body.fields)
        args.push({
          wire: field.name,
          name: names.allocate(field.name),
          location: 'body',
          type: printer.print(field.schema, ctx('request', pascal(field.name))),
          required: field.required,
          description: described(field.schema, field.description),
        });
    } else {
      const shape = printer.shape(body.schema);
      for (const [key, schemas] of shape.properties) {
        const types = [...new Set(schemas.map((s) => printer.print(s, ctx('request', pascal(key)))))];
        args.push({
          wire: key,
          name: names.allocate(key),
          location: 'body',
          type: types.length === 1 ? types[0]! : `Union[${types.join(', ')}]`,
          required: body.requiredProperties.includes(key),
          description: described(schemas.find((s) => s.description)),
        });
      }
    }
  } else if (body) {
    args.push({
      wire: '',
      name: names.allocate('body'),
      location: 'whole-body',
      type: printer.print(body.schema, ctx('request', 'Body')),
      required: body.required,
      description: body.description ?? '',
    });
  }
  let kind: PyOperation['kind'];
  let valueType = 'None';
  if (op.pagination) {
    kind = 'page';
    valueType = printer.print(op.pagination.itemSchema, ctx('response', 'Item'));
  } else if (op.response.kind === 'event-stream') {
    kind = 'events';
    const decode = op.response.base64Fields ?? [];
    valueType = printer.print(op.response.schema, ctx('response', 'Event', decode.length > 0 ? { decode } : {}));
  } else if (op.response.kind === 'json') {
    kind = 'json';
    valueType = printer.print(op.response.schema, ctx('response', 'Response'));
  } else {
    kind = op.response.kind === 'binary' ? 'binary' : op.response.kind === 'text' ? 'text' : 'none';
  }
  return { op, constName: `_${pyConstName(hint)}`, args, kind, valueType, refs };
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** Type of an argument as written in the signature (optional ones accept NOT_GIVEN, their default). */
export function argumentAnnotation(arg: PyArgument): string {
  if (arg.location === 'path' || arg.required) return `${arg.name}: ${arg.type}`;
  return `${arg.name}: Union[${arg.type}, NotGiven] = NOT_GIVEN`;
}

/** The parameter list of the method, one argument per line, indented for a method in a class. */
export function signatureLines(op: PyOperation): string[] {
  const lines = ['self,'];
  const positional = op.args.filter((a) => a.location === 'path');
  const keyword = op.args.filter((a) => a.location !== 'path');
  for (const arg of positional) lines.push(`${argumentAnnotation(arg)},`);
  lines.push('*,');
  for (const arg of keyword) lines.push(`${argumentAnnotation(arg)},`);
  lines.push('request_options: Optional[RequestOptions] = None,');
  return lines;
}

/** The sync and async return types. */
export function returnTypes(op: PyOperation): { sync: string; async: string } {
  switch (op.kind) {
    case 'json':
      return { sync: op.valueType, async: op.valueType };
    case 'none':
      return { sync: 'None', async: 'None' };
    case 'text':
      return { sync: 'str', async: 'str' };
    case 'binary':
      return { sync: 'BinaryResponse', async: 'AsyncBinaryResponse' };
    case 'events':
      return { sync: `EventStream[${op.valueType}]`, async: `AsyncEventStream[${op.valueType}]` };
    case 'page':
      return { sync: `SyncPage[${op.valueType}]`, async: `AsyncPager[${op.valueType}]` };
  }
}

/** The runtime call's arguments: descriptor, path values, parameters by wire name, body, options. */
export function callArguments(op: PyOperation): string[] {
  const dict = (args: PyArgument[]): string => pyDict(args.map((a) => `${pyString(a.wire)}: ${a.name}`));
  const lines = [
    `${op.constName},`,
    `${dict(op.args.filter((a) => a.location === 'path'))},`,
    `${dict(op.args.filter((a) => a.location === 'query' || a.location === 'header' || a.location === 'cookie'))},`,
  ];
  const merged = op.args.filter((a) => a.location === 'body');
  const whole = op.args.find((a) => a.location === 'whole-body');
  if (whole) lines.push(`${whole.name},`);
  else if (op.op.requestBody) lines.push(`${dict(merged)},`);
  else lines.push('NOT_GIVEN,');
  lines.push('request_options,');
  // The type the runtime parses the result into (models, lists and unions of them).
  // The type the runtime parses the result into (models, lists and unions of them), resolved in models.py when first
  // used: naming it in quotes keeps models.py and pydantic out of the import of the package.
  if (op.kind === 'json' || op.kind === 'events' || op.kind === 'page') lines.push(`${pyString(op.valueType)},`);
  return lines;
}

/** A dict display: on one line when short, else one entry per line (indented for a call's argument). */
export function pyDict(entries: string[], column = 12): string {
  if (entries.length === 0) return '{}';
  const inline = `{${entries.join(', ')}}`;
  if (column + inline.length <= 110) return inline;
  return `{\n${entries.map((e) => `    ${e},`).join('\n')}\n}`;
}

/** Runtime method of the client that performs the call. */
export function runtimeMethod(op: PyOperation): string {
  return {
    json: '_request',
    none: '_request',
    text: '_request_text',
    binary: '_request_binary',
    events: '_request_events',
    page: '_request_page',
  }[op.kind];
}

/** The method's docstring text: summary, description, the HTTP route, and an Args section. */
export function methodDoc(op: PyOperation): string {
  const o = op.op;
  const extra = [`\`${o.method} ${o.path}\``];
  if (op.kind === 'binary') extra.push('Returns once the response headers arrive; the body streams (iterate it, or `read()` it whole).');
  if (op.kind === 'page') extra.push('Returns the first page; iterate it for every item across pages.');
  const described = op.args.filter((a) => a.description);
  if (described.length > 0)
    extra.push(['Args:', ...described.map((a) => `    ${a.name}: ${a.description.replace(/\s*\n\s*/g, ' ')}`)].join('\n'));
  return docText({
    ...(o.summary ? { summary: o.summary } : {}),
    ...(o.description ? { description: o.description } : {}),
    deprecated: o.deprecated,
    extra,
  });
}
