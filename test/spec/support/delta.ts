// The documented delta between Cartesia's published reference (API 2025-11-04) and our spec (API 2026-08-14):
// a list of changes, each at a path into SpecFacts. The expected spec is the reference with every change applied;
// the check says which change our spec lacks (by its id) and where else it differs from the expectation.
import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import { isRecord, type Json, type SpecFacts } from './spec-facts.js';

export interface Change {
  id: string;
  /** Where the change is documented (section of the 2026-08-14 reference, or spec/README.md). */
  source: string;
  at: string[];
  /** The value at `at` is exactly this. */
  set?: unknown;
  /** Nothing is at `at` any more. */
  remove?: true;
  /** The list at `at` (an enum or a required list) holds these values too. */
  add?: string[];
  /** The list at `at` no longer holds these values. */
  drop?: string[];
  /** For a new operation (`at: [operations, 'METHOD path']`): its operationId in our spec. */
  operationId?: string;
}

export interface Delta {
  from: string;
  to: string;
  /** Sections: `changes` (the new API version), `gaps` (reference gaps fixed alongside), `choices` (ours). */
  sections: Record<string, Change[]>;
}

export function loadDelta(file: string): Delta {
  const doc = yaml.load(fs.readFileSync(file, 'utf8')) as Json;
  const sections: Record<string, Change[]> = {};
  for (const name of ['changes', 'gaps', 'choices']) sections[name] = (doc[name] as Change[] | undefined) ?? [];
  return { from: String(doc.from), to: String(doc.to), sections };
}

export function allChanges(delta: Delta): Change[] {
  return Object.values(delta.sections).flat();
}

function get(root: unknown, at: string[]): unknown {
  let node = root;
  for (const key of at) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** Why our spec does not show `change` ('' when it does). */
export function missing(ours: SpecFacts, change: Change): string {
  const value = get(ours, change.at);
  const where = change.at.join(' › ');
  if (change.operationId !== undefined && ours.operationIds[change.at[1]!] !== change.operationId)
    return `${where}: operationId is ${ours.operationIds[change.at[1]!] ?? 'missing'}, expected ${change.operationId}`;
  if (change.set !== undefined && !isDeepStrictEqual(value, change.set))
    return `${where}: ${firstDifference(value, change.set, []) ?? 'differs'}`;
  if (change.remove && value !== undefined) return `${where}: still present`;
  const list = Array.isArray(value) ? value.map(String) : undefined;
  const absent = (change.add ?? []).filter((v) => !list?.includes(v));
  if (absent.length > 0) return `${where}: lacks ${absent.join(', ')}`;
  const kept = (change.drop ?? []).filter((v) => list?.includes(v));
  if (kept.length > 0) return `${where}: still has ${kept.join(', ')}`;
  return '';
}

/** The reference with every change applied. WebSocket channels are not in the reference, so only checked per change. */
export function expectedFacts(reference: SpecFacts, delta: Delta): SpecFacts {
  const expected = structuredClone(reference);
  for (const change of allChanges(delta)) {
    if (change.at[0] === 'channels' || change.at[0] === 'operationIds') continue;
    const parent = get(expected, change.at.slice(0, -1));
    const key = change.at[change.at.length - 1]!;
    if (!isRecord(parent)) throw new Error(`delta ${change.id}: nothing at ${change.at.slice(0, -1).join(' › ')} in the reference`);
    if (change.set !== undefined) parent[key] = structuredClone(change.set);
    if (change.remove) {
      if (parent[key] === undefined) throw new Error(`delta ${change.id}: the reference has nothing at ${change.at.join(' › ')}`);
      delete parent[key];
    }
    if (change.add || change.drop) {
      const list = ((parent[key] as unknown[] | undefined) ?? []).map(String);
      const stale = (change.drop ?? []).filter((v) => !list.includes(v));
      if (stale.length > 0) throw new Error(`delta ${change.id}: the reference has no ${stale.join(', ')} at ${change.at.join(' › ')}`);
      parent[key] = [...list.filter((v) => !change.drop?.includes(v)), ...(change.add ?? [])].sort();
    }
  }
  return expected;
}

/** The first place where `actual` and `expected` differ, as `path: actual ≠ expected`. */
export function firstDifference(actual: unknown, expected: unknown, at: string[]): string | undefined {
  if (isDeepStrictEqual(actual, expected)) return undefined;
  if (isRecord(actual) && isRecord(expected)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = firstDifference(actual[key], expected[key], [...at, key]);
      if (found) return found;
    }
  }
  const show = (v: unknown): string => (v === undefined ? 'absent' : JSON.stringify(v));
  return `${at.join(' › ') || '(value)'}: ${show(actual)} ≠ expected ${show(expected)}`;
}

/** Every way our spec departs from reference + delta: missing changes by id, then any other difference. */
export function compare(ours: SpecFacts, reference: SpecFacts, delta: Delta): string[] {
  const problems: string[] = [];
  for (const change of allChanges(delta)) {
    const why = missing(ours, change);
    if (why) problems.push(`change ${change.id} (${change.source}) is missing: ${why}`);
  }
  const expected = expectedFacts(reference, delta);
  if (ours.apiVersion !== expected.apiVersion) problems.push(`apiVersion: ${ours.apiVersion} ≠ expected ${expected.apiVersion}`);
  const opKeys = (f: SpecFacts): string[] => Object.keys(f.operations).sort();
  if (!isDeepStrictEqual(opKeys(ours), opKeys(expected))) {
    const extra = opKeys(ours).filter((k) => !(k in expected.operations));
    const absent = opKeys(expected).filter((k) => !(k in ours.operations));
    problems.push(`operations: unexpected [${extra.join(', ')}], missing [${absent.join(', ')}]`);
  }
  for (const [key, op] of Object.entries(expected.operations)) {
    const found = key in ours.operations ? firstDifference(ours.operations[key], op, []) : undefined;
    if (found) problems.push(`operation ${key}: ${found}`);
  }
  for (const [name, schema] of Object.entries(expected.schemas)) {
    const found = firstDifference(ours.schemas[name], schema, []);
    if (found) problems.push(`schema ${name}: ${found}`);
  }
  return problems;
}
