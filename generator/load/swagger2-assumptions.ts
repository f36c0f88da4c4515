// What the upgrade to OpenAPI 3.0 has to assume where a Swagger 2.0 document is silent or says something 3.0
// cannot: each becomes a warning, once per kind (the first place it applies), so the user can check the client.
import { problem, specName, type Problem, type SourceLocation } from '../errors.js';
import { joinPointer } from './json-pointer.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
// collectionFormat values OpenAPI 3.0 has a style for, by parameter location (the rest get the location's default:
// repeated `name=value` in a query or a form, comma-separated in a path or header).
const STYLES: Record<string, Set<string>> = {
  query: new Set(['csv', 'ssv', 'pipes', 'multi']),
  path: new Set(['csv']),
  header: new Set(['csv']),
  formData: new Set(['multi']),
};

export function swagger2Assumptions(doc: Record<string, unknown>, locate: (pointer: string) => SourceLocation): Problem[] {
  let json: string | undefined;
  let collection: { pointer: string; format: string } | undefined;
  const hasList = (value: unknown): boolean => Array.isArray(value) && value.length > 0;
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method) || !isRecord(op)) continue;
      const opAt = joinPointer('/paths', path, method);
      const params = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])];
      const body = params.some((p) => isRecord(p) && p.in === 'body');
      const responseSchema = isRecord(op.responses) && Object.values(op.responses).some((r) => isRecord(r) && r.schema !== undefined);
      if (
        json === undefined &&
        ((body && !hasList(op.consumes) && !hasList(doc.consumes)) || (responseSchema && !hasList(op.produces) && !hasList(doc.produces)))
      ) {
        json = opAt;
      }
      if (collection !== undefined || !Array.isArray(op.parameters)) continue;
      op.parameters.forEach((p, i) => {
        const format = isRecord(p) ? p.collectionFormat : undefined;
        if (collection === undefined && typeof format === 'string' && isRecord(p) && !STYLES[String(p.in)]?.has(format)) {
          collection = { pointer: joinPointer(opAt, 'parameters', i, 'collectionFormat'), format };
        }
      });
    }
  }
  const warnings: Problem[] = [];
  if (typeof doc.host === 'string' && !(Array.isArray(doc.schemes) && doc.schemes.length > 0)) {
    warnings.push(
      problem(
        'swagger2-assumed-https',
        'the document names a `host` but no `schemes`; the base URL is taken as https',
        'add `schemes: [https]` (or the scheme the API really uses)',
        locate('/host'),
        'warning',
      ),
    );
  }
  if (json !== undefined) {
    warnings.push(
      problem(
        'swagger2-assumed-json',
        'this operation (and any other like it) names no media type (`consumes`/`produces`); its bodies are taken as application/json',
        'add `consumes:` and `produces:` (to the document or the operation) if the API speaks another media type',
        locate(json),
        'warning',
      ),
    );
  }
  if (collection !== undefined) {
    warnings.push(
      problem(
        'swagger2-collection-format',
        `collectionFormat${specName(collection.format, false)} has no OpenAPI 3 style for this parameter's location (here or elsewhere); the array is sent in that location's default style`,
        'check that the server accepts it: comma-separated in a path or header, repeated `name=value` in a query or form',
        locate(collection.pointer),
        'warning',
      ),
    );
  }
  return warnings;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
