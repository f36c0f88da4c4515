// A failure while a template renders, located in the template that caused it. Templates compile in Handlebars'
// strict mode: `{{nmae}}` throws with its line and column. A path that steps through a missing value
// (`servers.[0].variables` when there is no server) fails as a plain TypeError naming only the property, so the
// paths of the template that read that property are found in its syntax tree.
import { GeneratorError, problem, type Problem } from '../errors.js';

/** Errors thrown inside a partial → the partial's file (the innermost partial records it first). */
const failedIn = new WeakMap<object, string>();

/** A compiled partial that records its file on whatever it throws, so the failure names the partial, not its caller. */
export function recordingFailures(file: string, render: HandlebarsTemplateDelegate): HandlebarsTemplateDelegate {
  return (context, options) => {
    try {
      return render(context, options);
    } catch (err) {
      if (err !== null && typeof err === 'object' && !failedIn.has(err)) failedIn.set(err, file);
      throw err;
    }
  };
}

/** Errors a helper threw → the helper's name: they are the helper's, not a path of the template. */
const thrownBy = new WeakMap<object, string>();

/** A helper that records its name on whatever it throws. */
export function recordingHelperFailures(name: string, helper: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return (...args) => {
    try {
      return helper(...args);
    } catch (err) {
      if (err !== null && typeof err === 'object' && !thrownBy.has(err)) thrownBy.set(err, name);
      throw err;
    }
  };
}

/** What renders and what it renders, for the message: the output file and the IR item it was rendered for. */
export interface RenderAttempt {
  template: string;
  output: string;
  /** ` for "voices"` when the template renders once per item, else ''. */
  item: string;
  /** The failure is in the output name (`template` is then the manifest, and a line in the name is no line of it). */
  outputName?: boolean;
}

/** The problem a render failure reports; a GeneratorError a helper threw passes through. */
export function renderFailure(
  err: unknown,
  attempt: RenderAttempt,
  trees: ReadonlyMap<string, hbs.AST.Program>,
  sources: ReadonlyMap<string, string>,
): GeneratorError {
  if (err instanceof GeneratorError) return err;
  const file = (err !== null && typeof err === 'object' && failedIn.get(err)) || attempt.template;
  const message = err instanceof Error ? err.message : String(err);
  const prefix = attempt.outputName
    ? `the output name "${attempt.output}"${attempt.item} failed`
    : `rendering ${attempt.output}${attempt.item} failed`;
  const helper = err !== null && typeof err === 'object' ? thrownBy.get(err) : undefined;
  if (helper !== undefined)
    return new GeneratorError(
      problem('template-failed', `${prefix}: the helper "${helper}" failed: ${message}`, 'fix the template or the helper it calls', {
        file,
      }),
    );
  return new GeneratorError(
    undefinedName(err, message, prefix, file, !attempt.outputName) ??
      missingStep(message, prefix, file, trees.get(file), sources.get(file)) ??
      problem('template-failed', `${prefix}: ${message}`, 'fix the template or the helper it calls', { file }),
  );
}

const HINT =
  'check the name against the IR (templates/README.md); a field that may be absent is read with {{#if field}} or {{opt this "field"}}';

/** Handlebars' strict-mode error: `"nmae" not defined in [object Object] - 3:2` (the line 1-based, the column 0-based). */
function undefinedName(err: unknown, message: string, prefix: string, file: string, inTemplate: boolean): Problem | undefined {
  const name = /^"(.*)" not defined in /.exec(message)?.[1];
  const { lineNumber, column } = (err ?? {}) as { lineNumber?: unknown; column?: unknown };
  if (name === undefined || typeof lineNumber !== 'number') return undefined;
  const at = inTemplate ? { line: lineNumber, ...(typeof column === 'number' ? { column: column + 1 } : {}) } : {};
  return problem('template-undefined', `${prefix}: "${name}" is not defined here`, HINT, { file, ...at });
}

/** A TypeError from a path stepping through a missing value: the template's paths that read that property. */
function missingStep(message: string, prefix: string, file: string, tree: hbs.AST.Program | undefined, text = ''): Problem | undefined {
  const name = /^Cannot read properties of (?:undefined|null) \(reading '(.*)'\)$/.exec(message)?.[1];
  if (name === undefined || !tree) return undefined;
  const paths = new Map<string, number[]>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: unknown; parts?: unknown; original?: unknown; loc?: hbs.AST.SourceLocation };
    if (n.type === 'PathExpression' && Array.isArray(n.parts) && n.parts.indexOf(name) >= 1 && n.loc) {
      const written = asWritten(text, n.loc) ?? String(n.original);
      const lines = paths.get(written) ?? [];
      if (!lines.includes(n.loc.start.line)) lines.push(n.loc.start.line);
      paths.set(written, lines);
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(tree);
  if (paths.size === 0) return undefined;
  const lines = [...paths.values()].flat().sort((a, b) => a - b);
  const listed = [...paths].map(([p, at]) => `${p} (line ${at.join(', ')})`).join(', ');
  return problem(
    'template-undefined',
    `${prefix}: a path steps through a value that is not there to read "${name}": ${listed}`,
    'guard the path with {{#if}} on the value before it, or read it with {{opt ...}}, e.g. {{opt servers 0 "variables"}}',
    // One path on one line is the place; several are listed in the message instead.
    { file, ...(lines.length === 1 ? { line: lines[0]! } : {}) },
  );
}

/** A path as the template writes it (`servers.[0].url`; Handlebars' own `original` drops the brackets). */
function asWritten(text: string, loc: hbs.AST.SourceLocation): string | undefined {
  if (loc.start.line !== loc.end.line) return undefined;
  return text.split('\n')[loc.start.line - 1]?.slice(loc.start.column, loc.end.column) || undefined;
}
