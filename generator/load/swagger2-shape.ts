// The upgrader assumes a well-formed Swagger 2.0 document: a parameter without `in`, a null operation or a
// response that is not an object make it throw a bare TypeError. These shapes are checked first, each problem
// located in the 2.0 file, so a hostile or sloppy document gets a message, never a crash.
import { problem, type Problem, type SourceLocation } from '../errors.js';
import { joinPointer } from './json-pointer.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

export function swagger2ShapeProblems(doc: Record<string, unknown>, locate: (pointer: string) => SourceLocation): Problem[] {
  const problems: Problem[] = [];
  const bad = (pointer: string, message: string, hint: string): void => {
    problems.push(problem('swagger2-invalid', message, hint, locate(pointer)));
  };
  const mapOfObjects = (pointer: string, value: unknown, what: string): void => {
    if (value === undefined) return;
    if (!isRecord(value)) return bad(pointer, `\`${what}\` must be a mapping`, `write \`${what}:\` as a mapping of names to objects`);
    for (const [name, item] of Object.entries(value)) {
      if (!isRecord(item))
        bad(joinPointer(pointer, name), `each entry of \`${what}\` must be an object`, 'write the entry as a mapping, or remove it');
    }
  };
  const mediaTypes = (pointer: string, value: unknown): void => {
    if (value === undefined || typeof value === 'string') return;
    if (!Array.isArray(value) || value.some((t) => typeof t !== 'string')) {
      bad(pointer, 'a list of media types must hold strings', 'write it as `[application/json]`');
    }
  };
  const parameterList = (pointer: string, value: unknown): void => {
    if (value === undefined) return;
    if (!Array.isArray(value))
      return bad(pointer, '`parameters` must be a list', 'write each parameter as an item of a YAML list (`- name: ...`)');
    value.forEach((p, i) => {
      if (!isRecord(p) || (typeof p.$ref !== 'string' && typeof p.in !== 'string')) {
        bad(
          joinPointer(pointer, i),
          'a parameter needs `in` (query, header, path, formData or body), or a `$ref`',
          'add `in:` to the parameter',
        );
      }
    });
  };

  mediaTypes('/consumes', doc.consumes);
  mediaTypes('/produces', doc.produces);
  mapOfObjects('/securityDefinitions', doc.securityDefinitions, 'securityDefinitions');
  mapOfObjects('/responses', doc.responses, 'responses');
  mapOfObjects('/parameters', doc.parameters, 'parameters');
  if (isRecord(doc.parameters)) {
    for (const [name, p] of Object.entries(doc.parameters)) {
      if (isRecord(p) && typeof p.$ref !== 'string' && typeof p.in !== 'string') {
        bad(
          joinPointer('/parameters', name),
          'a parameter needs `in` (query, header, path, formData or body)',
          'add `in:` to the parameter',
        );
      }
    }
  }
  if (!isRecord(doc.paths)) return problems; // validate reports a missing or malformed `paths`
  for (const [path, item] of Object.entries(doc.paths)) {
    const at = joinPointer('/paths', path);
    if (!isRecord(item)) {
      if (!path.startsWith('x-'))
        bad(at, 'a path item must be a mapping of methods to operations', 'write `get:`, `post:`... under the path');
      continue;
    }
    parameterList(joinPointer(at, 'parameters'), item.parameters);
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const opAt = joinPointer(at, method);
      if (!isRecord(op)) {
        bad(opAt, 'an operation must be a mapping', 'write the operation as a mapping with `responses:`');
        continue;
      }
      parameterList(joinPointer(opAt, 'parameters'), op.parameters);
      mediaTypes(joinPointer(opAt, 'consumes'), op.consumes);
      mediaTypes(joinPointer(opAt, 'produces'), op.produces);
      mapOfObjects(joinPointer(opAt, 'responses'), op.responses, 'responses');
    }
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
