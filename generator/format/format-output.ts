// Format stage: prettier over every rendered file it has a parser for. A syntax error here means a template
// produced invalid code; the message names the output line and the template responsible.
import { GeneratorError, problem } from '../errors.js';
import type { RenderedFiles } from '../render/render.js';
import type { TemplateSet } from '../render/template-set.js';
import { formatWithCommand } from './command-formatter.js';
import { formatFencedCode } from './fenced-code.js';
import { parserFor } from './parsers.js';
import { pluginsFor, prettierStandalone } from './prettier-plugins.js';

export { parserFor };

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

export async function formatOutput(rendered: RenderedFiles, set: TemplateSet): Promise<RenderedFiles> {
  // The set's own formatter (manifest `formatCommand`) first, for the files prettier has no parser for.
  const files = set.formatCommand ? await formatWithCommand(rendered, set.formatCommand) : rendered;
  if (set.format === 'none') return files;
  const out: RenderedFiles = new Map();
  // One file at a time: prettier is CPU-bound, and formatting them all at once would hold every file's
  // syntax tree in memory together (gigabytes on a spec of thousands of operations) for no gain in time. Worker
  // threads were measured and not kept: each holds a prettier and syntax trees of its own (+35 MB on a small
  // spec, +95 MB on a large one with two threads), which took the peak memory over @hey-api/openapi-ts's.
  for (const [file, rendered] of files) {
    const parser = parserFor(file);
    if (!parser || !rendered.format) {
      out.set(file, rendered);
      continue;
    }
    const format = (text: string, textParser: string, filepath?: string): Promise<string> =>
      prettierStandalone().format(text, {
        ...set.prettier,
        parser: textParser,
        ...(filepath ? { filepath } : {}),
        plugins: pluginsFor(textParser, text),
      });
    if (rendered.format === 'fenced-code') {
      if (parser !== 'markdown') throw fencedCodeMisused(file, rendered.source);
      out.set(file, { ...rendered, content: await formatFencedCode(rendered.content, format) });
      continue;
    }
    try {
      out.set(file, { ...rendered, content: await format(rendered.content, parser, file) });
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

function fencedCodeMisused(file: string, source: string): GeneratorError {
  return new GeneratorError(
    problem(
      'manifest-invalid',
      `${file} is not a Markdown file, so \`format: fenced-code\` cannot apply to it`,
      'use format: true or false for this entry of manifest.yaml',
      { file: source },
    ),
  );
}
