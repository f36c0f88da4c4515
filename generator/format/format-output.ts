// Format stage: prettier over every rendered file it has a parser for. A syntax error here means a template
// produced invalid code; the message names the output line and the template responsible.
import { createRequire } from 'node:module';
import type { Plugin } from 'prettier';
import type * as PrettierStandalone from 'prettier/standalone';
import { GeneratorError, problem } from '../errors.js';
import type { RenderedFiles } from '../render/render.js';
import type { TemplateSet } from '../render/template-set.js';

// Prettier's standalone build, with the plugins each parser needs, loaded by `require` when first needed.
// Its CommonJS files can use V8's code cache on Node 20 (generator/run.mjs), its ES modules cannot, and the
// main entry would also load plugins a run does not use (TypeScript's for code in Markdown: see below). The
// formatting is the same code; the options come from the template set only (no config files are read).
const require = createRequire(import.meta.url);
const prettier = (): typeof PrettierStandalone => require('prettier/standalone') as typeof PrettierStandalone;
const plugin = (name: string): Plugin => require(`prettier/plugins/${name}`) as Plugin;

// babel-ts rather than typescript for TypeScript: the same output here, and a much smaller parser to load.
const PARSERS: Record<string, string> = {
  ts: 'babel-ts',
  mts: 'babel-ts',
  cts: 'babel-ts',
  js: 'babel',
  mjs: 'babel',
  cjs: 'babel',
  json: 'json',
  md: 'markdown',
  yaml: 'yaml',
  yml: 'yaml',
};

/**
 * Markdown formats its fenced code by the fence's language: prettier names the `typescript` parser for
 * TypeScript, whose plugin is 3 MB to load. The same babel-ts parser used for .ts files stands in for it.
 */
const typescriptInMarkdown = (): Plugin => ({
  parsers: { typescript: (plugin('babel') as { parsers: Record<string, NonNullable<Plugin['parsers']>[string]> }).parsers['babel-ts']! },
});

/** The plugins a parser needs: its own, the printer of its syntax tree, and (Markdown) those of embedded code. */
const PLUGINS: Record<string, () => Plugin[]> = {
  babel: () => [plugin('babel'), plugin('estree')],
  markdown: () => [plugin('markdown'), plugin('babel'), plugin('estree'), typescriptInMarkdown()],
  yaml: () => [plugin('yaml')],
};
const PARSER_PLUGINS: Record<string, keyof typeof PLUGINS> = {
  babel: 'babel',
  'babel-ts': 'babel',
  json: 'babel',
  'json-stringify': 'babel',
  markdown: 'markdown',
  yaml: 'yaml',
};
const loaded = new Map<string, Plugin[]>();
function pluginsFor(parser: string): Plugin[] {
  const key = PARSER_PLUGINS[parser]!;
  let plugins = loaded.get(key);
  if (!plugins) loaded.set(key, (plugins = PLUGINS[key]!()));
  return plugins;
}

/** The language a parser reads, as error messages name it. */
const LANGUAGES: Record<string, string> = {
  'babel-ts': 'TypeScript',
  typescript: 'TypeScript',
  babel: 'JavaScript',
  json: 'JSON',
  'json-stringify': 'JSON',
  markdown: 'Markdown',
  yaml: 'YAML',
};

export function parserFor(file: string): string | undefined {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  if (file.endsWith('package.json')) return 'json-stringify';
  return ext ? PARSERS[ext] : undefined;
}

export async function formatOutput(files: RenderedFiles, set: TemplateSet): Promise<RenderedFiles> {
  if (set.format === 'none') return files;
  const out: RenderedFiles = new Map();
  // One file at a time: prettier is CPU-bound, and formatting them all at once would hold every file's
  // syntax tree in memory together (gigabytes on a spec of thousands of operations) for no gain in time.
  for (const [file, rendered] of files) {
    const parser = parserFor(file);
    if (!parser || !rendered.format) {
      out.set(file, rendered);
      continue;
    }
    try {
      const content = await prettier().format(rendered.content, { ...set.prettier, parser, filepath: file, plugins: pluginsFor(parser) });
      out.set(file, { ...rendered, content });
    } catch (err) {
      throw syntaxError(file, rendered, parser, err);
    }
  }
  return out;
}

function syntaxError(file: string, rendered: { content: string; source: string }, parser: string, err: unknown): GeneratorError {
  const loc = (err as { loc?: { start?: { line?: number; column?: number } } }).loc?.start;
  const line = loc?.line;
  const excerpt = line ? rendered.content.split('\n')[line - 1]?.trim().slice(0, 120) : undefined;
  const message = ((err as Error).message.split('\n')[0] ?? 'syntax error').replace(/\s*\(\d+:\d+\)$/, '');
  return new GeneratorError(
    problem(
      'output-syntax',
      `the rendered ${file} is not valid ${LANGUAGES[parser] ?? parser}${line ? ` at line ${line}${loc?.column !== undefined ? `:${loc.column}` : ''}` : ''}: ${message}${excerpt ? ` — near \`${excerpt}\`` : ''}`,
      'fix the template that produced it (named here)',
      { file: rendered.source },
    ),
  );
}
