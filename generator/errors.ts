// Every user-facing problem the generator reports, in one place, so wording and layout stay consistent.
import path from 'node:path';

/** Where a problem is: a file, optionally a line/column in it, and the JSON pointer of the offending node. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  pointer?: string;
}

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable, greppable identifier such as `ref-target-missing`. */
  code: string;
  message: string;
  /** One sentence on what to do about it. */
  hint?: string;
  location?: SourceLocation;
}

/** A problem in the user's input (spec, templates, output folder): exit code 1, no stack trace. */
export class GeneratorError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[] | Problem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => formatProblem(p)).join('\n'));
    this.name = 'GeneratorError';
    this.problems = list;
  }
}

/** Bad command-line usage: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function problem(code: string, message: string, hint?: string, location?: SourceLocation, severity: Severity = 'error'): Problem {
  return { severity, code, message, ...(hint ? { hint } : {}), ...(location ? { location } : {}) };
}

/** Name-like tokens of a spec's own structure (a type name, an operationId, a path template, a local $ref). */
const NAME_LIKE = /^[A-Za-z0-9_.$@/{}:#~+-]{1,64}$/;

/**
 * A value read from a spec, fit for a message: ` "name"` when it is a short name-like token, '' otherwise.
 * Free text is never shown; the location of the problem points at it instead.
 */
export function specName(value: unknown, quoted = true): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !NAME_LIKE.test(text)) return '';
  return quoted ? ` "${text}"` : ` ${text}`;
}

export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export function formatLocation(loc: SourceLocation, cwd?: string): string {
  let out = displayPath(loc.file, cwd);
  if (loc.line !== undefined) out += `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
  if (loc.pointer !== undefined) out += ` (#${loc.pointer})`;
  return out;
}

/** `file:line:col (#/pointer): error[code]: message — hint` on one line. */
export function formatProblem(p: Problem, cwd?: string): string {
  const where = p.location ? `${formatLocation(p.location, cwd)}: ` : '';
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${where}${p.severity}[${p.code}]: ${oneLine(p.message)}${hint ? oneLine(hint) : ''}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function errorsOf(problems: Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** Throws when any problem is an error; returns the warnings otherwise. */
export function failOnErrors(problems: Problem[]): Problem[] {
  const errors = errorsOf(problems);
  if (errors.length > 0) throw new GeneratorError(errors);
  return problems.filter((p) => p.severity === 'warning');
}
