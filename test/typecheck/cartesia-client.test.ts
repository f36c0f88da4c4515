// The committed Cartesia client, read as a TypeScript program: it type-checks under --strict, and its public
// surface (ts-morph) has every operation of the spec as a method, in the resource the spec names.
import fs from 'node:fs';
import path from 'node:path';
import { Project, SyntaxKind, type ClassDeclaration } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/pipeline.js';
import { CARTESIA_OUT, CARTESIA_SPEC } from '../support/paths.js';
import { STRICT_OPTIONS, typecheckPackages } from '../support/typecheck.js';

describe('generated/typescript', () => {
  it('type-checks under --strict with noUncheckedIndexedAccess', () => {
    expect(typecheckPackages([CARTESIA_OUT])).toEqual([]);
  });

  it('exposes every operation of the spec as a typed method of its resource', () => {
    const { model } = buildModel(CARTESIA_SPEC);
    const project = new Project({ compilerOptions: STRICT_OPTIONS, skipAddingFilesFromTsConfig: true });
    project.addSourceFilesAtPaths(`${CARTESIA_OUT}/src/**/*.ts`);
    const classes = new Map<string, ClassDeclaration>();
    for (const file of project.getSourceFiles()) for (const cls of file.getClasses()) if (cls.getName()) classes.set(cls.getName()!, cls);
    const client = classes.get('Cartesia')!;
    expect(client).toBeDefined();

    // Walk client.a.b.c through the declared property types.
    const resourceClass = (resourcePath: string[]): ClassDeclaration => {
      let cls = client;
      for (const name of resourcePath) {
        const property = cls.getPropertyOrThrow(name);
        cls = classes.get(
          property
            .getType()
            .getText(property)
            .replace(/^import\(.*?\)\./, ''),
        )!;
        expect(cls, `${resourcePath.join('.')} resolves to a class`).toBeDefined();
      }
      return cls;
    };
    for (const op of model.operations) {
      const method = resourceClass(op.resourcePath).getMethod(op.name);
      expect(method, `client.${[...op.resourcePath, op.name].join('.')}`).toBeDefined();
      const returnType = method!.getReturnTypeNode()!.getText();
      if (op.pagination) expect(returnType).toMatch(/^PagePromise</);
      else expect(returnType).toMatch(/^APIPromise</);
      const docs = method!
        .getJsDocs()
        .map((d) => d.getInnerText())
        .join('\n');
      expect(docs, `${op.id} documents its route`).toContain(`${op.method} ${op.path}`);
    }
    expect(model.operations.length).toBe(53); // 50 of API 2025-11-04, plus 3 accent operations in 2026-08-14
  });

  it('has no runtime dependencies and exports ESM and CommonJS entry points with types', async () => {
    const pkg = (await import(path.join(CARTESIA_OUT, 'package.json'), { with: { type: 'json' } })).default as Record<string, unknown>;
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.exports).toMatchObject({
      '.': { import: { types: expect.stringMatching(/\.d\.ts$/) }, require: { types: expect.stringMatching(/\.d\.ts$/) } },
    });
    expect(pkg.engines).toEqual({ node: '>=20' });
    // The version is the spec's, moved by each release the public-API report advised (recorded beside it).
    const record = JSON.parse(fs.readFileSync(path.join(CARTESIA_OUT, '.api-surface.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(record.version);
    const [major, minor] = buildModel(CARTESIA_SPEC).model.info.version.split('.').map(Number);
    const [nowMajor, nowMinor] = record.version.split('.').map(Number);
    expect(nowMajor! > major! || (nowMajor === major && nowMinor! >= minor!)).toBe(true);
  });

  it('keeps its request path on web-standard APIs (no node: imports in the package source)', () => {
    const project = new Project({ skipAddingFilesFromTsConfig: true });
    project.addSourceFilesAtPaths(`${CARTESIA_OUT}/src/**/*.ts`);
    const nodeImports = project
      .getSourceFiles()
      .flatMap((f) => f.getDescendantsOfKind(SyntaxKind.ImportDeclaration))
      .map((d) => d.getModuleSpecifierValue())
      .filter((m) => m.startsWith('node:') || ['fs', 'http', 'https', 'stream', 'buffer'].includes(m));
    expect(nodeImports).toEqual([]);
  });
});
