// Format stage: prettier over every rendered file it has a parser for. A syntax error here means a template
// produced invalid code; the message names the output line and the template responsible.
import { createHash } from 'node:crypto';
import type { Plugin } from 'prettier';
import { GeneratorError, problem } from '../errors.js';
import type { RenderedFile, RenderedFiles } from '../render/render.js';
import type { TemplateSet } from '../render/template-set.js';
import { formatWithCommand } from './command-formatter.js';
import { formatFencedCode } from './fenced-code.js';
import { parserFor } from './parsers.js';
import { pluginModule, pluginsFor, prettierStandalone, prettierVersion } from './prettier-plugins.js';
import { PrettierWorker, WORKER_THRESHOLD, type WorkerResult } from './prettier-worker.js';

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

/** Formats rendered files (the whole stage at once). */
export async function formatOutput(rendered: RenderedFiles, set: TemplateSet): Promise<RenderedFiles> {
  return new FormatSession(set).finish(rendered);
}

interface Job {
  file: string;
  rendered: RenderedFile;
  parser: string;
  /** Hash of what prettier is given for the file (the record keeps it: output-record.ts). */
  source: string;
  /** The file as the previous generation formatted it from the same source: no formatting needed. */
  previous?: string;
  /** Handed to the worker thread: its slot there, and what it will answer. */
  worker?: { id: number; result: Promise<WorkerResult> };
}

/** The previous generation's formatted file for the same source, if any (output-record.ts, `previousFormatting`). */
export type PreviousFormatting = (file: string, source: string) => string | undefined;

/**
 * The format stage, which may start while the render stage runs: `rendered` takes each file as it is rendered, and
 * once enough code waits (prettier-worker.ts) a worker thread formats it meanwhile; `finish` formats the rest on the
 * main thread, sharing what the worker has not begun. One file at a time per thread: formatting them all at once
 * would hold every file's syntax tree in memory together (gigabytes on thousands of operations) for no gain. A file
 * rendered as the previous generation rendered it (`previous`) is taken as that generation formatted it.
 */
export class FormatSession {
  private readonly jobs = new Map<string, Job>();
  private waiting = 0;
  private worker: PrettierWorker | undefined;
  private sourcePrefix: string | undefined;

  constructor(
    private readonly set: TemplateSet,
    private readonly previous?: PreviousFormatting,
  ) {}

  /** A file as soon as it is rendered. */
  rendered(file: string, rendered: RenderedFile): void {
    // The set's own formatter (`formatCommand`) runs first, over the whole output: those sets format at the end.
    if (this.set.format === 'none' || this.set.formatCommand) return;
    const parser = parserFor(file);
    if (!parser || rendered.format !== true || this.jobs.get(file)?.rendered === rendered) return;
    const job = this.job(file, rendered, parser);
    this.jobs.set(file, job);
    if (job.previous !== undefined) return;
    this.waiting += rendered.content.length;
    if (!this.worker && this.waiting >= WORKER_THRESHOLD) {
      this.worker = new PrettierWorker();
      for (const waiting of this.jobs.values()) this.handOver(waiting);
    } else if (this.worker) this.handOver(job);
  }

  /** Every file formatted (those not seen by `rendered` too), in the order given. */
  async finish(rendered: RenderedFiles): Promise<RenderedFiles> {
    try {
      return await this.formatAll(rendered);
    } finally {
      await this.worker?.close();
    }
  }

  private async formatAll(rendered: RenderedFiles): Promise<RenderedFiles> {
    const set = this.set;
    const files = set.formatCommand ? await formatWithCommand(rendered, set.formatCommand) : rendered;
    if (set.format === 'none') return files;
    const done = new Map<string, string>();
    const fenced: Job[] = [];
    for (const [file, item] of files) {
      const parser = parserFor(file);
      if (!parser || !item.format) continue;
      if (item.format === 'fenced-code') {
        if (parser !== 'markdown') throw fencedCodeMisused(file, item.source);
        const job = this.job(file, item, parser);
        fenced.push(job);
        done.set(file, job.previous ?? (await formatFencedCode(item.content, (text, textParser) => this.format(text, textParser))));
      } else if (this.jobs.get(file)?.rendered !== item) this.rendered(file, item);
    }
    // The main thread takes jobs from the end (the last rendered), the worker works from the start.
    const jobs = [...this.jobs.values()].filter((job) => files.get(job.file) === job.rendered);
    for (const job of [...jobs].reverse()) {
      if (job.previous !== undefined) done.set(job.file, job.previous);
      else if (!job.worker || this.worker!.claim(job.worker.id)) done.set(job.file, await this.formatHere(job));
    }
    for (const job of jobs) {
      if (done.has(job.file)) continue;
      const result = await job.worker!.result;
      if (result && 'text' in result) done.set(job.file, result.text);
      else if (result && 'error' in result)
        throw syntaxError(job.file, job.rendered, job.parser, Object.assign(new Error(result.error.message), { loc: result.error.loc }));
      else done.set(job.file, await this.formatHere(job));
    }
    // Files formatted by the set's command are recorded with no source: the command is not part of the hash.
    const sources = new Map(set.formatCommand ? [] : [...jobs, ...fenced].map((job) => [job.file, job.source]));
    const out: RenderedFiles = new Map();
    for (const [file, item] of files) {
      const content = done.get(file);
      const source = sources.get(file);
      out.set(file, content === undefined ? item : { ...item, content, ...(source ? { formatSource: source } : {}) });
    }
    return out;
  }

  /** A file to format: the hash of what prettier is given for it (its version and options, the parser, the file's
   * name and text), and the previous generation's result for the same. */
  private job(file: string, rendered: RenderedFile, parser: string): Job {
    // The part every file shares: prettier's version and the set's options.
    this.sourcePrefix ??= `${prettierVersion()}\0${JSON.stringify(this.set.prettier)}\0`;
    const source = createHash('sha256')
      .update(`${this.sourcePrefix}${parser}\0${String(rendered.format)}\0${file}\0`)
      .update(rendered.content)
      .digest('hex')
      .slice(0, 16);
    const previous = this.previous?.(file, source);
    return { file, rendered, parser, source, ...(previous !== undefined ? { previous } : {}) };
  }

  private handOver(job: Job): void {
    const options = prettierOptions(this.set, job.parser, job.file, job.rendered.content);
    const plugins = (options.plugins as Plugin[]).map((plugin) => pluginModule(plugin));
    // A plugin made here (not loaded from a module) cannot cross to the worker: such a file stays here.
    if (!plugins.every((plugin): plugin is string => plugin !== undefined)) return;
    const handed = this.worker!.add({ text: job.rendered.content, options: { ...options, plugins: undefined }, plugins });
    if (handed) job.worker = handed;
  }

  private async formatHere(job: Job): Promise<string> {
    try {
      return await this.format(job.rendered.content, job.parser, job.file);
    } catch (err) {
      throw syntaxError(job.file, job.rendered, job.parser, err);
    }
  }

  private format(text: string, parser: string, filepath?: string): Promise<string> {
    return prettierStandalone().format(text, prettierOptions(this.set, parser, filepath, text));
  }
}

function prettierOptions(set: TemplateSet, parser: string, filepath: string | undefined, text: string): Record<string, unknown> {
  return { ...set.prettier, parser, ...(filepath ? { filepath } : {}), plugins: pluginsFor(parser, text) };
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
