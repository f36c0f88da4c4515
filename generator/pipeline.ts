// The generator, stage by stage: load → validate → build the IR → render → format → write (or check).
import fs from 'node:fs';
import path from 'node:path';
import { failOnErrors, GeneratorError, problem, type Problem } from './errors.js';
import { formatOutput } from './format/format-output.js';
import { buildIR } from './ir/build-ir.js';
import type { ApiModel } from './ir/types.js';
import { loadSpec, type LoadOptions } from './load/load-spec.js';
import { renderTemplateSet, type RenderedFiles } from './render/render.js';
import { loadTemplateSet, type TemplateSet } from './render/template-set.js';
import type { SurfaceChange } from './surface/typescript-surface.js';
import { validateSpec } from './validate/validate-spec.js';
import { forcedWithoutRecord, resolveOutputFolder } from './write/output-folder.js';
import { lockOutputFolder } from './write/output-lock.js';
import { compareOutput, writeOutput, type OutputComparison } from './write/write-output.js';

export const DEFAULTS = {
  spec: 'spec/cartesia.yaml',
  templates: 'templates/typescript',
  out: 'generated/typescript',
};

export interface GenerateOptions {
  spec: string;
  templates: string;
  out: string;
  /** Compare with the output folder instead of writing it. */
  check?: boolean;
  /** Write into a non-empty folder that holds no record of an earlier generation. */
  force?: boolean;
  /** Called once when another run holds the output folder and this one waits for it. */
  onWait?: (pid: number) => void;
  /** Folders besides the spec's own that its `$ref`s may read files from. */
  allowRefDirs?: string[];
  /** Every warning about the spec (each repair of it included) is an error: for CI of spec authors. */
  strict?: boolean;
}

export interface ModelOptions extends LoadOptions {
  /** See `GenerateOptions.strict`. */
  strict?: boolean;
}

export interface GenerateResult {
  comparison: OutputComparison;
  /** How the public surface changed against the previous output (when the template set can read it). */
  surfaceChange?: SurfaceChange;
  warnings: Problem[];
  files: RenderedFiles;
  model: ApiModel;
}

/** Load, validate and build the IR; throws a GeneratorError listing every error found. */
export function buildModel(specFile: string, options: ModelOptions = {}): { model: ApiModel; warnings: Problem[]; inputFiles: string[] } {
  const { strict = false, ...loadOptions } = options;
  // Each stage stops the run on errors: a later stage only ever sees input the earlier ones accepted.
  const stage = (problems: Problem[]): Problem[] => failOnErrors(dedupe(strict ? problems.map(strictly) : problems));
  const { source, problems: loadProblems } = loadSpec(specFile, loadOptions);
  const warnings = stage(loadProblems);
  warnings.push(...stage(validateSpec(source)));
  // The IR builder reports what only it can see (schemas in referenced files, convention shapes).
  const { model, problems: irProblems } = buildIR(source);
  warnings.push(...stage(irProblems));
  return { model, warnings: dedupe(warnings), inputFiles: source.loadedFiles() };
}

/** Under --strict a warning stops the run like an error, and says why it does. */
function strictly(p: Problem): Problem {
  if (p.severity !== 'warning') return p;
  return { ...p, severity: 'error', hint: `${p.hint ? `${p.hint} ` : ''}(an error under --strict)` };
}

/** Everything up to formatted files in memory: nothing is written. */
export async function renderClient(
  options: Pick<GenerateOptions, 'spec' | 'templates' | 'allowRefDirs' | 'strict'>,
): Promise<{ model: ApiModel; files: RenderedFiles; warnings: Problem[]; templateSet: TemplateSet; inputFiles: string[] }> {
  const { model, warnings, inputFiles } = buildModel(options.spec, {
    allowRefDirs: options.allowRefDirs ?? [],
    ...(options.strict ? { strict: true } : {}),
  });
  const templateSet = loadTemplateSet(options.templates);
  const files = await formatOutput(await renderTemplateSet(templateSet, model), templateSet);
  return { model, files, warnings, templateSet, inputFiles };
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  // The output folder is checked before anything else runs, and again with every file the spec referenced.
  const rules = { inputs: [options.spec, options.templates], force: options.force ?? false };
  resolveOutputFolder(options.out, { ...rules, allowUnrecorded: true });
  const { model, files, warnings, templateSet, inputFiles } = await renderClient(options);
  const out = resolveOutputFolder(options.out, { ...rules, inputs: [...rules.inputs, ...inputFiles] });
  if (options.check) return { comparison: compareOutput(out, files), warnings, files, model };

  const forced = options.force ? forcedWithoutRecord(out) : undefined;
  const existed = fs.existsSync(out);
  try {
    fs.mkdirSync(out, { recursive: true });
  } catch (err) {
    throw new GeneratorError(
      problem(
        'output-unwritable',
        `cannot create the output folder (${(err as NodeJS.ErrnoException).code})`,
        'check the path and its permissions',
        { file: out },
      ),
    );
  }
  const lock = await lockOutputFolder(out, { ...(options.onWait ? { onWait: options.onWait } : {}) });
  try {
    const surfaceChange = await changeOfSurface(templateSet, out, files);
    const { warnings: writeWarnings, ...comparison } = writeOutput(out, files, { force: options.force ?? false });
    const all = [...warnings, ...(forced ? [forced] : []), ...writeWarnings];
    return { comparison, warnings: all, files, model, ...(surfaceChange ? { surfaceChange } : {}) };
  } finally {
    lock.release();
    // A folder this run created and left empty (it failed) goes again.
    if (!existed) removeIfEmpty(out);
  }
}

function removeIfEmpty(folder: string): void {
  try {
    fs.rmdirSync(folder);
  } catch {
    // not empty: it holds the generation
  }
}

/** The public-surface change against the files now in `out` (undefined on a first generation). */
async function changeOfSurface(templateSet: TemplateSet, out: string, files: RenderedFiles): Promise<SurfaceChange | undefined> {
  if (templateSet.surface !== 'typescript') return undefined;
  const rendered = [...files].filter(([, f]) => !f.copied);
  const previous = new Map<string, string>();
  for (const [file] of rendered) {
    const full = path.join(out, file);
    if (fs.existsSync(full)) previous.set(file, fs.readFileSync(full, 'utf8'));
  }
  if (previous.size === 0) return undefined;
  // ts-morph is loaded only when there is a previous output to compare with.
  const { compareSurfaces, readTypeScriptSurface } = await import('./surface/typescript-surface.js');
  return compareSurfaces(readTypeScriptSurface(previous), readTypeScriptSurface(new Map(rendered.map(([file, f]) => [file, f.content]))));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.message}|${p.location?.file}|${p.location?.pointer}|${p.location?.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
