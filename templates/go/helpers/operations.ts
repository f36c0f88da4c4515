// Operations → Go methods: the params struct, the signature, the runtime descriptor and the call.
import type { Operation, Parameter, Schema } from 'openapi-client-generator/helpers';
import { declaredFieldEncodings } from 'openapi-client-generator/helpers';
import type { NameAllocator } from 'openapi-client-generator/helpers';
import { goExported, goLocal, localNames } from './names.js';
import { goLiteral, goString } from './literals.js';
import { ANY, withoutNull, type GoTypePrinter, type StructField } from './types.js';

export interface GoOperation {
  op: Operation;
  /** Exported method name. */
  method: string;
  /** Package-level variable holding the descriptor. */
  specVar: string;
  specLiteral: string;
  /** The params struct, when the operation takes any value besides path parameters. */
  params?: { name: string; fields: StructField[] };
  /** Wire name → params field: each parameter, each merged body property or form field, and `body` for a whole body. */
  fieldsByWire: Record<string, string>;
  /** `ctx context.Context, id string, params VoicesGetParams, opts ...option.RequestOption` */
  arguments: string;
  results: string;
  body: string;
  /** Paginated operations: a second method that yields every item. */
  autoPaging?: { method: string; results: string; body: string };
}

export function buildOperation(
  op: Operation,
  printer: GoTypePrinter,
  names: NameAllocator,
  paramsName: string,
  method: string,
  autoPagingMethod?: string,
): GoOperation {
  const locals = localNames();
  const pathArgs = op.parameters.path.map((p) => ({ wire: p.name, local: goLocal(p.name, locals), type: scalarType(printer, p) }));
  const fields: StructField[] = [];
  const taken = new Set<string>();
  const fieldName = (wire: string): string => {
    let name = goExported(wire);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${goExported(wire)}${n}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const wireFields: { wire: string; field: string }[] = [];
  const byWire: Record<string, string> = {};
  for (const p of [...op.parameters.query, ...op.parameters.header, ...op.parameters.cookie]) {
    const field = printer.field(
      fieldName(p.name),
      p.name,
      p.schema,
      p.required && p.fixedValue === undefined,
      `${paramsName}${goExported(p.name)}`,
    );
    fields.push({ ...field, json: '-', omit: '', ...(p.description ? { doc: p.description } : {}) });
    wireFields.push({ wire: p.name, field: field.name });
    byWire[p.name] = field.name;
  }
  const body = op.requestBody;
  const input: string[] = [];
  const formFields: { wire: string; field: string }[] = [];
  // A merged body's properties become fields of the params struct; a union body (no fixed fields) stays whole.
  if (body && body.merged && body.encoding === 'json' && printer.isStruct(printer.resolve(body.schema))) {
    for (const f of printer.fields(printer.resolve(body.schema), paramsName)) {
      const name = fieldName(f.json);
      fields.push({ ...f, name });
      byWire[f.json] = name;
    }
    input.push('Body: params');
  } else if (body && body.merged && (body.encoding === 'multipart' || body.encoding === 'form')) {
    for (const f of body.fields) {
      const name = fieldName(f.name);
      let type: string;
      if (f.isFile) type = f.isArray ? '[]io.Reader' : 'io.Reader';
      else {
        const t = printer.expr(f.schema, `${paramsName}${name}`);
        const { nullable } = withoutNull(f.schema);
        type = !t.nilable && (nullable || !f.required) ? `*${t.text}` : t.text;
      }
      fields.push({ name, type, json: '-', omit: '', ...(f.description ? { doc: f.description } : {}) });
      formFields.push({ wire: f.name, field: name });
      byWire[f.name] = name;
    }
  } else if (body) {
    const name = fieldName('body');
    let type: string;
    if (body.encoding === 'binary') type = 'io.Reader';
    else if (body.encoding === 'text') type = body.required ? 'string' : '*string';
    else {
      const t = printer.expr(body.schema, `${paramsName}Body`);
      type = !t.nilable && !body.required ? `*${t.text}` : t.text;
    }
    fields.push({ name, type, json: '-', omit: '', ...(body.description ? { doc: body.description } : {}) });
    input.push(`Body: params.${name}`);
    byWire.body = name;
  }
  if (pathArgs.length > 0) input.unshift(`Path: map[string]any{${pathArgs.map((a) => `${goString(a.wire)}: ${a.local}`).join(', ')}}`);
  if (wireFields.length > 0)
    input.push(`Params: map[string]any{${wireFields.map((w) => `${goString(w.wire)}: params.${w.field}`).join(', ')}}`);
  if (formFields.length > 0)
    input.push(`Form: []core.FormField{${formFields.map((w) => `{Name: ${goString(w.wire)}, Value: params.${w.field}}`).join(', ')}}`);
  const hasParams = fields.length > 0;
  const args = [
    'ctx context.Context',
    ...pathArgs.map((a) => `${a.local} ${a.type}`),
    ...(hasParams ? [`params ${paramsName}`] : []),
    'opts ...option.RequestOption',
  ].join(', ');
  const inputText = `core.Input{${input.join(', ')}}`;
  const specVar = names.allocate(`spec${goExported(paramsName.replace(/Params$/, ''), method)}`);
  const call = (fn: string, out: string): string => `s.client.${fn}(ctx, &${lowerFirst(specVar)}, ${inputText}${out}, opts)`;
  const out: Pick<GoOperation, 'results' | 'body' | 'autoPaging'> = (() => {
    const kind = op.response.kind;
    if (op.pagination) {
      const item = printer.expr(op.pagination.itemSchema, `${paramsName.replace(/Params$/, '')}Item`).text;
      return {
        results: `(*Page[${item}], error)`,
        body: `return core.GetPage[${item}](ctx, s.client, &${lowerFirst(specVar)}, ${inputText}, opts)`,
        ...(autoPagingMethod
          ? {
              autoPaging: {
                method: autoPagingMethod,
                results: `iter.Seq2[${item}, error]`,
                body: `return core.AutoPager[${item}](ctx, s.client, &${lowerFirst(specVar)}, ${inputText}, opts)`,
              },
            }
          : {}),
      };
    }
    if (kind === 'none') return { results: 'error', body: `return ${call('Do', ', nil')}` };
    if (kind === 'text') return { results: '(string, error)', body: `var out string\nerr := ${call('Do', ', &out')}\nreturn out, err` };
    if (kind === 'binary')
      return {
        results: '(io.ReadCloser, error)',
        body: `resp, err := ${call('Send', '')}\nif err != nil {\nreturn nil, err\n}\nreturn resp.Body, nil`,
      };
    const t = op.response.schema ? printer.expr(op.response.schema, `${paramsName.replace(/Params$/, '')}Response`) : ANY;
    if (kind === 'event-stream')
      return {
        results: `*Stream[${t.text}]`,
        body: `resp, err := ${call('Send', '')}\nreturn core.NewStream[${t.text}](s.client, resp, err)`,
      };
    if (t.nilable) return { results: `(${t.text}, error)`, body: `var out ${t.text}\nerr := ${call('Do', ', &out')}\nreturn out, err` };
    return {
      results: `(*${t.text}, error)`,
      body: `var out ${t.text}\nif err := ${call('Do', ', &out')}; err != nil {\nreturn nil, err\n}\nreturn &out, nil`,
    };
  })();
  return {
    op,
    method,
    specVar: lowerFirst(specVar),
    specLiteral: specLiteral(op),
    ...(hasParams ? { params: { name: paramsName, fields } } : {}),
    fieldsByWire: byWire,
    arguments: args,
    ...out,
  };
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Path parameters are scalars: strings, numbers or booleans (anything else is sent as its JSON text). */
function scalarType(printer: GoTypePrinter, p: Parameter): string {
  const t = printer.expr(p.schema, 'PathValue');
  return ['string', 'int64', 'float64', 'bool'].includes(t.text) || t.kind === 'string' ? t.text : 'string';
}

/** The operation's wire shape as a core.OperationSpec literal (generator's operationSpec, in Go). */
export function specLiteral(op: Operation): string {
  const param = (p: Parameter): string => {
    const parts = [`Name: ${goString(p.name)}`, `Style: ${goString(p.style)}`];
    if (p.explode) parts.push('Explode: true');
    if (p.fixedValue !== undefined) parts.push(`Fixed: ${goLiteral(p.fixedValue)}`);
    return `{${parts.join(', ')}}`;
  };
  const lines = [`Method: ${goString(op.method)}`, `Path: ${goString(op.path)}`];
  if (op.parameters.query.length) lines.push(`Query: []core.ParamSpec{${op.parameters.query.map(param).join(', ')}}`);
  if (op.parameters.header.length) lines.push(`Headers: []core.ParamSpec{${op.parameters.header.map(param).join(', ')}}`);
  if (op.parameters.cookie.length) lines.push(`Cookies: []core.ParamSpec{${op.parameters.cookie.map(param).join(', ')}}`);
  if (op.requestBody) {
    const b = op.requestBody;
    const fields = declaredFieldEncodings(op);
    const fieldText = fields
      ? `, Fields: map[string]core.FieldWire{${Object.entries(fields)
          .map(([k, v]) => `${goString(k)}: {Style: ${goString(v.style)}, Explode: ${v.explode}}`)
          .join(', ')}}`
      : '';
    lines.push(
      `Body: &core.BodySpec{Encoding: ${goString(b.encoding)}, ContentType: ${goString(b.contentType)}, Required: ${b.required}${fieldText}}`,
    );
  }
  const accept = op.response.kind === 'none' ? undefined : op.response.contentType;
  lines.push(`Response: core.ResponseSpec{Kind: ${goString(op.response.kind)}${accept ? `, Accept: ${goString(accept)}` : ''}}`);
  if (op.security.length) lines.push(`Security: [][]string{${op.security.map((set) => `{${set.map(goString).join(', ')}}`).join(', ')}}`);
  return `core.OperationSpec{\n${lines.map((l) => `\t${l},\n`).join('')}}`;
}

export type { Schema };
