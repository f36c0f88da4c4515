// Request bodies and responses: which media type an operation speaks, how its body is encoded, and what
// kind of value the client hands back.
import type { Problem } from '../errors.js';
import { joinPointer } from '../load/json-pointer.js';
import type { Origin, SpecSource } from '../load/load-spec.js';
import { defaultFieldEncoding, fieldEncodings, type FieldShape } from './field-encoding.js';
import { isRecord, type SchemaRegistry } from './schemas.js';
import type { BodyEncoding, BodyField, RequestBody, ResponseInfo, ResponseKind, ResponseModel } from './types.js';

export function bodyEncodingOf(contentType: string): BodyEncoding {
  const type = mediaType(contentType);
  if (isJsonMedia(type)) return 'json';
  if (type === 'multipart/form-data' || type.startsWith('multipart/')) return 'multipart';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('text/')) return 'text';
  return 'binary';
}

export function responseKindOf(contentType: string | undefined): ResponseKind {
  if (contentType === undefined) return 'none';
  const type = mediaType(contentType);
  if (type === 'text/event-stream') return 'event-stream';
  if (isJsonMedia(type)) return 'json';
  if (type.startsWith('text/') || type === 'application/xml' || type.endsWith('+xml') || type === 'application/x-ndjson') return 'text';
  return 'binary';
}

const BODY_PREFERENCE: BodyEncoding[] = ['json', 'multipart', 'form', 'binary', 'text'];
const RESPONSE_PREFERENCE: ResponseKind[] = ['json', 'event-stream', 'binary', 'text'];

function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

function isJsonMedia(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json') || /^application\/(.+\.)?json($|-)/.test(type);
}

export interface PayloadContext {
  source: SpecSource;
  schemas: SchemaRegistry;
}

/** The request body, or `undefined` when the operation declares none (or an empty `content`). */
export function buildRequestBody(
  ctx: PayloadContext & { problems: Problem[] },
  node: unknown,
  origin: Origin,
  parameterKeys: Set<string>,
): RequestBody | undefined {
  const { value: body, origin: at } = ctx.source.deref<Record<string, unknown>>(node, origin);
  if (!isRecord(body) || !isRecord(body.content)) return undefined;
  const contentTypes = Object.keys(body.content);
  if (contentTypes.length === 0) return undefined;
  // JSON is simplest, unless a form variant carries files that JSON cannot.
  const withFiles = (type: string): boolean => {
    const media = (body.content as Record<string, unknown>)[type];
    if (!isRecord(media) || bodyEncodingOf(type) !== 'multipart') return false;
    return formFields(
      ctx,
      objectProperties(ctx, media.schema, { file: at.file, pointer: joinPointer(at.pointer, 'content', type, 'schema') }),
    ).some((f) => f.isFile);
  };
  const rank = (type: string): number => (withFiles(type) ? -1 : BODY_PREFERENCE.indexOf(bodyEncodingOf(type)));
  const chosen = [...contentTypes].sort((a, b) => rank(a) - rank(b))[0]!;
  const mediaAt = { file: at.file, pointer: joinPointer(at.pointer, 'content', chosen) };
  const media = isRecord(body.content[chosen]) ? (body.content[chosen] as Record<string, unknown>) : {};
  const schemaAt = { file: mediaAt.file, pointer: joinPointer(mediaAt.pointer, 'schema') };
  const encoding = bodyEncodingOf(chosen);
  const rawSchema = media.schema ?? (encoding === 'binary' ? { type: 'string', format: 'binary' } : {});
  const schema = ctx.schemas.normalize(rawSchema, ctx.source.originOf(rawSchema) ?? schemaAt);
  const properties = objectProperties(ctx, rawSchema, schemaAt);
  const formLike = encoding === 'multipart' || encoding === 'form';
  const fields = formLike ? formFields(ctx, properties, encoding) : [];
  if (formLike) {
    const shapes = new Map(fields.map((f) => [f.name, shapeOf(ctx, f, properties!)]));
    const wires = fieldEncodings(ctx, media, mediaAt, encoding, shapes);
    for (const field of fields) field.wire = wires.get(field.name)!;
  }
  const merged =
    encoding !== 'binary' &&
    encoding !== 'text' &&
    properties !== undefined &&
    ![...properties.names.keys()].some((k) => parameterKeys.has(k) || k === 'body');
  return {
    required: body.required === true,
    contentType: chosen,
    encoding,
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    schema,
    merged,
    requiredProperties: properties ? [...properties.required].filter((name) => properties.names.has(name)) : [],
    emptyAllowed: properties?.emptyAllowed ?? false,
    fields,
    otherContentTypes: contentTypes.filter((c) => c !== chosen),
  };
}

interface ObjectProperties {
  /** Property name → raw schema node and its origin. */
  names: Map<string, { node: unknown; origin: Origin }>;
  required: Set<string>;
  /** Whether `{}` satisfies the schema (no required property on every path through it). */
  emptyAllowed: boolean;
}

/** Top-level properties of an object-like schema (through `$ref` and `allOf`), or undefined if not object-like. */
function objectProperties(ctx: PayloadContext, node: unknown, origin: Origin, depth = 0): ObjectProperties | undefined {
  if (depth > 20) return undefined;
  const { value, origin: at } = ctx.source.deref<Record<string, unknown>>(node, origin);
  if (!isRecord(value)) return undefined;
  // Memoized by schema object: schemas that reach one another through many $refs (allOf: [S, S, S] over 20
  // levels) are read once each instead of 3^20 times; one found again while it is being read is a cycle.
  if (propertiesOf.has(value)) {
    const known = propertiesOf.get(value);
    return known === IN_PROGRESS ? undefined : known;
  }
  propertiesOf.set(value, IN_PROGRESS);
  const result = readObjectProperties(ctx, value, at, depth);
  propertiesOf.set(value, result);
  return result;
}

const IN_PROGRESS = Symbol('in progress');
const propertiesOf = new WeakMap<object, ObjectProperties | undefined | typeof IN_PROGRESS>();

function readObjectProperties(
  ctx: PayloadContext,
  value: Record<string, unknown>,
  at: Origin,
  depth: number,
): ObjectProperties | undefined {
  const types = Array.isArray(value.type) ? value.type : value.type === undefined ? [] : [value.type];
  const ownRequired = Array.isArray(value.required) ? value.required.map(String) : [];
  const result: ObjectProperties = { names: new Map(), required: new Set(ownRequired), emptyAllowed: ownRequired.length === 0 };
  let objectLike = types.includes('object') || isRecord(value.properties);
  if (isRecord(value.properties)) {
    for (const [name, prop] of Object.entries(value.properties)) {
      result.names.set(name, {
        node: prop,
        origin: ctx.source.originOf(prop) ?? { file: at.file, pointer: joinPointer(at.pointer, 'properties', name) },
      });
    }
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const parts = value[key];
    if (!Array.isArray(parts)) continue;
    // A union requires what every member requires; an intersection what any member does.
    let shared: Set<string> | undefined;
    let someMemberAllowsEmpty = false;
    for (const [i, part] of parts.entries()) {
      const inner = objectProperties(ctx, part, { file: at.file, pointer: joinPointer(at.pointer, key, i) }, depth + 1);
      if (!inner) {
        if (key === 'allOf' || !isNullSchema(part)) return undefined;
        continue;
      }
      objectLike = true;
      for (const [name, prop] of inner.names) if (!result.names.has(name)) result.names.set(name, prop);
      if (key === 'allOf') {
        for (const name of inner.required) result.required.add(name);
        if (!inner.emptyAllowed) result.emptyAllowed = false;
      } else {
        shared = shared ? new Set([...shared].filter((n) => inner.required.has(n))) : new Set(inner.required);
        if (inner.emptyAllowed) someMemberAllowsEmpty = true;
      }
    }
    for (const name of shared ?? []) result.required.add(name);
    // A discriminated union requires its tag: every member must say which one it is.
    if (key !== 'allOf' && isRecord(value.discriminator) && typeof value.discriminator.propertyName === 'string') {
      result.required.add(value.discriminator.propertyName);
      someMemberAllowsEmpty = false;
    }
    if (key !== 'allOf' && !someMemberAllowsEmpty) result.emptyAllowed = false;
  }
  if (types.some((t) => t !== 'object' && t !== 'null')) return undefined;
  return objectLike ? result : undefined;
}

function isNullSchema(node: unknown): boolean {
  return isRecord(node) && node.type === 'null';
}

function formFields(ctx: PayloadContext, properties: ObjectProperties | undefined, encoding: BodyEncoding = 'multipart'): BodyField[] {
  if (!properties) return [];
  return [...properties.names].map(([name, { node, origin }]) => {
    const resolved = ctx.source.deref<Record<string, unknown>>(node, origin).value;
    const isArray = isRecord(resolved) && (resolved.type === 'array' || (Array.isArray(resolved.type) && resolved.type.includes('array')));
    const element = isArray && isRecord(resolved) ? ctx.source.deref(resolved.items, origin).value : resolved;
    const schema = ctx.schemas.normalize(node, origin);
    const isFile = isBinarySchema(element);
    return {
      name,
      required: properties.required.has(name),
      isFile,
      isArray,
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      schema,
      wire: defaultFieldEncoding(isFile ? 'file' : isArray ? 'array' : 'other', encoding),
    };
  });
}

/** Whether a field holds a file, an array, an object (through `$ref`, `allOf`, a union of objects) or else. */
function shapeOf(ctx: PayloadContext, field: BodyField, properties: ObjectProperties): FieldShape {
  if (field.isFile) return 'file';
  if (field.isArray) return 'array';
  const { node, origin } = properties.names.get(field.name)!;
  return objectProperties(ctx, node, origin) ? 'object' : 'other';
}

/** `type: string, format: binary` (3.0), or a 3.1 string with a `contentMediaType` and no text encoding. */
export function isBinarySchema(node: unknown): boolean {
  if (!isRecord(node)) return false;
  if (node.format === 'binary') return true;
  return (
    typeof node.contentMediaType === 'string' && node.contentEncoding === undefined && !String(node.contentMediaType).startsWith('text/')
  );
}

/** The success response the method returns, and every declared response for documentation. */
export interface BuiltResponses {
  response: ResponseModel;
  responses: ResponseInfo[];
  /** Raw schema node of the returned body, for convention checks such as pagination. */
  rawSchema?: { node: unknown; origin: Origin };
}

export function buildResponses(ctx: PayloadContext, node: unknown, origin: Origin): BuiltResponses {
  const responses: ResponseInfo[] = [];
  const resolvedByStatus = new Map<string, { value: Record<string, unknown>; origin: Origin }>();
  if (isRecord(node)) {
    for (const [status, raw] of Object.entries(node)) {
      if (status.startsWith('x-')) continue;
      const resolved = ctx.source.deref<Record<string, unknown>>(raw, { file: origin.file, pointer: joinPointer(origin.pointer, status) });
      const value = isRecord(resolved.value) ? resolved.value : {};
      resolvedByStatus.set(status, { value, origin: resolved.origin });
      responses.push({
        status,
        ...(typeof value.description === 'string' ? { description: value.description } : {}),
        contentTypes: isRecord(value.content) ? Object.keys(value.content) : [],
      });
    }
  }
  const success = [...resolvedByStatus.keys()].filter((s) => /^2\d\d$/.test(s)).sort();
  // Prefer the first 2xx with a body; a bodiless 204 next to a 200 with one is the exception, not the rule.
  const withBody = success.find((s) => Object.keys(resolvedByStatus.get(s)!.value.content ?? {}).length > 0);
  const status = withBody ?? success[0] ?? (resolvedByStatus.has('2XX') ? '2XX' : undefined);
  if (status === undefined) return { response: { status: 200, kind: 'none' }, responses };
  const { value, origin: at } = resolvedByStatus.get(status)!;
  const content = isRecord(value.content) ? value.content : {};
  const contentTypes = Object.keys(content);
  const chosen = [...contentTypes].sort(
    (a, b) => RESPONSE_PREFERENCE.indexOf(responseKindOf(a)) - RESPONSE_PREFERENCE.indexOf(responseKindOf(b)),
  )[0];
  const kind = responseKindOf(chosen);
  const response: ResponseModel = {
    status: status === '2XX' ? 200 : Number(status),
    kind,
    ...(chosen ? { contentType: chosen } : {}),
    ...(typeof value.description === 'string' ? { description: value.description } : {}),
  };
  if (chosen && (kind === 'json' || kind === 'event-stream')) {
    const media = isRecord(content[chosen]) ? (content[chosen] as Record<string, unknown>) : {};
    const schemaAt = ctx.source.originOf(media.schema) ?? { file: at.file, pointer: joinPointer(at.pointer, 'content', chosen, 'schema') };
    response.schema = media.schema === undefined ? {} : ctx.schemas.normalize(media.schema, schemaAt);
    return { response, responses, rawSchema: { node: media.schema, origin: schemaAt } };
  }
  return { response, responses };
}

/** Raw property schema of an object response (through `$ref`/`allOf`), used to detect pagination. */
export function responseProperty(
  ctx: PayloadContext,
  node: unknown,
  origin: Origin,
  name: string,
): { node: unknown; origin: Origin } | undefined {
  return objectProperties(ctx, node, origin)?.names.get(name);
}
