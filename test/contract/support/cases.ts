// Contract cases generated from the IR: for every operation, the arguments of a valid call (from the spec's
// examples, else synthesized from its schemas) and the invocation of the generated client method.
import type { ApiModel, Operation, Parameter, Schema } from '../../../generator/ir/types.js';
import type { Cartesia, RequestOptions } from '../../../generated/typescript/src/index.js';
import { SchemaResolver, Synthesizer } from './synthesize.js';

/** Placeholder for file parts while a body is checked against its schema (ajv sees a plain string). */
const FILE_STAND_IN = 'contract-file';
export const FILE_BYTES = new Uint8Array([82, 73, 70, 70, 0, 0, 0, 0, 87, 65, 86, 69]); // "RIFF....WAVE"

export type Variant = 'required' | 'full';

export interface ContractCase {
  /** `operationId (variant)`, the test's name. */
  title: string;
  op: Operation;
  variant: Variant;
  /** Path values, in path-template order (the method's leading arguments). */
  pathArgs: unknown[];
  /** The params object, or undefined when the method takes none. */
  params: Record<string, unknown> | undefined;
  /** The request body as ajv should see it (file parts as strings), to check the synthesizer itself. */
  bodyForSchema: unknown;
  /** Optional body fields left out because Prism cannot read them (see `readableByPrism`). */
  omitted: string[];
}

export type ClientMethod = (...args: unknown[]) => PromiseLike<unknown> & {
  withResponse(): Promise<{ data: unknown; response: Response }>;
};

/** The generated method of an operation: `client.<resourcePath>.<name>`, bound to its resource. */
export function methodOf(client: Cartesia, op: Operation): ClientMethod {
  let target: unknown = client;
  for (const segment of op.resourcePath) {
    target = (target as Record<string, unknown>)[segment];
    if (typeof target !== 'object' || target === null) throw new Error(`client.${op.resourcePath.join('.')} does not exist (${op.id})`);
  }
  const method = (target as Record<string, unknown>)[op.name];
  if (typeof method !== 'function') throw new Error(`client.${[...op.resourcePath, op.name].join('.')} is not a method (${op.id})`);
  return (method as ClientMethod).bind(target);
}

/** Whether the generated method takes a params object after the path values. */
export function takesParams(op: Operation): boolean {
  const { query, header, cookie } = op.parameters;
  return query.length + header.length + cookie.length > 0 || op.requestBody !== undefined;
}

/** Calls the method with the case's arguments and, when given, request options (the last argument). */
export function invoke(client: Cartesia, c: ContractCase, options?: RequestOptions): ReturnType<ClientMethod> {
  const args: unknown[] = [...c.pathArgs];
  if (takesParams(c.op)) args.push(c.params ?? {});
  if (options) args.push(options);
  return methodOf(client, c.op)(...args);
}

export class CaseBuilder {
  private readonly resolver: SchemaResolver;
  private fileCount = 0;

  constructor(readonly model: ApiModel) {
    this.resolver = new SchemaResolver(model.schemas);
  }

  /** One case with only what the spec requires, and one with every top-level parameter and body field. */
  casesFor(op: Operation): ContractCase[] {
    const full = this.build(op, 'full');
    const required = this.build(op, 'required');
    const same = JSON.stringify(required.bodyForSchema) === JSON.stringify(full.bodyForSchema) && sameKeys(required.params, full.params);
    return same ? [{ ...required, title: op.id }] : [required, full];
  }

  allCases(): ContractCase[] {
    return this.model.operations.flatMap((op) => this.casesFor(op));
  }

  /** A file part: alternately bytes and a Blob, so both upload shapes reach the server. */
  private file(): Uint8Array | Blob {
    this.fileCount += 1;
    return this.fileCount % 2 === 1 ? FILE_BYTES.slice() : new Blob([FILE_BYTES], { type: 'audio/wav' });
  }

  private build(op: Operation, variant: Variant): ContractCase {
    const sending = new Synthesizer(this.resolver, { binary: () => this.file() });
    const checking = new Synthesizer(this.resolver, { binary: () => FILE_STAND_IN });
    const pathArgs = op.parameters.path.map((p) => this.parameterValue(sending, p));
    const params: Record<string, unknown> = {};
    for (const p of [...op.parameters.query, ...op.parameters.header, ...op.parameters.cookie]) {
      if (p.fixedValue !== undefined && !p.required) continue; // the client sends it by itself
      if (variant === 'full' || p.required) params[p.name] = this.parameterValue(sending, p);
    }
    let bodyForSchema: unknown;
    const omitted: string[] = [];
    const body = op.requestBody;
    if (body) {
      const readable = (name: string, schema: Schema): boolean => {
        // A field the spec declares as bracket parts (deepObject) reaches Prism as parts it decodes into the object.
        const deep = body.fields.find((f) => f.name === name)?.wire.style === 'deepObject';
        const ok = body.encoding !== 'multipart' || deep || this.readableByPrism(schema);
        if (!ok && !omitted.includes(name)) omitted.push(name);
        return ok;
      };
      const value = this.bodyValue(sending, body.schema, variant, readable);
      bodyForSchema = this.bodyValue(checking, body.schema, variant, readable);
      if (body.merged) {
        if (!isRecord(value)) throw new Error(`${op.id}: a merged body must be an object`);
        Object.assign(params, value);
      } else {
        params.body = body.encoding === 'binary' ? this.file() : value;
      }
    }
    const what = variant === 'full' ? `every top-level field${omitted.length > 0 ? ` but ${omitted.join(', ')}` : ''}` : 'required only';
    return { title: `${op.id} (${what})`, op, variant, pathArgs, params: takesParams(op) ? params : undefined, bodyForSchema, omitted };
  }

  private parameterValue(synth: Synthesizer, p: Parameter): unknown {
    if (p.fixedValue !== undefined) return p.fixedValue;
    return synth.value(p.schema, p.name);
  }

  /** The body: the schema's example or its required properties, plus (full) every other top-level one. */
  private bodyValue(synth: Synthesizer, schema: Schema, variant: Variant, readable: (name: string, schema: Schema) => boolean): unknown {
    const value = synth.value(schema, 'body');
    const s = this.resolver.deref(schema);
    if (variant !== 'full' || !isRecord(value) || !s.properties) return value;
    const out: Record<string, unknown> = { ...value };
    for (const [name, property] of Object.entries(s.properties)) {
      if (!(name in out) && !property.readOnly && readable(name, property)) out[name] = synth.value(property, name);
    }
    return out;
  }

  /**
   * Prism 5 reads each multipart part as one string (the last part of a name wins) and never decodes JSON
   * parts, so it can only validate fields with a scalar schema. An optional object or array field (sent by
   * the client as a JSON part or as repeated parts) is left out of the request rather than reported wrongly.
   */
  private readableByPrism(schema: Schema): boolean {
    const s = this.resolver.deref(schema);
    const members = [...(s.oneOf ?? []), ...(s.anyOf ?? [])].map((m) => this.resolver.deref(m));
    const types = [s, ...members].flatMap((m) => (Array.isArray(m.type) ? m.type : m.type ? [m.type] : m.properties ? ['object'] : []));
    return !types.includes('object') && !types.includes('array');
  }

  /**
   * Events of an event-stream response as the spec describes them: one per member of the event union (its
   * example, else synthesized), leaving out the in-stream error events the client throws instead of yielding.
   */
  eventsFor(op: Operation): unknown[] {
    const schema = op.response.schema;
    if (!schema) return [];
    const synth = new Synthesizer(this.resolver, { binary: () => 'AAAA' });
    const s = this.resolver.deref(schema);
    const members = s.oneOf ?? s.anyOf ?? [schema];
    const inStream = this.model.errors.inStream;
    return members
      .map((member) => synth.value(member, 'event'))
      .filter((event) => !(inStream && isRecord(event) && event[inStream.field] === inStream.value));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): boolean {
  return Object.keys(a ?? {}).join() === Object.keys(b ?? {}).join();
}
