// Operations: one IR `Operation` per path + method, with parameters grouped by location, the request body,
// the returned response, accepted credentials and pagination.
import { problem, specName, type Problem } from '../errors.js';
import { joinPointer } from '../load/json-pointer.js';
import type { Origin } from '../load/load-spec.js';
import { memberIdentifier, typeIdentifier, words } from './names.js';
import { pathVariables, splitPathKey, type PathKey } from './path-key.js';
import { buildRequestBody, buildResponses, responseProperty, type PayloadContext } from './payloads.js';
import { isRecord, openEnumValues } from './schemas.js';
import type {
  ApiVersionConvention,
  HttpMethod,
  Operation,
  PaginationConvention,
  Parameter,
  ParameterLocation,
  ParametersByLocation,
  SecurityScheme,
} from './types.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationContext extends PayloadContext {
  problems: Problem[];
  apiVersion?: ApiVersionConvention;
  pagination?: PaginationConvention;
  schemes: SecurityScheme[];
}

interface OperationEntry {
  key: PathKey;
  method: (typeof HTTP_METHODS)[number];
  op: Record<string, unknown>;
  at: Origin;
  item: Record<string, unknown>;
  itemAt: Origin;
}

export function buildOperations(ctx: OperationContext): Operation[] {
  const entries: OperationEntry[] = [];
  const paths = isRecord(ctx.source.root.paths) ? ctx.source.root.paths : {};
  for (const [pathTemplate, rawItem] of Object.entries(paths)) {
    if (pathTemplate.startsWith('x-')) continue;
    const itemAt: Origin = { file: ctx.source.rootFile, pointer: joinPointer('/paths', pathTemplate) };
    const { value: item, origin: itemOrigin } = ctx.source.deref<Record<string, unknown>>(rawItem, itemAt);
    if (!isRecord(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const at = { file: itemOrigin.file, pointer: joinPointer(itemOrigin.pointer, method) };
      entries.push({ key: splitPathKey(pathTemplate), method, op, at, item, itemAt: itemOrigin });
    }
  }
  const ids = new OperationIds(ctx, entries);
  return entries.map((entry) => buildOperation(ctx, entry, ids));
}

/** Keeps operationIds apart: a repeat within one resource is generated as `<id>2` (`3`, ...), with a warning. */
class OperationIds {
  private readonly taken: Set<string>;
  private readonly first = new Map<string, { at: Origin; resource: string }>();
  constructor(
    private readonly ctx: OperationContext,
    entries: OperationEntry[],
  ) {
    this.taken = new Set(entries.map((e) => e.op.operationId).filter((id): id is string => typeof id === 'string'));
  }

  /** The id to generate the operation with. */
  use(id: string, resource: string, at: Origin, op: Record<string, unknown>): string {
    const first = this.first.get(id);
    if (!first) {
      this.first.set(id, { at, resource });
      return id;
    }
    const line = this.ctx.source.locate(first.at).line ?? '?';
    const shown = this.ctx.source.nameFrom(id, at);
    const where = this.ctx.source.locateNode(op, at);
    if (first.resource !== resource) {
      // Each tag is its own resource, so the method names stay distinct without a rename.
      this.ctx.problems.push(
        problem(
          'operation-id-duplicate',
          `operationId${shown} repeats line ${line} on another resource: both keep the id, each on its own resource`,
          'operationIds should be unique: rename one of them',
          where,
          'warning',
        ),
      );
      return id;
    }
    let renamed = id;
    for (let n = 2; this.taken.has(renamed); n++) renamed = `${id}${n}`;
    this.taken.add(renamed);
    this.first.set(renamed, { at, resource });
    this.ctx.problems.push(
      problem(
        'operation-id-duplicate',
        `operationId${shown} repeats line ${line}: the second is generated as${shown ? specName(renamed) : ' the id with a numeric suffix'}`,
        'operationIds must be unique: rename one of them',
        where,
        'warning',
      ),
    );
    return renamed;
  }
}

function buildOperation(ctx: OperationContext, entry: OperationEntry, ids: OperationIds): Operation {
  const { key, method, op, at, item, itemAt } = entry;
  const pathTemplate = key.path;
  const explicit = typeof op.operationId === 'string' && op.operationId !== '';
  let id = explicit ? (op.operationId as string) : synthesizeId(method, pathTemplate);
  let { resourcePath, name } = placeOperation(id, explicit, op, pathTemplate);
  if (explicit) {
    const used = ids.use(id, resourcePath.join('.'), at, op);
    if (used !== id) ({ resourcePath, name } = placeOperation((id = used), true, op, pathTemplate));
  }
  const parameters = buildParameters(ctx, key, item, itemAt, op, at);
  const parameterKeys = new Set([...parameters.query, ...parameters.header, ...parameters.cookie].map((p) => p.name));
  const requestBody =
    op.requestBody === undefined
      ? undefined
      : buildRequestBody(ctx, op.requestBody, { file: at.file, pointer: joinPointer(at.pointer, 'requestBody') }, parameterKeys);
  const built = buildResponses(ctx, op.responses, { file: at.file, pointer: joinPointer(at.pointer, 'responses') });
  const operation: Operation = {
    id,
    name,
    resourcePath,
    method: method.toUpperCase() as HttpMethod,
    path: pathTemplate,
    ...(typeof op.summary === 'string' ? { summary: op.summary } : {}),
    ...(typeof op.description === 'string' ? { description: op.description } : {}),
    deprecated: op.deprecated === true,
    parameters,
    ...(requestBody ? { requestBody } : {}),
    response: built.response,
    responses: built.responses,
    security: security(ctx, op.security ?? ctx.source.root.security, at),
    typeNames: { params: ctx.schemas.reserveTypeName(typeIdentifier([...resourcePath, name, 'params'].join(' '))) },
  };
  const pagination = paginationOf(ctx, operation, built.rawSchema);
  if (pagination) operation.pagination = pagination;
  return operation;
}

/** `GET /pets/{petId}/toys` → `getPetsPetIdToys`. */
function synthesizeId(method: string, pathTemplate: string): string {
  return memberIdentifier(`${method} ${pathTemplate.replace(/[{}]/g, ' ')}`, method);
}

/**
 * Where the method lives: a dotted operationId names the resource path and method (`agents.calls.list`);
 * otherwise the first tag names the resource (minus a repeated tag prefix in the id), and an operation with
 * neither lives on the resource named by its first literal path segment.
 */
function placeOperation(
  id: string,
  explicitId: boolean,
  op: Record<string, unknown>,
  pathTemplate: string,
): { resourcePath: string[]; name: string } {
  if (explicitId && /^[A-Za-z_$][\w$-]*(\.[A-Za-z_$][\w$-]*)+$/.test(id)) {
    const parts = id.split('.').map((p) => memberIdentifier(p));
    return { resourcePath: parts.slice(0, -1), name: parts[parts.length - 1]! };
  }
  const tag = Array.isArray(op.tags) && typeof op.tags[0] === 'string' ? op.tags[0] : undefined;
  const segment = pathTemplate.split('/').find((s) => s !== '' && !s.startsWith('{'));
  const resource = tag ?? segment;
  const resourcePath = resource ? [memberIdentifier(resource)] : [];
  let idWords = words(id);
  const prefix = resource ? words(resource).map((w) => w.toLowerCase()) : [];
  if (prefix.length > 0 && idWords.length > prefix.length && prefix.every((w, i) => idWords[i]!.toLowerCase() === w)) {
    idWords = idWords.slice(prefix.length);
  }
  return { resourcePath, name: memberIdentifier(idWords.join(' '), 'call') };
}

const DEFAULT_STYLE: Record<ParameterLocation, Parameter['style']> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };

function buildParameters(
  ctx: OperationContext,
  key: PathKey,
  item: Record<string, unknown>,
  itemAt: Origin,
  op: Record<string, unknown>,
  at: Origin,
): ParametersByLocation {
  // Operation-level parameters override path-level ones with the same name and location.
  const byKey = new Map<string, { node: Record<string, unknown>; origin: Origin }>();
  const collect = (list: unknown, base: Origin): void => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const { value, origin } = ctx.source.deref<Record<string, unknown>>(raw, {
        file: base.file,
        pointer: joinPointer(base.pointer, 'parameters', i),
      });
      if (!isRecord(value) || typeof value.name !== 'string') return;
      byKey.set(`${String(value.in)}:${value.name}`, { node: value, origin });
    });
  };
  collect(item.parameters, itemAt);
  collect(op.parameters, at);

  const result: ParametersByLocation = { path: [], query: [], header: [], cookie: [] };
  for (const { node, origin } of byKey.values()) {
    const location = node.in as ParameterLocation;
    if (!(location in result)) continue;
    const name = node.name as string;
    // The API-version convention supplies this header on every request already.
    if (location === 'header' && ctx.apiVersion && name.toLowerCase() === ctx.apiVersion.header.toLowerCase()) continue;
    if (location === 'header' && ['accept', 'content-type', 'authorization'].includes(name.toLowerCase())) continue;
    const schemaNode = node.schema ?? firstContentSchema(node.content);
    const schemaAt = ctx.source.originOf(schemaNode) ?? { file: origin.file, pointer: joinPointer(origin.pointer, 'schema') };
    const fixedValue = pinnedValue(ctx, schemaNode, schemaAt);
    const style = (typeof node.style === 'string' ? node.style : DEFAULT_STYLE[location]) as Parameter['style'];
    result[location].push({
      name,
      location,
      required: (location === 'path' || node.required === true) && fixedValue === undefined,
      ...(typeof node.description === 'string' ? { description: node.description } : {}),
      deprecated: node.deprecated === true,
      schema: schemaNode === undefined ? {} : ctx.schemas.normalize(schemaNode, schemaAt),
      style,
      explode: typeof node.explode === 'boolean' ? node.explode : style === 'form',
      ...(fixedValue !== undefined && node.required === true ? { fixedValue } : {}),
    });
  }
  // Path parameters follow the order of the template, which is the order of positional arguments.
  const order = pathVariables(key.path).filter((name) => name !== '');
  for (const name of order) {
    if (!result.path.some((p) => p.name === name)) {
      result.path.push({
        name,
        location: 'path',
        required: true,
        deprecated: false,
        schema: { type: 'string' },
        style: 'simple',
        explode: false,
      });
    }
  }
  // A declared path parameter the template does not use is ignored (validate warns): it has nowhere to go.
  result.path = result.path.filter((p) => order.includes(p.name));
  result.path.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  // A query string written into the path key (validate warns): declared query parameters win.
  for (const q of key.query) {
    if (result.query.some((p) => p.name === q.name || p.name === q.variable)) continue;
    result.query.push({
      name: q.name,
      location: 'query',
      required: q.variable !== undefined,
      deprecated: false,
      schema: q.variable !== undefined ? { type: 'string' } : { type: 'string', const: q.value! },
      style: 'form',
      explode: true,
      ...(q.value !== undefined ? { fixedValue: q.value } : {}),
    });
  }
  return result;
}

function firstContentSchema(content: unknown): unknown {
  if (!isRecord(content)) return undefined;
  const first = Object.values(content)[0];
  return isRecord(first) ? first.schema : undefined;
}

/** The single value a schema allows (`const`, or an `enum` of one), following `$ref`s. */
function pinnedValue(ctx: OperationContext, node: unknown, origin: Origin): string | number | boolean | undefined {
  if (node === undefined) return undefined;
  const { value } = ctx.source.deref<Record<string, unknown>>(node, origin);
  // An open enum of one known value still takes any other: nothing to pin.
  if (!isRecord(value) || openEnumValues(value)) return undefined;
  const candidate =
    value.const !== undefined ? value.const : Array.isArray(value.enum) && value.enum.length === 1 ? value.enum[0] : undefined;
  return typeof candidate === 'string' || typeof candidate === 'number' || typeof candidate === 'boolean' ? candidate : undefined;
}

function security(ctx: OperationContext, raw: unknown, at: Origin): string[][] {
  if (!Array.isArray(raw)) return [];
  const usable = new Set(ctx.schemes.filter((s) => s.transport !== 'none').map((s) => s.key));
  const alternatives: string[][] = [];
  for (const requirement of raw) {
    if (!isRecord(requirement)) continue;
    const declared = Object.keys(requirement).filter((k) => ctx.schemes.some((s) => s.key === k));
    const unknown = Object.keys(requirement).filter((k) => !declared.includes(k));
    for (const k of unknown) {
      const shown = ctx.source.nameFrom(k, at) || ' named here';
      ctx.problems.push(
        problem(
          'security-unknown',
          `security scheme${shown} is not declared in components.securitySchemes: ignored${declared.length === 0 ? ', and so is this requirement, which names no other scheme' : ''}`,
          'declare the scheme or fix the name',
          ctx.source.locateNode(requirement, at),
          'warning',
        ),
      );
    }
    // An alternative of undeclared schemes only is dropped: it must not turn into "no credentials needed".
    if (declared.length === 0 && unknown.length > 0) continue;
    const keys = declared;
    if (keys.every((k) => usable.has(k))) alternatives.push(keys);
  }
  return alternatives;
}

function paginationOf(ctx: OperationContext, op: Operation, raw: { node: unknown; origin: Origin } | undefined): Operation['pagination'] {
  const convention = ctx.pagination;
  if (!convention || op.method !== 'GET' || op.response.kind !== 'json' || !raw) return undefined;
  if (!op.parameters.query.some((p) => p.name === convention.afterParameter)) return undefined;
  const items = responseProperty(ctx, raw.node, raw.origin, convention.itemsField);
  if (!items) return undefined;
  const { value } = ctx.source.deref<Record<string, unknown>>(items.node, items.origin);
  if (!isRecord(value)) return undefined;
  const types = Array.isArray(value.type) ? value.type : [value.type];
  if (!types.includes('array')) return undefined;
  const itemsAt = ctx.source.originOf(value.items) ?? { file: items.origin.file, pointer: joinPointer(items.origin.pointer, 'items') };
  return { itemsField: convention.itemsField, itemSchema: ctx.schemas.normalize(value.items ?? {}, itemsAt) };
}
