// CHANGELOG.md text: the new entry on top, what the file held kept below it, nothing added when nothing changed.
import { describe, expect, it } from 'vitest';
import { changelogText, summaryLine } from '../../generator/surface/changelog.js';
import type { ReleasePlan } from '../../generator/surface/release-plan.js';

const plan = (over: Partial<ReleasePlan>): ReleasePlan => ({
  packageName: 'pkg',
  version: '1.0.0',
  changes: [],
  size: { operations: 2, schemas: 1, channels: 0 },
  members: {},
  specVersion: '0.1.0',
  ...over,
});

const REMOVED = { section: 'operation' as const, name: 'voices.list', kind: 'removed' as const, breaking: true, details: [] };

describe('CHANGELOG.md', () => {
  it('puts the new entry above the previous ones, hand edits kept, with the API version and no date', () => {
    const previous = '# Changelog\n\nOur own note.\n\n## 0.1.0\n\nFirst generation: 2 operations, 1 schemas.\n';
    const text = changelogText(
      plan({ previousVersion: '0.1.0', release: 'major', apiVersion: '2025-01-01', changes: [REMOVED] }),
      false,
      previous,
    );
    expect(text).toBe(
      '# Changelog\n\n## 1.0.0 (API version 2025-01-01)\n\nA major (breaking) release: 1 breaking change.\n\n### Breaking changes\n\n' +
        '- operation `voices.list` removed\n\nOur own note.\n\n## 0.1.0\n\nFirst generation: 2 operations, 1 schemas.\n',
    );
  });

  it('keeps a file without the heading whole, below the new entry', () => {
    const text = changelogText(plan({ previousVersion: '0.1.0', release: 'major', changes: [REMOVED] }), false, 'written by hand');
    expect(text.endsWith('\nwritten by hand\n')).toBe(true);
    expect(text.startsWith('# Changelog\n\n## 1.0.0\n')).toBe(true);
  });

  it('adds nothing when nothing changed, and no second copy of an initial entry already on top', () => {
    const previous = '# Changelog\n\n## 1.0.0\n\nFirst generation: 2 operations, 1 schemas.\n';
    expect(changelogText(plan({ previousVersion: '1.0.0' }), false, previous)).toBe(previous);
    expect(changelogText(plan({}), true, previous)).toBe(previous);
  });

  it('summarizes the release in one line', () => {
    expect(summaryLine(plan({ previousVersion: '0.1.0', release: 'major', changes: [REMOVED] }))).toBe(
      'Public API of pkg: 1 change — a major (breaking) release: 0.1.0 → 1.0.0',
    );
    expect(summaryLine(plan({ previousVersion: '1.0.0' }))).toBe('Public API of pkg: unchanged (version 1.0.0)');
  });
});
