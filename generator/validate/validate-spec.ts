// Validate stage: structural checks a client generator depends on, each reported with its location.
// Errors stop the run; warnings (valid but suspicious input) are printed and the run goes on.
import { GeneratorError, problem, specName, type Problem } from '../errors.js';
import { joinPointer } from '../load/json-pointer.js';
import type { Origin, SpecSource } from '../load/load-spec.js';
import { HTTP_METHODS } from '../ir/operations.js';
import { pathVariables, splitPathKey } from '../ir/path-key.js';
import { isRecord } from '../ir/schemas.js';

const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);

export function validateSpec(source: SpecSource): Problem[] {
  const problems: Problem[] = [];
  const root = source.root;
  const at = (node: unknown, pointer: string) => source.locateNode(node, pointer);

  if (!isRecord(root.info)) {
    problems.push(
      problem('info-missing', 'the document has no `info` object', 'add `info: { title: ..., version: ... }`', at(root, ''), 'warning'),
    );
  } else {
    if (typeof root.info.title !== 'string')
      problems.push(
        problem('info-title-missing', '`info.title` is missing', 'add a title; it names the client', at(root.info, '/info'), 'warning'),
      );
    if (root.info.version === undefined)
      problems.push(
        problem(
          'info-version-missing',
          '`info.version` is missing',
          'add a version; it versions the package',
          at(root.info, '/info'),
          'warning',
        ),
      );
  }
  if (root.paths !== undefined && !isRecord(root.paths)) {
    problems.push(
      problem(
        'paths-invalid',
        '`paths` must be a mapping of path templates to path items',
        'write `paths: { /things: { get: ... } }`',
        at(root.paths, '/paths'),
      ),
    );
    return problems;
  }
  checkAliasCycles(source, problems);
  for (const [pathTemplate, rawItem] of Object.entries(isRecord(root.paths) ? root.paths : {})) {
    if (pathTemplate.startsWith('x-')) continue;
    const itemPointer = joinPointer('/paths', pathTemplate);
    if (!pathTemplate.startsWith('/')) {
      problems.push(
        problem(
          'path-invalid',
          `path${specName(pathTemplate)} does not start with "/": read as${specName(splitPathKey(pathTemplate).path) || ' the path with a "/" in front'}`,
          'write the path as `/...`',
          at(rawItem, itemPointer),
          'warning',
        ),
      );
    }
    let item: unknown;
    let itemOrigin: Origin;
    try {
      ({ value: item, origin: itemOrigin } = source.deref(rawItem, { file: source.rootFile, pointer: itemPointer }));
    } catch {
      continue; // reported by the load stage
    }
    if (!isRecord(item)) {
      problems.push(
        problem(
          'path-item-invalid',
          `path${specName(pathTemplate)} does not map to an object of operations: ignored (the client has no method for it)`,
          'write `get:`, `post:`, ... under the path',
          at(rawItem, itemPointer),
          'warning',
        ),
      );
      continue;
    }
    // A query string in the key is sent as query parameters (see ir/operations.ts); only the path is a template.
    const pathKey = splitPathKey(pathTemplate);
    const templateNames = pathVariables(pathKey.path);
    if (pathKey.query.length > 0) {
      const names = pathKey.query.map((q) => `${specName(q.name, false).trim() || '?'}${q.value !== undefined ? ' (fixed)' : ''}`);
      problems.push(
        problem(
          'path-query-string',
          `the path key${specName(pathTemplate)} carries a query string: the path is${specName(pathKey.path)} and ${names.join(', ')} are sent as query parameters (a {variable} as a required string unless declared \`in: query\`, a literal value as written)`,
          'move the query string out of the path key and declare the parameters `in: query`',
          at(rawItem, itemPointer),
          'warning',
        ),
      );
    }
    const pathLevel = collectParameters(source, item.parameters, itemOrigin, problems);
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const opOrigin = { file: itemOrigin.file, pointer: joinPointer(itemOrigin.pointer, method) };
      if (!isRecord(op)) {
        problems.push(
          problem(
            'operation-invalid',
            `operation ${method.toUpperCase()}${specName(pathTemplate)} is not an object: ignored (the client has no method for it)`,
            'write the operation as a mapping with `responses:`',
            source.locate(opOrigin),
            'warning',
          ),
        );
        continue;
      }
      // Located only when a problem is reported: positions cost a second parse of the whole spec.
      const where = () => source.locateNode(op, opOrigin);
      const params = new Map(pathLevel);
      for (const [key, value] of collectParameters(source, op.parameters, opOrigin, problems)) params.set(key, value);
      const declaredPath = [...params.values()].filter((p) => p.in === 'path');
      for (const name of templateNames) {
        if (!declaredPath.some((p) => p.name === name)) {
          problems.push(
            problem(
              'path-parameter-missing',
              `{${specName(name, false).trim() || '?'}} is not declared in operation ${method.toUpperCase()}${specName(pathTemplate)}: treated as a required string path parameter`,
              'declare it: `- { name: <the name>, in: path, required: true, schema: { type: string } }`',
              where(),
              'warning',
            ),
          );
        }
      }
      for (const param of declaredPath) {
        if (!templateNames.includes(param.name)) {
          problems.push(
            problem(
              'path-parameter-unused',
              `path parameter${param.shownName} does not appear in the path${specName(pathTemplate)}: ignored`,
              'add it to the path as {name} or change `in:`',
              param.where(),
              'warning',
            ),
          );
        } else if (param.required !== true) {
          problems.push(
            problem(
              'path-parameter-optional',
              `path parameter${param.shownName} must be \`required: true\``,
              'add `required: true` (a path parameter is always sent)',
              param.where(),
              'warning',
            ),
          );
        }
      }
      if (op.responses === undefined) {
        problems.push(
          problem(
            'responses-missing',
            `operation ${method.toUpperCase()}${specName(pathTemplate)} declares no responses`,
            'add `responses:` with at least the success response',
            where(),
            'warning',
          ),
        );
      }
    }
  }
  return problems;
}

interface DeclaredParameter {
  name: string;
  in: string;
  required: unknown;
  where: () => ReturnType<SpecSource['locate']>;
  /** The name for messages: '' when it was read through a $ref from another file. */
  shownName: string;
}

function collectParameters(source: SpecSource, list: unknown, base: Origin, problems: Problem[]): Map<string, DeclaredParameter> {
  const out = new Map<string, DeclaredParameter>();
  if (list === undefined) return out;
  const listPointer = joinPointer(base.pointer, 'parameters');
  if (!Array.isArray(list)) {
    problems.push(
      problem(
        'parameters-invalid',
        '`parameters` must be a list',
        'write each parameter as a list item',
        source.locate({ file: base.file, pointer: listPointer }),
      ),
    );
    return out;
  }
  list.forEach((raw, i) => {
    let value: unknown;
    let origin: Origin;
    try {
      ({ value, origin } = source.deref(raw, { file: base.file, pointer: joinPointer(listPointer, i) }));
    } catch {
      return;
    }
    const where = () => source.locateNode(value, origin);
    if (!isRecord(value) || typeof value.name !== 'string' || typeof value.in !== 'string') {
      problems.push(
        problem(
          'parameter-invalid',
          'a parameter needs `name` and `in`: this one is ignored (it cannot be sent)',
          'write `- { name: id, in: path, required: true, schema: { type: string } }`',
          where(),
          'warning',
        ),
      );
      return;
    }
    if (!PARAMETER_LOCATIONS.has(value.in)) {
      problems.push(
        problem(
          'parameter-location-invalid',
          `parameter${source.nameFrom(value.name, origin)} has an unknown \`in:\`${source.nameFrom(value.in, origin)}`,
          '`in` must be path, query, header or cookie',
          where(),
        ),
      );
      return;
    }
    const key = `${value.in}:${value.name}`;
    if (out.has(key)) {
      problems.push(
        problem(
          'parameter-duplicate',
          `parameter${source.nameFrom(value.name, origin)} (in: ${value.in}) is declared twice: the later declaration is used`,
          'remove one of the declarations',
          where(),
          'warning',
        ),
      );
    }
    out.set(key, { name: value.name, in: value.in, required: value.required, where, shownName: source.nameFrom(value.name, origin) });
  });
  return out;
}

/** A schema that is only a `$ref` to a schema that is only a `$ref` back to it describes nothing. */
function checkAliasCycles(source: SpecSource, problems: Problem[]): void {
  const components = isRecord(source.root.components) ? source.root.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  for (const [name, node] of Object.entries(schemas)) {
    try {
      source.deref(node, { file: source.rootFile, pointer: joinPointer('/components/schemas', name) });
    } catch (err) {
      if (err instanceof GeneratorError && err.problems[0]?.code === 'ref-cycle') {
        problems.push(
          problem(
            'ref-cycle',
            `schema${specName(name)} is only a $ref, and its chain of $refs comes back to it`,
            'give one schema of the chain a real definition',
            source.locateNode(node, joinPointer('/components/schemas', name)),
          ),
        );
        return; // one report per cycle is enough
      }
    }
  }
}
