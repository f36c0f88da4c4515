// The generated README's examples are code: extracted and type-checked against the client, so they cannot rot.
import fs from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { CARTESIA_OUT, tempDir } from '../support/paths.js';
import { codeBlocks, examplesModule } from '../support/readme-examples.js';
import { STRICT_OPTIONS } from '../support/typecheck.js';

describe('README examples', () => {
  it('type-check against the generated client', () => {
    const readme = fs.readFileSync(path.join(CARTESIA_OUT, 'README.md'), 'utf8');
    const pkg = JSON.parse(fs.readFileSync(path.join(CARTESIA_OUT, 'package.json'), 'utf8')) as { name: string };
    const blocks = codeBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(15);
    const { dir, cleanup } = tempDir('readme-');
    try {
      fs.cpSync(path.join(CARTESIA_OUT, 'src'), path.join(dir, 'src'), { recursive: true });
      fs.copyFileSync(path.join(CARTESIA_OUT, 'package.json'), path.join(dir, 'package.json'));
      fs.writeFileSync(path.join(dir, 'examples.ts'), examplesModule(blocks, pkg.name, 'Cartesia'));
      // Examples may use Node (process.env, fs), so Node's types are in; unused locals are fine in examples.
      const project = new Project({
        compilerOptions: {
          ...STRICT_OPTIONS,
          types: ['node'],
          typeRoots: [path.resolve('node_modules/@types')],
          noUnusedLocals: false,
          noUnusedParameters: false,
        },
        skipAddingFilesFromTsConfig: true,
      });
      project.addSourceFilesAtPaths([`${dir}/src/**/*.ts`, `${dir}/examples.ts`]);
      const problems = project
        .getPreEmitDiagnostics()
        .map(
          (d) =>
            `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()}: ${ts.flattenDiagnosticMessageText(d.getMessageText() as string, '\n')}`,
        );
      expect(problems, fs.readFileSync(path.join(dir, 'examples.ts'), 'utf8')).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
