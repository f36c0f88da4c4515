import { describe, expect, it } from 'vitest';
import { compareSurfaces, readTypeScriptSurface } from '../../generator/surface/typescript-surface.js';

const before = new Map([
  [
    'src/resources/voices.ts',
    `export class Voices extends APIResource {
  /** Lists voices. */
  list(params: VoicesListParams = {}, options?: RequestOptions): PagePromise<Voice> { return x; }
  get(id: string, options?: RequestOptions): APIPromise<Voice> { return x; }
  private helper(): void {}
}
export type VoicesListParams = { limit?: number };`,
  ],
  ['src/models.ts', 'export type Voice = { id: string };\nexport type Gone = string;\ntype Internal = number;'],
]);

describe('public surface', () => {
  it('reads exported classes with their public methods, and exported types', () => {
    const surface = readTypeScriptSurface(before);
    expect([...surface.keys()].sort()).toEqual([
      'Voices.get',
      'Voices.list',
      'class Voices',
      'type Gone',
      'type Voice',
      'type VoicesListParams',
    ]);
    expect(surface.get('Voices.get')).toBe('(id: string, options?: RequestOptions): APIPromise<Voice>');
  });

  it('classifies a regeneration as patch, minor or major', () => {
    const same = readTypeScriptSurface(before);
    expect(compareSurfaces(same, readTypeScriptSurface(before)).release).toBe('patch');
    const added = new Map(before);
    added.set('src/models.ts', `${before.get('src/models.ts')}\nexport type Extra = boolean;`);
    expect(compareSurfaces(same, readTypeScriptSurface(added))).toMatchObject({ added: ['type Extra'], release: 'minor' });
    const changed = new Map(added);
    changed.set('src/models.ts', 'export type Voice = { id: number };\nexport type Extra = boolean;');
    expect(compareSurfaces(same, readTypeScriptSurface(changed))).toEqual({
      added: ['type Extra'],
      removed: ['type Gone'],
      changed: ['type Voice'],
      release: 'major',
    });
  });

  it('ignores documentation and formatting', () => {
    const reformatted = new Map(before);
    reformatted.set('src/models.ts', 'export type Voice = {\n  /** The id. */\n  id: string\n};\n\nexport type Gone =\n  string;');
    expect(compareSurfaces(readTypeScriptSurface(before), readTypeScriptSurface(reformatted))).toMatchObject({
      changed: [],
      release: 'patch',
    });
  });
});
