// The TypeScript set declares in its manifest what src/index.ts exports from the static runtime (src/core), as
// values or types; the public-API report counts on that list. Here it is held to the committed output.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplateSet } from '../../generator/render/template-set.js';
import { readExports } from '../support/typescript-exports.js';
import { CARTESIA_OUT, TS_TEMPLATES } from '../support/paths.js';

describe('runtime surface of the TypeScript template set', () => {
  it('names every runtime export of generated/typescript/src/index.ts, each as the value or type it is', () => {
    const exports = readExports(path.join(CARTESIA_OUT, 'src/index.ts'));
    const core = path.join(CARTESIA_OUT, 'src/core') + path.sep;
    // Exported under its own name from the runtime; an alias named after the client (`CartesiaError`) is rendered.
    const runtime = [...exports].filter(([name, e]) => e.file.startsWith(core) && e.declaredAs === name);
    expect(runtime.length).toBeGreaterThan(20);
    const { runtimeSurface } = loadTemplateSet(TS_TEMPLATES);
    const kinds = (list: string[], kind: string) => list.map((name) => `${name}: ${kind}`);
    expect([...kinds(runtimeSurface.values, 'value'), ...kinds(runtimeSurface.types, 'type')].sort()).toEqual(
      runtime.map(([name, e]) => `${name}: ${e.kind}`).sort(),
    );
    // The reader tells them apart: a class exported with `export type` is a type to users.
    expect(exports.get('EventStream')?.kind).toBe('type');
    expect(exports.get('Page')?.kind).toBe('value');
  });
});
