// The wire facts of an OpenAPI document, in one comparable shape: paths, methods, parameters, field names,
// types, enums (and whether they are open), formats, required-ness and content types. Prose, examples and titles
// are documentation and are left out, so the spec and Cartesia's published reference can be compared.
import type { SpecSource } from '../../../generator/load/load-spec.js';

export type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
// Keywords that carry facts about the wire format; everything else is documentation.
const FACT_KEYWORDS = ['format', 'default', 'deprecated', 'minimum', 'maximum', 'pattern', 'maxItems', 'const'];

export function isRecord(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The comparable facts of a schema, in either dialect (3.0 `nullable` or 3.1 type arrays). */
export function facts(schema: unknown): unknown {
  if (!isRecord(schema)) return schema;
  const out: Json = {};
  let nullable = schema.nullable === true;
  let base = schema;
  // 3.1 spelling of a nullable reference: anyOf [X, {type: null}].
  if (Array.isArray(schema.anyOf) && schema.anyOf.length === 2 && schema.anyOf.some((s) => isRecord(s) && s.type === 'null')) {
    nullable = true;
    base = { ...schema, ...(schema.anyOf.find((s) => !(isRecord(s) && s.type === 'null')) as Json), anyOf: undefined };
  }
  if (typeof base.$ref === 'string') out.ref = base.$ref.split('/').pop();
  const types = Array.isArray(base.type) ? base.type.map(String) : base.type !== undefined ? [String(base.type)] : [];
  if (nullable && types.length > 0 && !types.includes('null')) types.push('null');
  if (types.length > 0) out.type = types.sort();
  // A nullable reference (3.0 `nullable` beside `$ref`, 3.1 `anyOf [$ref, null]`) differs from a plain one.
  else if (nullable && out.ref !== undefined) out.nullable = true;
  if (Array.isArray(base.enum))
    out.enum = base.enum
      .filter((v) => v !== null)
      .map(String)
      .sort();
  // Whether the API may send or accept values beyond the listed ones is a fact clients act on.
  if (base['x-extensible-enum'] !== undefined) out.open = true;
  for (const key of FACT_KEYWORDS) if (base[key] !== undefined) out[key] = base[key];
  if (isRecord(base.properties)) out.properties = Object.fromEntries(Object.entries(base.properties).map(([k, v]) => [k, facts(v)]));
  if (Array.isArray(base.required)) out.required = [...base.required].sort();
  if (base.items !== undefined) out.items = facts(base.items);
  if (base.additionalProperties !== undefined) out.additionalProperties = facts(base.additionalProperties);
  for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(base[key])) out[key] = (base[key] as unknown[]).map(facts);
  if (isRecord(base.discriminator)) {
    const mapping = isRecord(base.discriminator.mapping)
      ? Object.fromEntries(Object.entries(base.discriminator.mapping).map(([k, v]) => [k, String(v).split('/').pop()]))
      : undefined;
    out.discriminator = { propertyName: base.discriminator.propertyName, ...(mapping ? { mapping } : {}) };
  }
  return out;
}

export interface OperationFacts {
  parameters: Json;
  body?: { required: boolean; content: Json };
  responses: Json;
}

function operationFacts(source: SpecSource, op: Json): OperationFacts {
  const parameters: Json = {};
  for (const raw of (op.parameters as unknown[]) ?? []) {
    const p = source.deref<Json>(raw, { file: source.rootFile, pointer: '' }).value;
    if (p.name === 'Cartesia-Version') continue; // its value is compared as `apiVersion`
    parameters[`${String(p.in)}:${String(p.name)}`] = { required: p.required === true, schema: facts(p.schema) };
  }
  const result: OperationFacts = { parameters, responses: {} };
  if (isRecord(op.requestBody)) {
    const content = op.requestBody.content as Json;
    result.body = {
      required: op.requestBody.required === true,
      content: Object.fromEntries(Object.entries(content).map(([type, media]) => [type, facts((media as Json).schema)])),
    };
  }
  for (const [status, response] of Object.entries(op.responses as Json)) {
    const content = isRecord((response as Json).content) ? ((response as Json).content as Json) : {};
    result.responses[status] = Object.fromEntries(Object.entries(content).map(([type, media]) => [type, facts((media as Json).schema)]));
  }
  return result;
}

/** Everything the reference comparison looks at, keyed so that a change can name its place as a path. */
export interface SpecFacts {
  /** The `Cartesia-Version` value: our `x-api-version.default`, or the reference's header parameter enum. */
  apiVersion: string | undefined;
  /** `METHOD path` → facts. */
  operations: Record<string, OperationFacts>;
  /** `METHOD path` → operationId (not compared with the reference, whose ids are spelled differently). */
  operationIds: Record<string, string>;
  schemas: Record<string, unknown>;
  /** `x-websockets` channels (ours only): name → { path, query, sends: { command name → wire identity } }. */
  channels: Record<string, Json>;
}

function apiVersionOf(source: SpecSource): string | undefined {
  const ours = source.root['x-api-version'];
  if (isRecord(ours) && typeof ours.default === 'string') return ours.default;
  const header = ((source.root.components as Json).parameters as Json | undefined)?.CartesiaVersionHeader;
  const values = isRecord(header) && isRecord(header.schema) ? header.schema.enum : undefined;
  return Array.isArray(values) && values.length === 1 ? String(values[0]) : undefined;
}

function channelsOf(source: SpecSource): Record<string, Json> {
  const channels = source.root['x-websockets'];
  if (!isRecord(channels)) return {};
  return Object.fromEntries(
    Object.entries(channels).map(([name, raw]) => {
      const channel = raw as Json;
      const sends = Object.fromEntries(
        ((channel.send as Json[]) ?? []).map((command) => [
          String(command.name),
          command.text !== undefined ? { text: command.text } : { schema: facts(command.schema), set: command.set ?? {} },
        ]),
      );
      return [name, { path: channel.path, query: facts(channel.query), sends }];
    }),
  );
}

export function specFacts(source: SpecSource): SpecFacts {
  const operations: Record<string, OperationFacts> = {};
  const operationIds: Record<string, string> = {};
  for (const [path, item] of Object.entries(source.root.paths as Json)) {
    for (const method of METHODS) {
      const op = (item as Json)[method];
      if (!isRecord(op)) continue;
      operations[`${method.toUpperCase()} ${path}`] = operationFacts(source, op);
      if (typeof op.operationId === 'string') operationIds[`${method.toUpperCase()} ${path}`] = op.operationId;
    }
  }
  const schemas = Object.fromEntries(
    Object.entries((source.root.components as Json).schemas as Json).map(([name, node]) => {
      // Our components point into schemas/*.yaml; the published reference holds the bodies inline.
      const pointsElsewhere = isRecord(node) && typeof node.$ref === 'string' && !node.$ref.startsWith('#');
      const body = pointsElsewhere
        ? source.resolveRef(node.$ref as string, { file: source.rootFile, pointer: `/components/schemas/${name}/$ref` }).value
        : node;
      return [name, facts(body)];
    }),
  );
  return { apiVersion: apiVersionOf(source), operations, operationIds, schemas, channels: channelsOf(source) };
}
