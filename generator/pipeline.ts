// The generator, stage by stage: load → validate → build the IR → render → format → write (or check).
import fs from 'node:fs';
import path from 'node:path';
import { failOnErrors, GeneratorError, problem, type Problem } from './errors.js';
import { FormatSession } from './format/format-output.js';
import { buildIR } from './ir/build-ir.js';
import type { ApiModel } from './ir/types.js';
import { loadSpec, type LoadOptions } from './load/load-spec.js';
import { renderTemplateSet, type RenderedFiles } from './render/render.js';
import { loadTemplateSet, type TemplateSet } from './render/template-set.js';
import { CHANGELOG_FILE } from './surface/changelog.js';
import { hashOutput, patchRelease, planRelease, releaseFiles, releaseInputs, type ReleasePlan } from './surface/release-plan.js';
import { validateSpec } from './validate/validate-spec.js';
import { forcedWithoutRecord, resolveOutputFolder } from './write/output-folder.js';
import { lockOutputFolder } from './write/output-lock.js';
import { previousFormatting, readRecord } from './write/output-record.js';
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
  /** How the public surface changed against the previous output, the release and version that follow. */
  release: ReleasePlan;
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

/**
 * Everything up to formatted files in memory: nothing is written. With `out`, the release is planned against the
 * surface record of the generation there (none: a first generation); the version it decides is rendered.
 */
export async function renderClient(
  options: Pick<GenerateOptions, 'spec' | 'templates' | 'allowRefDirs' | 'strict'> & {
    out?: string;
    /** Take the files of the generation in `out` that the formatter was given the same input for, as they are. */
    reuseFormatted?: boolean;
  },
): Promise<{
  model: ApiModel;
  files: RenderedFiles;
  warnings: Problem[];
  templateSet: TemplateSet;
  inputFiles: string[];
  release: ReleasePlan;
}> {
  const { model, warnings, inputFiles } = buildModel(options.spec, {
    allowRefDirs: options.allowRefDirs ?? [],
    ...(options.strict ? { strict: true } : {}),
  });
  const templateSet = loadTemplateSet(options.templates);
  const generated = options.out !== undefined && readRecord(options.out) !== undefined;
  let { plan, warnings: planWarnings } = planRelease(model, templateSet.runtimeSurface, options.out, generated);
  // A file rendered as the previous generation rendered it is taken as it was formatted then.
  const previous = options.out !== undefined && options.reuseFormatted ? previousFormatting(options.out) : undefined;
  const render = async (version: string): Promise<RenderedFiles> => {
    model.client.version = version;
    // The format stage starts on each file as it is rendered (a worker thread formats while the rest renders).
    const formatting = new FormatSession(templateSet, previous);
    return formatting.finish(await renderTemplateSet(templateSet, model, (file, rendered) => formatting.rendered(file, rendered)));
  };
  let files = await render(plan.version);
  let outputHash = hashOutput(files);
  // Same surface, other code: a patch, rendered again with its version (only then is the render paid twice).
  const patch = patchRelease(plan, outputHash);
  if (patch) {
    plan = patch;
    files = await render(plan.version);
    outputHash = hashOutput(files);
  }
  addReleaseFiles(files, releaseFiles(plan, outputHash, options.out), templateSet);
  return { model, files, warnings: [...warnings, ...planWarnings], templateSet, inputFiles, release: plan };
}

/** The report's files join the rendered ones; a template set may not render them itself. */
export function addReleaseFiles(files: RenderedFiles, added: Map<string, string>, templateSet: TemplateSet): void {
  for (const [file, content] of added) {
    if (files.has(file))
      throw new GeneratorError(
        problem(
          'template-output-reserved',
          `the template set renders ${file}, which the generator writes itself`,
          'remove that file from the manifest',
          {
            file: path.join(templateSet.root, 'manifest.yaml'),
          },
        ),
      );
    // The changelog carries what the file held before: replacing it loses nothing.
    files.set(file, {
      content,
      source: 'generator/surface',
      copied: false,
      format: false,
      ...(file === CHANGELOG_FILE ? { keepsExisting: true } : {}),
    });
  }
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  // The output folder is checked before anything else runs, and again with every file the spec referenced.
  const rules = { inputs: [options.spec, options.templates], force: options.force ?? false };
  const target = resolveOutputFolder(options.out, { ...rules, allowUnrecorded: true });
  const basis = releaseInputs(target);
  // --check formats every file: it must not trust the record it checks.
  let rendered = await renderClient({ ...options, out: target, reuseFormatted: !options.check });
  const out = resolveOutputFolder(options.out, { ...rules, inputs: [...rules.inputs, ...rendered.inputFiles] });
  if (options.check) {
    const { model, files, warnings, release } = rendered;
    return { comparison: compareOutput(out, files), warnings, files, model, release };
  }

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
    // The release was planned from files read before the lock: when another run wrote since, plan against its output.
    if (releaseInputs(out) !== basis) rendered = await renderClient({ ...options, out, reuseFormatted: true });
    const { model, files, warnings, release } = rendered;
    const { warnings: writeWarnings, ...comparison } = writeOutput(out, files, { force: options.force ?? false });
    const all = [...warnings, ...(forced ? [forced] : []), ...writeWarnings];
    return { comparison, warnings: all, files, model, release };
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

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.message}|${p.location?.file}|${p.location?.pointer}|${p.location?.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
