// The specs section 1 generates from: the Cartesia spec, the real specs of ../shared/corpus/real and synthetic
// sizes (copies of the published Cartesia spec); BENCH_GEN_SPECS picks some of them for a quick run.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { writeBigSpec } from '../../test/support/big-spec.js';
import { CARTESIA_SPEC, REPO, countOperations, type BenchContext } from '../lib/context.js';
import { fmtNumber } from '../lib/stats.js';

const REFERENCE_SPEC = path.resolve(REPO, '../shared/reference/cartesia-openapi.yaml');
const GOLDEN_SPEC = path.join(REPO, 'test/golden/schemas/spec.yaml');
export const REAL_SPECS = path.resolve(REPO, '../shared/corpus/real');

export interface SpecCase {
  label: string;
  file: string;
  operations: number;
  /** Schemas of a synthetic spec (undefined for the others). */
  schemas: number | undefined;
  kind: 'cartesia' | 'real' | 'synthetic';
  bytes: number;
}

/**
 * BENCH_GEN_SPECS: comma-separated parts of case labels, any of which selects a case (case-insensitive), e.g.
 * `real/` (the seven real specs), `vectara,openrouter`, `cartesia`, `synthetic` (the synthetic sizes, or one:
 * `synthetic 200`). Unset: all.
 */
export function selectedBy(label: string, filter = process.env.BENCH_GEN_SPECS): boolean {
  const parts = (filter ?? '')
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== '');
  return parts.length === 0 || parts.some((p) => label.toLowerCase().includes(p));
}

function operationsIn(file: string): number {
  const text = fs.readFileSync(file, 'utf8');
  const doc = (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as { paths?: Record<string, unknown> };
  return countOperations(doc);
}

/** The cases, in order: Cartesia, the real specs (smallest first), the synthetic sizes (smallest first). */
export function buildSpecs(ctx: BenchContext): { cases: SpecCase[]; source: string } {
  const source = fs.existsSync(REFERENCE_SPEC) ? REFERENCE_SPEC : GOLDEN_SPEC;
  const cases: SpecCase[] = [];
  const add = (c: Omit<SpecCase, 'bytes'>): void => {
    cases.push({ ...c, bytes: fs.statSync(c.file).size });
  };
  if (selectedBy('spec/cartesia.yaml'))
    add({
      label: 'spec/cartesia.yaml',
      file: CARTESIA_SPEC,
      operations: operationsIn(CARTESIA_SPEC),
      schemas: undefined,
      kind: 'cartesia',
    });
  const real = fs.existsSync(REAL_SPECS)
    ? fs
        .readdirSync(REAL_SPECS)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .map((f) => path.join(REAL_SPECS, f))
        .sort((a, b) => fs.statSync(a).size - fs.statSync(b).size)
    : [];
  for (const file of real) {
    const label = `real/${path.basename(file)}`;
    if (selectedBy(label)) add({ label, file, operations: operationsIn(file), schemas: undefined, kind: 'real' });
  }
  const sizes = ctx.quick ? [50, 200] : [50, 200, 1000, 5000];
  for (const size of sizes) {
    if (!selectedBy(`synthetic ${size} ops`)) continue;
    const dir = path.join(ctx.tmp, `spec-${size}`);
    fs.mkdirSync(dir, { recursive: true });
    // The 1,000-operation case is also the scale case: 2,000+ schemas.
    const big = writeBigSpec(source, size, size >= 1000 ? 2000 : 0, dir);
    add({
      label: `synthetic ${fmtNumber(big.operations)} ops`,
      file: big.file,
      operations: big.operations,
      schemas: big.schemas,
      kind: 'synthetic',
    });
  }
  if (cases.length === 0) throw new Error(`BENCH_GEN_SPECS=${process.env.BENCH_GEN_SPECS} selects no spec`);
  return { cases, source };
}
