// Format stage: prettier over every rendered file it has a parser for. A syntax error here means a
// template produced invalid code; the message names the output line and the template responsible.
import prettier from 'prettier';
import { GeneratorError, problem } from '../errors.js';
import type { RenderedFiles } from '../render/render.js';
import type { TemplateSet } from '../render/template-set.js';

const PARSERS: Record<string, string> = {
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  js: 'babel',
  mjs: 'babel',
  cjs: 'babel',
  json: 'json',
  md: 'markdown',
  yaml: 'yaml',
  yml: 'yaml',
};

export function parserFor(file: string): string | undefined {
  const ext = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase();
  if (file.endsWith('package.json')) return 'json-stringify';
  return ext ? PARSERS[ext] : undefined;
}

export async function formatOutput(files: RenderedFiles, set: TemplateSet): Promise<RenderedFiles> {
  if (set.format === 'none') return files;
  const out: RenderedFiles = new Map();
  // Formatting is CPU-bound; running files concurrently still overlaps prettier's async plugin loading.
  const entries = await Promise.all(
    [...files].map(async ([file, rendered]) => {
      const parser = parserFor(file);
      if (!parser || !rendered.format) return [file, rendered] as const;
      try {
        const content = await prettier.format(rendered.content, { ...set.prettier, parser, filepath: file });
        return [file, { ...rendered, content }] as const;
      } catch (err) {
        const loc = (err as { loc?: { start?: { line?: number; column?: number } } }).loc?.start;
        const line = loc?.line;
        const excerpt = line ? rendered.content.split('\n')[line - 1]?.trim().slice(0, 120) : undefined;
        const message = ((err as Error).message.split('\n')[0] ?? 'syntax error').replace(/\s*\(\d+:\d+\)$/, '');
        throw new GeneratorError(
          problem(
            'output-syntax',
            `the rendered ${file} is not valid ${parser}${line ? ` at line ${line}${loc?.column !== undefined ? `:${loc.column}` : ''}` : ''}: ${message}${excerpt ? ` — near \`${excerpt}\`` : ''}`,
            'fix the template that produced it (named here)',
            { file: rendered.source },
          ),
        );
      }
    }),
  );
  for (const [file, rendered] of entries) out.set(file, rendered);
  return out;
}
