// The generated README's examples are code: extracted and type-checked against the client, so they cannot rot.
import fs from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { CARTESIA_OUT, tempDir } from '../support/paths.js';
import { STRICT_OPTIONS } from '../support/typecheck.js';

/** The ```ts blocks of a Markdown file. */
export function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/**
 * One module for all examples: imports hoisted to the top (names imported from the package itself taken from
 * its sources), each block in an async function of its own, and `client` declared for blocks that use it
 * without creating it.
 */
export function examplesModule(blocks: string[], packageName: string, clientClass: string): string {
  const fromPackage = new Set<string>([clientClass]);
  const imports = new Set<string>();
  const bodies = blocks.map((block, i) => {
    const lines = block.split('\n').filter((line) => {
      if (!/^import .* from .*;$/.test(line)) return true;
      const names = line.includes(`'${packageName}'`) ? /^import \{([^}]*)\}/.exec(line)?.[1] : undefined;
      if (names !== undefined) for (const name of names.split(',')) fromPackage.add(name.trim());
      else if (!line.includes(`'${packageName}'`)) imports.add(line);
      return false;
    });
    const parameter = /\bconst client\b/.test(block) ? '' : `client: ${clientClass}`;
    return `export async function example${i}(${parameter}): Promise<void> {\n${lines.join('\n')}\n}`;
  });
  const head = [`import { ${[...fromPackage].filter(Boolean).sort().join(', ')} } from './src/index.js';`, ...imports];
  return `${head.join('\n')}\n\n${bodies.join('\n\n')}\n`;
}

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
