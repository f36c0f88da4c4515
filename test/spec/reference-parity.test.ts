// spec/cartesia.yaml must state the facts of Cartesia's published reference (../shared/reference, API 2025-11-04)
// plus the documented delta to API 2026-08-14 (reference-delta-2026-08-14.yaml: the version's changes, the
// reference gaps fixed with it, and our documented choices), so the client works against the real service: paths,
// methods, parameters, field names, types, enums, formats, nullability, required-ness and content types. Prose,
// examples and titles are ours and are not compared.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, type SpecSource } from '../../generator/load/load-spec.js';
import { CARTESIA_SPEC, REFERENCE_SPEC, tempDir } from '../support/paths.js';
import { allChanges, compare, expectedFacts, loadDelta, missing } from './support/delta.js';
import { specFacts, type Json } from './support/spec-facts.js';

const DELTA = loadDelta(path.join(import.meta.dirname, 'reference-delta-2026-08-14.yaml'));
const available = fs.existsSync(REFERENCE_SPEC);

/** Our spec with one file edited, in a temporary copy (the spec spans cartesia.yaml and schemas/*.yaml). */
function mutatedSpec(file: string, edit: (text: string) => string): { source: SpecSource; cleanup: () => void } {
  const { dir, cleanup } = tempDir('ocg-parity-');
  fs.cpSync(path.dirname(CARTESIA_SPEC), dir, { recursive: true });
  const target = path.join(dir, file);
  const before = fs.readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  fs.writeFileSync(target, after);
  return { source: loadSpec(path.join(dir, 'cartesia.yaml')).source, cleanup };
}

// Without ../shared (a clone elsewhere) there is nothing to compare with; CI machines have it.
describe.runIf(available)('spec/cartesia.yaml against the published reference plus the 2026-08-14 delta', () => {
  if (!available) return;
  const ours = specFacts(loadSpec(CARTESIA_SPEC).source);
  const reference = specFacts(loadSpec(REFERENCE_SPEC).source);
  const expected = expectedFacts(reference, DELTA);

  it('the delta moves the reference from 2025-11-04 to 2026-08-14 and applies cleanly to it', () => {
    expect([DELTA.from, DELTA.to, reference.apiVersion]).toEqual(['2025-11-04', '2026-08-14', '2025-11-04']);
    expect(expected.apiVersion).toBe('2026-08-14');
    const ids = allChanges(DELTA).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every change is a real change: the reference alone does not already satisfy it.
    expect(
      allChanges(DELTA)
        .filter((c) => c.at[0] !== 'channels' && missing(reference, c) === '')
        .map((c) => c.id),
    ).toEqual([]);
  });

  for (const [section, changes] of Object.entries(DELTA.sections)) {
    for (const change of changes) {
      it(`${section}: ${change.id} (${change.source})`, () => {
        expect(missing(ours, change)).toBe('');
      });
    }
  }

  it('has exactly the reference operations plus the 3 new ones (53)', () => {
    expect(Object.keys(ours.operations).sort()).toEqual(Object.keys(expected.operations).sort());
    expect(Object.keys(reference.operations)).toHaveLength(50);
    expect(Object.keys(ours.operations)).toHaveLength(53);
  });

  for (const key of Object.keys(expected.operations)) {
    it(`${key}: parameters, body and responses match`, () => {
      expect(ours.operations[key], `${key} is missing`).toBeDefined();
      expect(ours.operations[key]).toEqual(expected.operations[key]);
    });
  }

  it('declares every reference and new schema with the expected facts', () => {
    const absent = Object.keys(expected.schemas).filter((name) => !(name in ours.schemas));
    expect(absent).toEqual([]);
    for (const [name, schema] of Object.entries(expected.schemas)) expect(ours.schemas[name], name).toEqual(schema);
  });

  it('finds no difference at all between the spec and reference + delta', () => {
    expect(compare(ours, reference, DELTA)).toEqual([]);
  });

  it('uses the reference servers and security schemes', () => {
    const oursSource = loadSpec(CARTESIA_SPEC).source;
    const referenceSource = loadSpec(REFERENCE_SPEC).source;
    expect(oursSource.root.servers).toEqual([expect.objectContaining({ url: 'https://api.cartesia.ai' })]);
    const schemes = (doc: SpecSource) =>
      Object.fromEntries(
        Object.entries((doc.root.components as Json).securitySchemes as Json).map(([k, v]) => [
          k,
          { type: (v as Json).type, scheme: (v as Json).scheme },
        ]),
      );
    expect(schemes(oursSource)).toEqual(schemes(referenceSource));
  });

  describe('fails when the spec lacks a listed change', () => {
    const cases: [string, string, (text: string) => string, string][] = [
      [
        'case_sensitive removed',
        'schemas/pronunciation-dicts.yaml',
        (t) => t.replace(/\n {4}case_sensitive:\n(?: {6}.*\n)+/, '\n'),
        'pronunciation-case-sensitive',
      ],
      ['the old version', 'cartesia.yaml', (t) => t.replace("default: '2026-08-14'", "default: '2025-11-04'"), 'version-header'],
      [
        'localize without accent required',
        'schemas/voices.yaml',
        (t) => t.replace('  - name\n  - accent\n', '  - name\n'),
        'localize-required',
      ],
      [
        'GET /accents named differently',
        'cartesia.yaml',
        (t) => t.replace('operationId: voices.listAccents', 'operationId: accents.list'),
        'op-list-accents',
      ],
      [
        'the STT turns socket without language',
        'schemas/stt.yaml',
        (t) => t.replace(/ {4}language:\n(?: {6}.*\n)+(?= {4}turn_start_threshold:)/, ''),
        'stt-turns-language-iso-639-1',
      ],
    ];
    for (const [name, file, edit, id] of cases) {
      it(`${name}: reports ${id}`, () => {
        const { source, cleanup } = mutatedSpec(file, edit);
        try {
          const problems = compare(specFacts(source), reference, DELTA);
          expect(
            problems.some((p) => p.startsWith(`change ${id} `)),
            problems.join('\n'),
          ).toBe(true);
        } finally {
          cleanup();
        }
      });
    }

    it('an unlisted difference (a field the delta does not mention) is reported too', () => {
      const { source, cleanup } = mutatedSpec('schemas/voices.yaml', (t) =>
        t.replace('    is_owner:\n      type: boolean\n', '    is_owner:\n      type: boolean\n    is_featured:\n      type: boolean\n'),
      );
      try {
        expect(compare(specFacts(source), reference, DELTA)).toEqual([expect.stringMatching(/^schema Voice: properties › is_featured: /)]);
      } finally {
        cleanup();
      }
    });
  });
});
