// The TypeScript examples of a generated README, as one module that type-checks against the package's sources.

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

/** The ```python blocks of a Markdown file. */
export function pythonCodeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```python\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** The Markdown under a `## heading`, up to the next heading of that level (empty when there is none). */
export function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = markdown.indexOf('\n## ', start + heading.length + 4);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/**
 * A Python example as a script of its own: blocks that use `client` without creating it (they follow the README's
 * setup block) get the same setup, which reads its credential and base URL from the environment.
 */
export function pythonExampleScript(block: string, packageName: string, clientClass: string): string {
  const creates = /^client = /m.test(block);
  const uses = /\bclient\b/.test(block);
  const imports = new RegExp(`^from ${packageName} import .*\\b${clientClass}\\b`, 'm').test(block);
  const needsClass = (uses && !creates) || (new RegExp(`\\b${clientClass}\\(`).test(block) && !imports);
  const head = needsClass ? `from ${packageName} import ${clientClass}\n\n` : '';
  const setup = uses && !creates ? `client = ${clientClass}()\n\n` : '';
  return `${head}${setup}${block}`;
}

/** The code blocks of a README section in a language, each under the `### heading` it follows. */
export function headedBlocks(markdown: string, language: string): { heading: string; code: string }[] {
  const out: { heading: string; code: string }[] = [];
  let heading = '';
  for (const part of markdown.split(/^(### .*|```[a-z]*\n[\s\S]*?```)$/m)) {
    if (part.startsWith('### ')) heading = part.slice(4).trim();
    else if (part.startsWith(`\`\`\`${language}\n`)) out.push({ heading, code: part.slice(language.length + 4, -3) });
  }
  return out;
}
