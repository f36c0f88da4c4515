// A large spec for scale tests and benchmarks: copies of a real spec under new paths and schema names.
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * Writes a spec holding as many copies of a single-file spec as it takes to reach `minOperations` operations and
 * `minSchemas` schemas (each copy under `/copyN/...`, schemas renamed `NameCN`, operationIds `cN_...`).
 */
export function writeBigSpec(
  source: string,
  minOperations: number,
  minSchemas: number,
  dir: string,
): { file: string; operations: number; schemas: number } {
  const doc = parse(fs.readFileSync(source, 'utf8')) as Record<string, any>;
  const schemas = doc.components?.schemas ?? {};
  const perCopy = Object.values(doc.paths ?? {}).flatMap((item) =>
    Object.values(item as object).filter((op) => op && typeof op === 'object' && 'responses' in op),
  ).length;
  const copies = Math.max(
    Math.ceil(minOperations / Math.max(perCopy, 1)),
    Math.ceil(minSchemas / Math.max(Object.keys(schemas).length, 1)),
  );
  const out: Record<string, any> = {
    openapi: doc.openapi,
    info: { title: 'Big API', version: '1.0.0' },
    servers: doc.servers,
    paths: {},
    components: { ...doc.components, schemas: {} },
  };
  if (doc.security) out.security = doc.security;
  const retarget = (node: unknown, n: number): unknown => {
    if (Array.isArray(node)) return node.map((v) => retarget(v, n));
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) return [k, `${v}C${n}`];
        if (k === 'mapping' && v && typeof v === 'object')
          return [k, Object.fromEntries(Object.entries(v).map(([mk, mv]) => [mk, `${String(mv)}C${n}`]))];
        return [k, retarget(v, n)];
      }),
    );
  };
  let operations = 0;
  for (let n = 1; n <= copies; n++) {
    for (const [name, schema] of Object.entries(schemas)) out.components.schemas[`${name}C${n}`] = retarget(schema, n);
    for (const [p, item] of Object.entries(doc.paths ?? {})) {
      const copy = retarget(item, n) as Record<string, any>;
      for (const op of Object.values(copy)) {
        if (op && typeof op === 'object' && 'responses' in op) {
          operations++;
          if (typeof op.operationId === 'string') op.operationId = `c${n}_${op.operationId}`;
          op.tags = [`copy${n}`];
        }
      }
      out.paths[`/copy${n}${p}`] = copy;
    }
  }
  const file = path.join(dir, 'big-spec.yaml');
  fs.writeFileSync(file, stringify(out, { aliasDuplicateObjects: false }));
  return { file, operations, schemas: Object.keys(out.components.schemas).length };
}
