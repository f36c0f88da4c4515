// After a Swagger 2.0 document is upgraded in memory, every later stage speaks of OpenAPI 3 pointers
// (#/components/schemas/X, .../requestBody/content/...). This maps such a pointer back to the node of the
// 2.0 file it came from, so a message names a line the user wrote; a move it does not know falls back to the
// nearest ancestor that exists in the 2.0 file (the operation, the path item).
import { getAtPointer, joinPointer, splitPointer } from './json-pointer.js';

type Segments = string[];

/** Where the 2.0 document keeps what 3.0 keeps under `components/<kind>`. */
const CONTAINERS: Record<string, string> = {
  schemas: 'definitions',
  securitySchemes: 'securityDefinitions',
  parameters: 'parameters',
  requestBodies: 'parameters',
  responses: 'responses',
};

/** Returns a function from a pointer into `upgraded` to the pointer of the matching node in `original`. */
export function swagger2PointerMap(original: unknown, upgraded: unknown): (pointer: string) => string {
  return (pointer) => {
    let segments: Segments;
    try {
      segments = splitPointer(pointer);
    } catch {
      return pointer;
    }
    return existingPrefix(original, mapSegments(original, upgraded, segments));
  };
}

function mapSegments(original: unknown, upgraded: unknown, s: Segments): Segments {
  const [top, kind, name, ...rest] = s;
  if (top === 'components' && name === undefined) return [CONTAINERS[kind ?? ''] ?? ''].filter((c) => c !== '');
  if (top === 'components' && name !== undefined) {
    switch (kind) {
      case 'schemas':
        return ['definitions', name, ...rest];
      case 'securitySchemes':
        return ['securityDefinitions', name, ...rest];
      case 'parameters':
        return ['parameters', name, ...dropSchema(rest)];
      case 'requestBodies':
        return ['parameters', name, ...bodyRest(rest)];
      case 'responses':
        return ['responses', name, ...responseRest(rest)];
    }
  }
  if (top === 'servers') return [getAtPointer(original, '/host') === undefined ? 'basePath' : 'host'];
  if (top === 'paths' && kind !== undefined && name !== undefined) return pathSegments(original, upgraded, kind, name, rest);
  return s;
}

function pathSegments(original: unknown, upgraded: unknown, path: string, second: string, rest: Segments): Segments {
  const item = ['paths', path];
  if (second === 'parameters') return [...item, ...parameterRest(original, upgraded, item, rest)];
  const op = [...item, second];
  const [field, ...inner] = rest;
  if (field === 'parameters') return [...op, ...parameterRest(original, upgraded, op, inner)];
  if (field === 'requestBody') return requestBodySegments(original, op, item, inner);
  if (field === 'responses' && inner.length > 0) {
    const [status, ...after] = inner;
    return [...op, 'responses', status!, ...responseRest(after)];
  }
  return [...op, ...rest];
}

/** `parameters/i/...` in the upgraded list → the 2.0 parameter with the same name and location. */
function parameterRest(original: unknown, upgraded: unknown, owner: Segments, rest: Segments): Segments {
  const [index, ...after] = rest;
  if (index === undefined) return ['parameters'];
  const converted = getAtPointer(upgraded, joinPointer('', ...owner, 'parameters', index));
  const list = getAtPointer(original, joinPointer('', ...owner, 'parameters'));
  if (!isRecord(converted) || !Array.isArray(list)) return ['parameters', index, ...after];
  const found = list.findIndex((p) =>
    isRecord(p) && typeof converted.$ref === 'string'
      ? typeof p.$ref === 'string' && p.$ref.split('/').pop() === converted.$ref.split('/').pop()
      : isRecord(p) && p.name === converted.name && p.in === converted.in,
  );
  return found === -1 ? ['parameters'] : ['parameters', String(found), ...dropSchema(after)];
}

/** A request body came from the operation's `in: body` parameter, or from its `in: formData` ones. */
function requestBodySegments(original: unknown, op: Segments, item: Segments, rest: Segments): Segments {
  for (const owner of [op, item]) {
    const list = getAtPointer(original, joinPointer('', ...owner, 'parameters'));
    if (!Array.isArray(list)) continue;
    const body = list.findIndex((p) => isRecord(p) && p.in === 'body');
    if (body !== -1) return [...owner, 'parameters', String(body), ...bodyRest(rest)];
    // A body parameter shared under `parameters:` and referenced: its schema is written there.
    const shared = list.map((p) => sharedParameter(original, p)).find((found) => found?.in === 'body');
    if (shared) return ['parameters', shared.name, ...bodyRest(rest)];
    // content/<type>/schema/properties/<name>/... → the formData parameter of that name
    const field = rest[0] === 'content' && rest[2] === 'schema' && rest[3] === 'properties' ? rest[4] : undefined;
    const form = list.findIndex((p) => isRecord(p) && p.in === 'formData' && (field === undefined || p.name === field));
    if (form !== -1) return [...owner, 'parameters', String(form), ...(field === undefined ? [] : dropSchema(rest.slice(5)))];
  }
  return op;
}

/** The shared parameter a `{ $ref: '#/parameters/Name' }` entry points at, with its name. */
function sharedParameter(original: unknown, entry: unknown): { name: string; in: unknown } | undefined {
  if (!isRecord(entry) || typeof entry.$ref !== 'string' || !entry.$ref.startsWith('#/parameters/')) return undefined;
  const name = entry.$ref.slice('#/parameters/'.length).replace(/~1/g, '/').replace(/~0/g, '~');
  const target = getAtPointer(original, joinPointer('/parameters', name));
  return isRecord(target) ? { name, in: target.in } : undefined;
}

/** `content/<type>/schema/...` of a body → `schema/...` of the body parameter. */
function bodyRest(rest: Segments): Segments {
  return rest[0] === 'content' && rest[2] === 'schema' ? ['schema', ...rest.slice(3)] : [];
}

/** `content/<type>/schema/...` → `schema/...`; `headers/H/schema/...` → `headers/H/...`. */
function responseRest(rest: Segments): Segments {
  if (rest[0] === 'content' && rest[2] === 'schema') return ['schema', ...rest.slice(3)];
  if (rest[0] === 'content') return ['examples'];
  if (rest[0] === 'headers' && rest[1] !== undefined) return ['headers', rest[1], ...dropSchema(rest.slice(2))];
  return rest;
}

/** 2.0 parameters and headers carry `type`, `items`... themselves, where 3.0 puts them under `schema`. */
function dropSchema(rest: Segments): Segments {
  return rest[0] === 'schema' ? rest.slice(1) : rest;
}

/** The longest prefix of `segments` that names a node of the 2.0 document. */
function existingPrefix(original: unknown, segments: Segments): string {
  for (let n = segments.length; n > 0; n--) {
    const pointer = joinPointer('', ...segments.slice(0, n));
    if (getAtPointer(original, pointer) !== undefined) return pointer;
  }
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
