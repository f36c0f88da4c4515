// Swagger 2.0 is read natively: the load stage upgrades the parsed document to OpenAPI 3.0 in memory with
// @scalar/openapi-upgrader (a pure function: no network, no files), before anything else looks at it.
// Why that library and not swagger2openapi: README.md, "Swagger 2.0".
import { upgradeFromTwoToThree } from '@scalar/openapi-upgrader/2.0-to-3.0';
import { GeneratorError, problem, type Problem } from '../errors.js';
import { joinPointer } from './json-pointer.js';
import type { SourceFile } from './parse-source.js';
import { swagger2PointerMap } from './swagger2-pointers.js';
import { swagger2Assumptions } from './swagger2-assumptions.js';
import { swagger2ShapeProblems } from './swagger2-shape.js';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

export function isSwagger2(data: unknown): data is Record<string, unknown> {
  // `swagger: 2.0` unquoted in YAML is the number 2: taken as meant.
  return isRecord(data) && (data.swagger === 2 || (typeof data.swagger === 'string' && /^2\.0(\.\d+)?$/.test(data.swagger.trim())));
}

/**
 * The root file upgraded: its data is the OpenAPI 3.0 document, and `locate` answers for a 3.0 pointer with
 * the line of the 2.0 node it came from. `warnings` tells the user the document was read as Swagger 2.0.
 */
export function upgradeSwagger2(file: SourceFile): { file: SourceFile; warnings: Problem[] } {
  const original = file.data as Record<string, unknown>;
  refuseExternalRefs(original, file);
  const shape = swagger2ShapeProblems(original, (pointer) => file.locate(pointer));
  if (shape.length > 0) throw new GeneratorError(shape);
  // The upgrader rewrites its argument in place: it gets a copy, and the original stays for locating.
  const copy: Record<string, unknown> = { ...structuredClone(original), swagger: '2.0' };
  const aside = setAside(copy);
  // 2.0 means "the scheme the document was fetched with", unknown for a file: https, never credentials in clear.
  if (typeof copy.host === 'string' && !(Array.isArray(copy.schemes) && copy.schemes.length > 0)) copy.schemes = ['https'];
  inlineBodyParameterRefs(copy);
  const formFields = formDataFields(copy);
  let upgraded: Record<string, unknown>;
  try {
    upgraded = upgradeFromTwoToThree(copy) as Record<string, unknown>;
  } catch {
    // The shapes it relies on were checked above: whatever is left is named, not shown as a stack trace.
    throw new GeneratorError(
      problem(
        'swagger2-upgrade-failed',
        'this Swagger 2.0 document could not be upgraded to OpenAPI 3.0',
        'check it against the Swagger 2.0 specification (paths, parameters, responses), or convert it to OpenAPI 3 yourself',
        file.locate('/swagger'),
      ),
    );
  }
  putBack(upgraded, aside);
  restoreFormFields(upgraded, formFields);
  operationProduces(original, upgraded);
  discriminatorObjects(upgraded);
  const toSwagger = swagger2PointerMap(original, upgraded);
  // Only what the upgrade assumes is a warning (--strict refuses warnings): reading 2.0 itself is not a repair.
  const warnings = swagger2Assumptions(original, (pointer) => file.locate(pointer));
  return { file: { ...file, data: upgraded, locate: (pointer) => file.locate(toSwagger(pointer)) }, warnings };
}

/**
 * What the upgrader would misread is kept out of its way: a path item's extensions (it takes every key but
 * `parameters` for an operation) come back after it. A single media type written as a string becomes a list.
 */
function setAside(copy: Record<string, unknown>): Map<string, [string, unknown][]> {
  const aside = new Map<string, [string, unknown][]>();
  const listOf = (owner: Record<string, unknown>, key: string): void => {
    if (typeof owner[key] === 'string') owner[key] = [owner[key]];
  };
  listOf(copy, 'consumes');
  listOf(copy, 'produces');
  if (!isRecord(copy.paths)) return aside;
  for (const [path, item] of Object.entries(copy.paths)) {
    if (!isRecord(item)) continue;
    const kept = Object.entries(item).filter(([key]) => key !== 'parameters' && !HTTP_METHODS.has(key));
    for (const [key] of kept) delete item[key];
    if (kept.length > 0) aside.set(path, kept);
    for (const [method, op] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method) || !isRecord(op)) continue;
      listOf(op, 'consumes');
      listOf(op, 'produces');
    }
  }
  return aside;
}

function putBack(upgraded: Record<string, unknown>, aside: Map<string, [string, unknown][]>): void {
  for (const [path, entries] of aside) {
    const item = isRecord(upgraded.paths) ? upgraded.paths[path] : undefined;
    if (isRecord(item)) for (const [key, value] of entries) item[key] = value;
  }
}

/**
 * The upgrader turns a `$ref` to a shared body or formData parameter into a parameter that points at a request
 * body (which is then no parameter at all): such refs are replaced by a copy of their target first.
 */
function inlineBodyParameterRefs(copy: Record<string, unknown>): void {
  const shared = isRecord(copy.parameters) ? copy.parameters : {};
  const inline = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    list.forEach((p, i) => {
      const name = isRecord(p) && typeof p.$ref === 'string' && p.$ref.startsWith('#/parameters/') ? p.$ref.slice(13) : undefined;
      const target = name === undefined ? undefined : shared[name.replace(/~1/g, '/').replace(/~0/g, '~')];
      if (isRecord(target) && (target.in === 'body' || target.in === 'formData')) list[i] = structuredClone(target);
    });
  };
  forEachOperation(copy, (item, op) => {
    inline(item.parameters);
    inline(op.parameters);
  });
}

type FormFields = Map<string, Map<string, Record<string, unknown>>>;

// The upgrader keeps only `type`, `format` and `description` of a formData parameter: an array loses its
// `items`, a string its `enum`. These keywords are put back on the form's property afterwards.
const FIELD_KEYWORDS = [
  'items',
  'enum',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
];

/** Each operation (by path and method: the upgrader copies the document) → its formData fields' keywords. */
function formDataFields(copy: Record<string, unknown>): FormFields {
  const fields: FormFields = new Map();
  forEachOperation(copy, (item, op, key) => {
    const all = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])];
    const form = new Map<string, Record<string, unknown>>();
    for (const p of all) {
      if (!isRecord(p) || p.in !== 'formData' || typeof p.name !== 'string') continue;
      const kept = Object.fromEntries(FIELD_KEYWORDS.filter((k) => p[k] !== undefined).map((k) => [k, structuredClone(p[k])]));
      if (Object.keys(kept).length > 0) form.set(p.name, kept);
    }
    if (form.size > 0) fields.set(key, form);
  });
  return fields;
}

function restoreFormFields(upgraded: Record<string, unknown>, fields: FormFields): void {
  forEachOperation(upgraded, (_, op, key) => {
    const form = fields.get(key);
    const content = isRecord(op.requestBody) && isRecord(op.requestBody.content) ? op.requestBody.content : undefined;
    if (!form || !content) return;
    for (const media of Object.values(content)) {
      const properties = isRecord(media) && isRecord(media.schema) ? media.schema.properties : undefined;
      if (!isRecord(properties)) continue;
      for (const [name, kept] of form) {
        const property = properties[name];
        if (isRecord(property)) for (const [k, v] of Object.entries(kept)) property[k] ??= structuredClone(v);
      }
    }
  });
}

function forEachOperation(
  doc: Record<string, unknown>,
  visit: (item: Record<string, unknown>, op: Record<string, unknown>, key: string) => void,
): void {
  if (!isRecord(doc.paths)) return;
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isRecord(item)) continue;
    for (const [method, op] of Object.entries(item)) if (HTTP_METHODS.has(method) && isRecord(op)) visit(item, op, `${method} ${path}`);
  }
}

/**
 * Only single-file 2.0 documents are upgraded: a fragment in another file would have to be upgraded as part of
 * a whole it does not belong to. The $ref is refused, located, before any file is read.
 */
function refuseExternalRefs(original: Record<string, unknown>, file: SourceFile): void {
  const found: string[] = [];
  walk(original, '', (node, pointer) => {
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) found.push(joinPointer(pointer, '$ref'));
  });
  if (found.length === 0) return;
  throw new GeneratorError(
    found.map((pointer) =>
      problem(
        'swagger2-external-ref',
        'this Swagger 2.0 document refers to another file; only single-file 2.0 documents are upgraded',
        'copy the referenced definitions into the document (under `definitions:`), or convert the files to OpenAPI 3',
        file.locate(pointer),
      ),
    ),
  );
}

/**
 * The upgrader takes the document's `produces` over an operation's own (2.0 says the operation's wins): the
 * responses of an operation with its own list get their media types from that list again.
 */
function operationProduces(original: Record<string, unknown>, upgraded: Record<string, unknown>): void {
  if (original.produces === undefined || !isRecord(original.paths) || !isRecord(upgraded.paths)) return;
  for (const [path, item] of Object.entries(original.paths)) {
    if (!isRecord(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      const own = isRecord(op) && HTTP_METHODS.has(method) ? op.produces : undefined;
      const responses = (upgraded.paths[path] as Record<string, Record<string, unknown>> | undefined)?.[method]?.responses;
      if (!Array.isArray(own) || !isRecord(responses)) continue;
      for (const response of Object.values(responses)) {
        if (!isRecord(response) || !isRecord(response.content)) continue;
        const content = response.content;
        const schema = Object.values(content).find((media) => isRecord(media) && media.schema !== undefined) as
          { schema: unknown } | undefined;
        response.content = Object.fromEntries(
          own
            .filter((type): type is string => typeof type === 'string')
            .map((type) => [type, content[type] ?? (schema ? { schema: schema.schema } : {})]),
        );
      }
    }
  }
}

/** 2.0 names the discriminating property with a string; 3.0 wants `{ propertyName }` (the upgrader keeps the string). */
function discriminatorObjects(doc: Record<string, unknown>): void {
  walk(doc, '', (node) => {
    if (typeof node.discriminator === 'string') node.discriminator = { propertyName: node.discriminator };
  });
}

/** Visits every object of a document except examples, defaults, enums and extensions (data, not spec). */
function walk(node: unknown, pointer: string, visit: (node: Record<string, unknown>, pointer: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, joinPointer(pointer, i), visit));
    return;
  }
  if (!isRecord(node)) return;
  visit(node, pointer);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'default' || key === 'enum' || key.startsWith('x-')) continue;
    walk(value, joinPointer(pointer, key), visit);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
