// Validating values against the IR's JSON Schemas (2020-12) with ajv, shared by the contract tests and the
// realtime emulator: the named schemas are one document, so `#/components/schemas/<Name>` references resolve.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ApiModel } from '../../generator/ir/types.js';

export const IR_DOCUMENT_ID = 'https://ir.test/components.json';
const LOCAL_REF = /^#\/components\/schemas\//;
// ajv-formats is CommonJS: its default export arrives wrapped under `default` in ESM.
const addFormatsExport = addFormatsModule as unknown as { default?: unknown };
const addFormats = (addFormatsExport.default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** An ajv instance that knows every named schema of the model. `coerce` reads query strings as typed values. */
export function irAjv(model: ApiModel, options: { coerce?: boolean; validateFormats?: boolean } = {}): Ajv2020 {
  // strict: false lets OpenAPI/IR keywords through as annotations (`discriminator`, `x-*`, `example`).
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: options.validateFormats ?? true,
    ...(options.coerce ? { coerceTypes: 'array' as const } : {}),
  });
  addFormats(ajv);
  // OpenAPI's numeric and binary formats carry no constraint ajv can check beyond the type.
  for (const format of ['binary', 'double', 'float', 'int32', 'int64', 'password'])
    ajv.addFormat(format, format.startsWith('int') ? { type: 'number', validate: Number.isInteger } : true);
  ajv.addSchema({ $id: IR_DOCUMENT_ID, components: { schemas: Object.fromEntries(model.schemas.map((s) => [s.name, s.schema])) } });
  return ajv;
}

/** A copy of a schema whose local references point into the shared document. */
export function absoluteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(absoluteRefs);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof inner === 'string'
        ? inner.replace(LOCAL_REF, `${IR_DOCUMENT_ID}#/components/schemas/`)
        : absoluteRefs(inner);
  }
  return out;
}

export function describeAjvErrors(errors: ErrorObject[], max = 12, separator = '\n'): string {
  return errors
    .slice(0, max)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join(separator);
}
