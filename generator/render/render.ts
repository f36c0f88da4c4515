// Render stage: compiles a template set with Handlebars, checks every helper and partial a template names
// before running it, and renders the output files from the IR.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { GeneratorError, problem, type Problem } from '../errors.js';
import type { ApiModel } from '../ir/types.js';
import { coreBlockHelpers, coreHelpers, type Helper } from './helpers/core.js';
import { loadHelpersModule } from './helpers-module.js';
import { recordingFailures, recordingHelperFailures, renderFailure } from './template-failure.js';
import { TemplateCache, type TemplateInputs, type TemplateSpecs } from './template-cache.js';
import { listFiles, type FileFormat, type RenderEach, type TemplateSet } from './template-set.js';

// CommonJS: required rather than imported, so Node does not parse it again to guess its format and exports.
const Handlebars = createRequire(import.meta.url)('handlebars') as typeof import('handlebars');

const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);

/** One output file and the template (or static file) it came from, for error messages. */
export interface RenderedFile {
  content: string;
  source: string;
  /** Copied verbatim from the template set (not rendered from the spec). */
  copied: boolean;
  /** What the format stage does with it (copied files may be kept formatted at the source). */
  format: FileFormat;
  /** Its content carries the file already in the output folder (a changelog): replacing that file loses nothing,
   * so it is never refused as one the generator did not write. */
  keepsExisting?: boolean;
  /** Set by the format stage on a file it formatted: the hash of what the formatter was given (output-record.ts). */
  formatSource?: string;
}

/** Rendered output: relative path → file. */
export type RenderedFiles = Map<string, RenderedFile>;

/** Renders every file of a set; `onRendered` sees each rendered template's file as soon as it is rendered (the
 * format stage starts on it meanwhile). */
export async function renderTemplateSet(
  set: TemplateSet,
  model: ApiModel,
  onRendered?: (file: string, rendered: RenderedFile) => void,
): Promise<RenderedFiles> {
  const hbs = Handlebars.create();
  const helpers: Record<string, Helper> = { ...coreHelpers };
  if (set.helpersModule) Object.assign(helpers, await loadHelpersModule(path.join(set.root, set.helpersModule), model, set.codeCache));
  for (const [name, fn] of Object.entries(helpers)) {
    // Handlebars appends its options object to every call; helpers take only the template's arguments.
    const helper = fn as (...a: unknown[]) => unknown;
    hbs.registerHelper(
      name,
      recordingHelperFailures(name, (...args) => helper(...args.slice(0, -1))),
    );
  }
  for (const [name, transform] of Object.entries(coreBlockHelpers)) {
    hbs.registerHelper(name, function (this: unknown, options: Handlebars.HelperOptions) {
      if (typeof options?.fn !== 'function') throw new Error(`${name} is a block helper: write {{#${name}}}…{{/${name}}}`);
      return transform(options.fn(this));
    });
  }

  const partialNames = new Set<string>();
  const sources = new Map<string, string>();
  if (set.partials) {
    const dir = path.join(set.root, set.partials);
    for (const rel of listFiles(dir).filter((f) => f.endsWith('.hbs'))) {
      const name = rel.replace(/\.hbs$/, '');
      partialNames.add(name);
      sources.set(path.join(dir, rel), fs.readFileSync(path.join(dir, rel), 'utf8'));
    }
  }
  for (const file of set.files)
    sources.set(path.join(set.root, file.template), fs.readFileSync(path.join(set.root, file.template), 'utf8'));
  // Strict: a name the context does not have (`{{nmae}}`) is an error at its line, not an empty string.
  const options = { noEscape: true, strict: true, preventIndent: true };
  const helperNames = new Set([...Object.keys(helpers), ...Object.keys(coreBlockHelpers)]);
  const compiled = compileTemplates(set.root, { sources, helpers: helperNames, partials: partialNames, options }, hbs);
  if (set.partials) {
    const dir = path.join(set.root, set.partials);
    for (const name of partialNames) {
      const file = path.join(dir, `${name}.hbs`);
      hbs.registerPartial(name, recordingFailures(file, compiled.get(file)!));
    }
  }
  // Syntax trees only to locate a failure (a cached template was compiled without parsing it in this run).
  let trees: Map<string, hbs.AST.Program> | undefined;
  const parsedTrees = (): Map<string, hbs.AST.Program> =>
    (trees ??= new Map([...sources].map(([file, text]) => [file, Handlebars.parse(text)])));

  const output: RenderedFiles = new Map();
  const put = (file: string, content: string, from: string, copied = false, format: FileFormat = true): string => {
    const normalized = path.posix.normalize(file.replace(/\\/g, '/'));
    if (normalized.startsWith('../') || normalized === '..' || path.posix.isAbsolute(normalized) || normalized === '.') {
      throw new GeneratorError(
        problem('output-path-invalid', `output path "${file}" leaves the output folder`, 'use a relative path inside the output folder', {
          file: from,
        }),
      );
    }
    if (output.has(normalized)) {
      throw new GeneratorError(
        problem(
          'output-path-duplicate',
          `two templates write "${normalized}"`,
          'give each output a distinct path (check the names used in `output`)',
          { file: from },
        ),
      );
    }
    output.set(normalized, { content, source: from, copied, format });
    return normalized;
  };

  for (const file of set.files) {
    const templatePath = path.join(set.root, file.template);
    const template = compiled.get(templatePath)!;
    const outputName = hbs.compile(file.output, { noEscape: true, strict: true });
    for (const item of itemsFor(model, file.each)) {
      const data = { root: model };
      const attempt = { template: templatePath, output: file.output, item: file.each ? ` for ${describeItem(item)}` : '' };
      try {
        attempt.output = outputName(item, { data }).trim();
      } catch (err) {
        // The output name is a template written in the manifest: its failure is located there.
        throw renderFailure(err, { ...attempt, template: path.join(set.root, 'manifest.yaml'), outputName: true }, new Map(), new Map());
      }
      let content: string;
      try {
        content = template(item, { data });
      } catch (err) {
        throw renderFailure(err, attempt, parsedTrees(), sources);
      }
      const name = put(attempt.output, content, templatePath, false, file.format);
      onRendered?.(name, output.get(name)!);
    }
  }
  for (const entry of set.copy) {
    const from = path.join(set.root, entry.from);
    for (const rel of listFiles(from))
      put(path.posix.join(entry.to, rel), fs.readFileSync(path.join(from, rel), 'utf8'), path.join(from, rel), true, entry.format);
  }
  return new Map([...output].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Every template checked and compiled, from the cache (template-cache.ts) when it holds this set as it is: each is
 * parsed once, the check reads the syntax tree, and Handlebars compiles from it.
 */
function compileTemplates(root: string, inputs: TemplateInputs, hbs: typeof Handlebars): Map<string, Handlebars.TemplateDelegate> {
  const cache = new TemplateCache(root, inputs);
  const fromSpecs = (specs: TemplateSpecs): Map<string, Handlebars.TemplateDelegate> =>
    new Map([...inputs.sources.keys()].map((file) => [file, hbs.template(specs[file] as TemplateSpecification)]));
  const cached = cache.load();
  if (cached && [...inputs.sources.keys()].every((file) => Object.hasOwn(cached, file))) return fromSpecs(cached);

  const trees = new Map<string, hbs.AST.Program>();
  const problems: Problem[] = [];
  const helpers = new Set(inputs.helpers);
  const partials = new Set(inputs.partials);
  for (const [file, text] of inputs.sources) {
    const checked = checkTemplate(file, text, helpers, partials);
    if (checked.ast) trees.set(file, checked.ast);
    problems.push(...checked.problems);
  }
  if (problems.length > 0) throw new GeneratorError(problems);
  const stored = cache.store(new Map([...trees].map(([file, tree]) => [file, String(Handlebars.precompile(tree, inputs.options))])));
  if (stored) return fromSpecs(stored);
  return new Map([...trees].map(([file, tree]) => [file, hbs.compile(tree, inputs.options)]));
}

function itemsFor(model: ApiModel, each: RenderEach | undefined): unknown[] {
  if (each === 'resources') return model.resources;
  if (each === 'schemas') return model.schemas;
  if (each === 'operations') return model.operations;
  if (each === 'channels') return model.channels;
  return [model];
}

function describeItem(item: unknown): string {
  const named = item as { name?: unknown; id?: unknown };
  return `"${String(named.id ?? named.name ?? '?')}"`;
}

type HbsNode = hbs.AST.Node & { [key: string]: unknown };

/**
 * Parses a template and reports syntax errors, unknown helpers and unknown partials with their line; returns
 * the syntax tree too when it parses.
 */
export function checkTemplate(
  file: string,
  text: string,
  helpers: Set<string>,
  partials: Set<string>,
): { ast?: hbs.AST.Program; problems: Problem[] } {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? (err as { lineNumber?: number }).lineNumber ?? NaN);
    const detail = message.split('\n').pop() ?? message;
    return {
      problems: [
        problem('template-syntax', `Handlebars syntax error: ${detail}`, 'fix the template syntax on this line', {
          file,
          ...(Number.isFinite(line) ? { line } : {}),
        }),
      ],
    };
  }
  const problems: Problem[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as HbsNode;
    const loc = n.loc as hbs.AST.SourceLocation | undefined;
    const where = { file, ...(loc ? { line: loc.start.line, column: loc.start.column + 1 } : {}) };
    if (n.type === 'MustacheStatement' || n.type === 'SubExpression' || n.type === 'BlockStatement') {
      const callee = n.path as { type?: string; original?: unknown } | undefined;
      const name = callee?.type === 'PathExpression' ? String(callee.original) : undefined;
      const isCall =
        (Array.isArray(n.params) && n.params.length > 0) ||
        (n.hash as { pairs?: unknown[] } | undefined)?.pairs?.length ||
        n.type === 'SubExpression';
      if (name && isCall && !helpers.has(name) && !BUILTIN_HELPERS.has(name)) {
        problems.push(
          problem(
            'template-unknown-helper',
            `the template calls "${name}", which is not a helper`,
            `check the spelling; helpers available: ${[...helpers].sort().slice(0, 12).join(', ')}, ...`,
            where,
          ),
        );
      }
    }
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      const ref = n.name as { original?: unknown } | undefined;
      const name = String(ref?.original ?? '');
      if (name && !partials.has(name))
        problems.push(
          problem(
            'template-unknown-partial',
            `the template includes partial "${name}", which does not exist`,
            'add it to the partials folder or fix the name',
            where,
          ),
        );
    }
    for (const [key, value] of Object.entries(n))
      if (key !== 'loc' && key !== 'strip' && key !== 'openStrip' && key !== 'closeStrip') visit(value);
  };
  visit(ast);
  return { ast, problems };
}
