// Compares two surface descriptions member by member and classifies each change under semantic versioning, with
// the direction of the data in mind: callers may send less than before but not more is required of them (inputs
// may widen), readers may receive less variety but nothing new (outputs may narrow). Removing anything breaks.
import type { Flow } from './schema-flows.js';
import { memberKey, splitKey, type Section, type SurfaceMember, type SurfaceMembers } from './describe-surface.js';

export type ChangeKind = 'added' | 'removed' | 'narrowed' | 'widened' | 'changed';
export type Release = 'major' | 'minor' | 'patch';

export interface MemberChange {
  section: Section;
  /** IR name, e.g. `voices.listAccents`, `Voice.is_public`, `SupportedLanguage`. */
  name: string;
  kind: ChangeKind;
  breaking: boolean;
  /** What changed, e.g. `optional → required`, `values -"de"`. */
  details: string[];
}

/** Every change, breaking ones first, then by section and name. */
export function compareSurface(before: SurfaceMembers, after: SurfaceMembers): MemberChange[] {
  const changes: MemberChange[] = [];
  for (const [key, member] of Object.entries(after)) {
    const { section, name } = splitKey(key);
    const old = before[key];
    if (!old) {
      // Parts of a new operation or schema come with it: listed once, under their owner.
      const owner = ownerOf(section, name, after);
      if (owner && !(owner in before)) continue;
      // A new required input of an existing operation or schema is something every caller must now give.
      const breaking = member.required === true && reads(member.flow, 'input') && (section === 'parameter' || section === 'field');
      changes.push({ section, name, kind: 'added', breaking, details: breaking ? ['new required input'] : [] });
    } else {
      const change = compareMember(old, member, section);
      if (change) changes.push({ section, name, ...change });
    }
  }
  for (const key of Object.keys(before)) {
    if (key in after) continue;
    const { section, name } = splitKey(key);
    const owner = ownerOf(section, name, before);
    if (owner && !(owner in after)) continue;
    changes.push({ section, name, kind: 'removed', breaking: true, details: [] });
  }
  return changes.sort(
    (a, b) => Number(b.breaking) - Number(a.breaking) || compareText(a.section, b.section) || compareText(a.name, b.name),
  );
}

/** The member a parameter, response, event or field belongs to (its operation, channel, command or schema). */
function ownerOf(section: Section, name: string, members: SurfaceMembers): string | undefined {
  if (section === 'field') return memberKey('schema', name.slice(0, name.lastIndexOf('.')));
  if (section === 'response') return memberKey('operation', name);
  if (section === 'event') return memberKey('channel', name);
  if (section !== 'parameter') return undefined;
  const owner = name.slice(0, name.lastIndexOf('('));
  return [memberKey('operation', owner), memberKey('command', owner), memberKey('channel', owner)].find((k) => k in members);
}

/** Major if anything breaks; minor if anything was added or widened (or changed harmlessly); patch otherwise. */
export function releaseOf(changes: MemberChange[]): Release | undefined {
  if (changes.length === 0) return undefined;
  if (changes.some((c) => c.breaking)) return 'major';
  if (changes.some((c) => c.kind !== 'narrowed')) return 'minor';
  return 'patch';
}

interface Aspect {
  direction: 'wider' | 'narrower' | 'other';
  breaking: boolean;
  detail: string;
}

function compareMember(old: SurfaceMember, now: SurfaceMember, section: Section): Omit<MemberChange, 'section' | 'name'> | undefined {
  // The flow of either generation counts: a schema that became an input as well is held to both rules.
  const flow = mergeFlows(old.flow, now.flow);
  const input = reads(flow, 'input');
  const output = reads(flow, 'output');
  const aspects: Aspect[] = [];
  const flag = (was: boolean, is: boolean, detail: string, wider: boolean): void => {
    if (was === is) return;
    // Wider input is harmless, wider output breaks readers; narrower is the reverse.
    aspects.push({ direction: wider ? 'wider' : 'narrower', breaking: wider ? output : input, detail });
  };
  flag(old.required === true, now.required === true, now.required ? 'optional → required' : 'required → optional', !now.required);
  flag(old.nullable === true, now.nullable === true, now.nullable ? 'now nullable' : 'no longer nullable', now.nullable === true);
  if (old.value !== now.value)
    aspects.push({ direction: 'other', breaking: old.value, detail: now.value ? 'now a value' : 'now a type only' });
  if ((old.type ?? '') !== (now.type ?? '')) {
    const aspect = compareTypes(old.type ?? '', now.type ?? '', input, output);
    // A client setting (default API version, servers) changes what a client does, not how code calls it.
    aspects.push(section === 'client' ? { ...aspect, breaking: false } : aspect);
  }
  if (old.values || now.values) aspects.push(...compareValues(old, now, input, output));
  for (const key of ['readOnly', 'writeOnly', 'location', 'streaming'] as const)
    if (old[key] !== now[key])
      aspects.push({ direction: 'other', breaking: true, detail: `${key} ${String(old[key] ?? '-')} → ${String(now[key] ?? '-')}` });
  if (aspects.length === 0) return undefined;
  const directions = new Set(aspects.map((a) => a.direction));
  const kind: ChangeKind = directions.size > 1 || directions.has('other') ? 'changed' : directions.has('wider') ? 'widened' : 'narrowed';
  return { kind, breaking: aspects.some((a) => a.breaking), details: aspects.map((a) => a.detail) };
}

/** Types compare as sets of union members; in a union with `string` (an open enum) known string values come and go freely. */
function compareTypes(was: string, is: string, input: boolean, output: boolean): Aspect {
  const detail = `type ${was || '-'} → ${is || '-'}`;
  const before = new Set(was.split(' | '));
  const after = new Set(is.split(' | '));
  const open = before.has('string') && after.has('string');
  const significant = (set: Set<string>): Set<string> => new Set([...set].filter((p) => !(open && p.startsWith('"'))));
  const [b, a] = [significant(before), significant(after)];
  // A literal is covered by its own base type: `"en"` → `string` widens, it does not change the type.
  const covered = (p: string, y: Set<string>): boolean =>
    y.has(p) || (p.startsWith('"') && y.has('string')) || (/^-?\d/.test(p) && y.has('number'));
  const subset = (x: Set<string>, y: Set<string>): boolean => [...x].every((p) => covered(p, y));
  if (subset(b, a) && subset(a, b)) return { direction: subset(before, after) ? 'wider' : 'narrower', breaking: false, detail };
  if (subset(b, a)) return { direction: 'wider', breaking: output, detail };
  if (subset(a, b)) return { direction: 'narrower', breaking: input, detail };
  return { direction: 'other', breaking: true, detail };
}

function compareValues(old: SurfaceMember, now: SurfaceMember, input: boolean, output: boolean): Aspect[] {
  const aspects: Aspect[] = [];
  const was = new Set(old.values ?? []);
  const is = new Set(now.values ?? []);
  const added = [...is].filter((v) => !was.has(v));
  const removed = [...was].filter((v) => !is.has(v));
  // A value a closed output enum gains is one readers do not handle; an open enum promised that values come.
  if (added.length > 0) aspects.push({ direction: 'wider', breaking: output && !now.open, detail: `values +${added.join(' +')}` });
  if (removed.length > 0)
    aspects.push({ direction: 'narrower', breaking: !now.open || !old.open, detail: `values -${removed.join(' -')}` });
  if (old.open !== now.open)
    aspects.push({
      direction: now.open ? 'wider' : 'narrower',
      breaking: now.open ? output : input,
      detail: now.open ? 'enum now open' : 'enum now closed',
    });
  return aspects;
}

function mergeFlows(a: Flow | undefined, b: Flow | undefined): Flow | undefined {
  if (!a || !b) return a ?? b;
  return a === b ? a : 'both';
}

function reads(flow: Flow | undefined, direction: 'input' | 'output'): boolean {
  return flow === undefined || flow === 'both' || flow === direction;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
