#!/usr/bin/env node
// Command line: parses flags, runs the pipeline, maps outcomes to exit codes (0 ok, 1 spec or template
// problem, 2 bad usage). User errors print located one-line messages, never stack traces.
import path from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { saveCodeCaches } from './code-cache.js';
import { displayPath, formatProblem, GeneratorError, UsageError, type Problem } from './errors.js';
import { buildModel, DEFAULTS, generate } from './pipeline.js';
import { describeChange, reportSections, summaryLine } from './surface/changelog.js';
import type { ReleasePlan } from './surface/release-plan.js';
import { releaseHeldLocks } from './write/output-lock.js';
import { RECORD_FILE } from './write/output-record.js';

const EXIT_OK = 0;
const EXIT_PROBLEM = 1;
const EXIT_USAGE = 2;

function printWarnings(warnings: Problem[]): void {
  for (const warning of warnings) process.stderr.write(`${formatProblem(warning)}\n`);
}

function seconds(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
}

async function runGenerate(args: {
  spec: string;
  templates: string;
  out: string;
  check: boolean;
  force: boolean;
  strict: boolean;
  allowRefDir: string[];
}): Promise<number> {
  const start = performance.now();
  const result = await generate({
    ...args,
    allowRefDirs: args.allowRefDir,
    onWait: (pid) => process.stderr.write(`Waiting for another generation into ${args.out} (process ${pid}) to finish...\n`),
  });
  // What this run compiled is kept for the next (where it was not already).
  saveCodeCaches();
  printWarnings(result.warnings);
  const { added, changed, unchanged, removed } = result.comparison;
  const out = displayPath(path.resolve(args.out));
  if (args.check) {
    const stale = [...added.map((f) => `missing  ${f}`), ...changed.map((f) => `differs  ${f}`), ...removed.map((f) => `extra    ${f}`)];
    if (stale.length > 0) {
      process.stderr.write(
        `${out} is stale: ${stale.length} file(s) differ from what ${displayPath(path.resolve(args.spec))} and ${displayPath(path.resolve(args.templates))} produce:\n`,
      );
      for (const line of stale) process.stderr.write(`  ${line}\n`);
      process.stderr.write('Run `npm run generate` and commit the result.\n');
      return EXIT_PROBLEM;
    }
    process.stdout.write(`${out} is up to date (${unchanged.length} files checked in ${seconds(start)}).\n`);
    return EXIT_OK;
  }
  const written = added.length + changed.length;
  printRelease(result.release);
  process.stdout.write(
    `Generated ${out} from ${displayPath(path.resolve(args.spec))}: ${written} written (${added.length} new, ${changed.length} changed), ` +
      `${unchanged.length} unchanged, ${removed.length} removed in ${seconds(start)}.\n`,
  );
  return EXIT_OK;
}

/** The summary line, then every change by section: each breaking, added, widened and narrowed member is named. */
function printRelease(plan: ReleasePlan): void {
  const { breaking, added, other } = reportSections(plan.changes);
  const list = (label: string, changes: typeof plan.changes): string =>
    changes.length === 0 ? '' : `\n  ${label} (${changes.length}):${changes.map((c) => `\n    ${describeChange(c)}`).join('')}`;
  process.stdout.write(`${summaryLine(plan)}.` + list('Breaking', breaking) + list('Added', added) + list('Other', other) + '\n');
}

function runValidate(args: { spec: string; allowRefDir: string[]; strict: boolean }): number {
  const start = performance.now();
  const { model, warnings } = buildModel(args.spec, { allowRefDirs: args.allowRefDir, strict: args.strict });
  printWarnings(warnings);
  process.stdout.write(
    `${displayPath(path.resolve(args.spec))} is valid: ${model.operations.length} operations, ${model.schemas.length} schemas, ` +
      `${warnings.length} warning(s), checked in ${seconds(start)}.\n`,
  );
  return EXIT_OK;
}

const ALLOW_REF_DIR = {
  type: 'string',
  array: true,
  default: [] as string[],
  describe: "a folder besides the spec's own that $refs may read files from (repeatable)",
} as const;

const STRICT = {
  type: 'boolean',
  default: false,
  describe: 'treat every warning about the spec (each repair of it included) as an error: exit 1',
} as const;

export async function main(argv: string[]): Promise<number> {
  let exitCode = EXIT_OK;
  const parser = yargs(argv)
    .scriptName('generate-client')
    .usage('$0 <command> [options]')
    .command(
      ['generate', '$0'],
      'Generate a client from an OpenAPI spec through a template set',
      (y) =>
        y
          .option('spec', { type: 'string', default: DEFAULTS.spec, describe: 'OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON)' })
          .option('allow-ref-dir', ALLOW_REF_DIR)
          .option('strict', STRICT)
          .option('templates', { type: 'string', default: DEFAULTS.templates, describe: 'template set folder (holds manifest.yaml)' })
          .option('out', {
            type: 'string',
            default: DEFAULTS.out,
            describe: `output folder; only files the generator wrote there (listed in its ${RECORD_FILE}) are ever replaced or removed`,
          })
          .option('force', {
            type: 'boolean',
            default: false,
            describe: 'write into a non-empty folder that holds no record of an earlier generation (removes nothing)',
          })
          .option('check', {
            type: 'boolean',
            default: false,
            describe: 'write nothing; exit 1 and list the files that differ when the output is stale',
          }),
      async (args) => {
        exitCode = await runGenerate(args);
      },
    )
    .command(
      'validate',
      'Load and validate a spec without generating anything',
      (y) =>
        y
          .option('spec', { type: 'string', default: DEFAULTS.spec, describe: 'OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON)' })
          .option('allow-ref-dir', ALLOW_REF_DIR)
          .option('strict', STRICT),
      (args) => {
        exitCode = runValidate(args);
      },
    )
    .strict()
    .help()
    .alias('help', 'h')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((message, error) => {
      if (error) throw error;
      throw new UsageError(message);
    });
  try {
    await parser.parseAsync();
    return exitCode;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\nRun with --help for usage.\n`);
      return EXIT_USAGE;
    }
    if (err instanceof GeneratorError) {
      for (const p of err.problems) process.stderr.write(`${formatProblem(p)}\n`);
      return EXIT_PROBLEM;
    }
    // No stack and no message by default: a message may quote the input, and a stack helps only whoever fixes it.
    const name = err instanceof Error ? err.name : typeof err;
    if (process.env.GENERATOR_DEBUG === '1') process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
    process.stderr.write(`internal error (${name}): a bug in the generator; please report it (GENERATOR_DEBUG=1 prints its stack trace)\n`);
    return EXIT_PROBLEM;
  }
}

// An interrupt must not leave the output folder locked. The write itself is synchronous, so a signal is handled
// only before or after it, never halfway through.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.once(signal, () => {
    releaseHeldLocks();
    process.exit(code);
  });
}

main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
});
