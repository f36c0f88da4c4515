// The release report in words: one line per changed member, the console summary, and the CHANGELOG.md of the
// generated package (newest entry first, everything already in the file kept below it, hand edits included).
// No dates: the same inputs must write the same bytes.
import type { MemberChange } from './compare-surface.js';
import type { ReleasePlan } from './release-plan.js';

export const CHANGELOG_FILE = 'CHANGELOG.md';
const HEADING = '# Changelog';

/** `field Voice.is_public: optional → required`, with `code` around the name (backticks in Markdown). */
export function describeChange(change: MemberChange, code: (name: string) => string = (n) => n): string {
  const what = `${change.section} ${code(change.name)}`;
  if (change.kind === 'added') return `${what} added${change.breaking ? ' (required)' : ''}`;
  if (change.kind === 'removed') return `${what} removed`;
  return `${what} ${change.kind}: ${change.details.join('; ')}`;
}

export interface ReportSections {
  breaking: MemberChange[];
  added: MemberChange[];
  other: MemberChange[];
}

export function reportSections(changes: MemberChange[]): ReportSections {
  return {
    breaking: changes.filter((c) => c.breaking),
    added: changes.filter((c) => !c.breaking && c.kind === 'added'),
    other: changes.filter((c) => !c.breaking && c.kind !== 'added'),
  };
}

const RELEASE_WORDS = { major: 'a major (breaking) release', minor: 'a minor release', patch: 'a patch release' };

/** `Public API of <pkg>: 3 changes — a major (breaking) release: 0.1.0 → 1.0.0`. */
export function summaryLine(plan: ReleasePlan): string {
  const head = `Public API of ${plan.packageName}`;
  if (plan.previousVersion === undefined) return `${head}: first generation, version ${plan.version} (${sizeText(plan)})`;
  const step = plan.previousVersion === plan.version ? plan.version : `${plan.previousVersion} → ${plan.version}`;
  if (!plan.release) return `${head}: unchanged (version ${step})`;
  const count = plan.changes.length === 0 ? 'no surface change' : `${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}`;
  return `${head}: ${count} — ${RELEASE_WORDS[plan.release]}: ${step}`;
}

function sizeText(plan: ReleasePlan): string {
  const { operations, schemas, channels } = plan.size;
  return `${operations} operations, ${schemas} schemas${channels > 0 ? `, ${channels} channels` : ''}`;
}

/** CHANGELOG.md: a new entry above the previous file's entries, or the previous file as it is when nothing changed. */
export function changelogText(plan: ReleasePlan, first: boolean, previous: string | undefined): string {
  const rest = stripHeading(previous ?? '');
  if (!first && !plan.release)
    return previous ?? `${HEADING}\n\n${entryHeading(plan)}The changelog (removed since) starts again here: ${sizeText(plan)}.\n`;
  const entry = first ? initialEntry(plan) : changeEntry(plan);
  // A run treated as first (its record lost) over a changelog that already starts with this very entry.
  if (rest.startsWith(entry)) return `${HEADING}\n\n${rest}`;
  return `${HEADING}\n\n${entry}${rest ? `\n${rest}` : ''}`;
}

function stripHeading(text: string): string {
  const body = text.startsWith(`${HEADING}\n`) ? text.slice(HEADING.length + 1) : text;
  const trimmed = body.replace(/^\s*\n/, '');
  return trimmed === '' || trimmed.endsWith('\n') ? trimmed : `${trimmed}\n`;
}

function entryHeading(plan: ReleasePlan): string {
  return `## ${plan.version}${plan.apiVersion !== undefined ? ` (API version ${plan.apiVersion})` : ''}\n\n`;
}

function initialEntry(plan: ReleasePlan): string {
  return `${entryHeading(plan)}First generation: ${sizeText(plan)}.\n`;
}

function changeEntry(plan: ReleasePlan): string {
  const sections = reportSections(plan.changes);
  const code = (name: string): string => `\`${name}\``;
  const list = (title: string, changes: MemberChange[]): string =>
    changes.length === 0 ? '' : `\n### ${title}\n\n${changes.map((c) => `- ${describeChange(c, code)}\n`).join('')}`;
  const intro =
    plan.changes.length === 0
      ? 'No change to the public API; descriptions or behaviour changed.\n'
      : `${capitalize(RELEASE_WORDS[plan.release!])}: ${counts(sections)}.\n`;
  return (
    entryHeading(plan) +
    intro +
    list('Breaking changes', sections.breaking) +
    list('Added', sections.added) +
    list('Other changes', sections.other)
  );
}

export function counts(sections: ReportSections): string {
  const n = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [
    ...(sections.breaking.length ? [n(sections.breaking.length, 'breaking change')] : []),
    ...(sections.added.length ? [n(sections.added.length, 'addition')] : []),
    ...(sections.other.length ? [n(sections.other.length, 'other change')] : []),
  ].join(', ');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
