// Section 7: generality. Every published spec of ../shared/corpus through this generator and its two peers, each
// from its own CLI: how many generate, how many of those type-check, median and total time, peak memory.
import fs from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { packageCompilerOptions, STRICT_OPTIONS } from '../../test/support/typecheck.js';
import { REPO, type BenchContext } from '../lib/context.js';
import { timedRun, type TimedRun } from '../lib/proc.js';
import type { Section, Target } from '../lib/report.js';
import { envInt, fmtBytes, fmtMs, fmtNumber, summarize } from '../lib/stats.js';
import type { Table } from '../lib/table.js';
import { command, TOOLS, type Tool } from './generation.js';

const CORPUS = path.resolve(REPO, '../shared/corpus');
/** Subsets, by folder under the corpus ('.' is its top level); BENCH_CORPUS_SUBSETS=real,swagger2 runs some. */
const SUBSETS = process.env.BENCH_CORPUS_SUBSETS?.split(',') ?? ['.', 'real', 'swagger2'];

interface CorpusSpec {
  subset: string;
  name: string;
  file: string;
}

interface Outcome {
  run: TimedRun;
  generated: boolean;
  /** Undefined when nothing was generated; otherwise whether the output type-checks. */
  typechecks?: boolean;
  firstError?: string;
}

function corpusSpecs(): CorpusSpec[] {
  return SUBSETS.flatMap((subset) => {
    const dir = path.join(CORPUS, subset);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => ({ subset, name: path.posix.join(subset, f), file: path.join(dir, f) }));
  });
}

function hasTypeScript(dir: string): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.ts'));
}

/**
 * Type-checks each output folder, all of one tool in one program, and returns the first error per folder (undefined:
 * none). This generator's packages are checked under their own tsconfig (strict, noUnused*) as the tests do; the
 * peers' output, which their users compile inside their own projects, under `strict` with bundler resolution.
 */
function typecheck(tool: Tool, folders: string[]): Map<string, string | undefined> {
  const options: ts.CompilerOptions =
    tool === 'this generator'
      ? { ...STRICT_OPTIONS, ...(folders[0] ? packageCompilerOptions(folders[0]) : {}), types: [] }
      : {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
          strict: true,
          skipLibCheck: true,
          noEmit: true,
          types: [],
        };
  const project = new Project({ compilerOptions: options, skipAddingFilesFromTsConfig: true });
  // This generator's package compiles src/ (its tsconfig's `include`); the peers write only what they generate.
  for (const folder of folders) project.addSourceFilesAtPaths(tool === 'this generator' ? `${folder}/src/**/*.ts` : `${folder}/**/*.ts`);
  const errors = new Map<string, string | undefined>(folders.map((f) => [f, undefined]));
  for (const d of project.getPreEmitDiagnostics()) {
    const file = d.getSourceFile()?.getFilePath() ?? '';
    const folder = folders.find((f) => file.startsWith(`${f}/`));
    if (!folder || errors.get(folder) !== undefined) continue;
    const text = ts.flattenDiagnosticMessageText(d.getMessageText() as string | ts.DiagnosticMessageChain, ' ');
    errors.set(folder, `${path.relative(folder, file)}:${d.getLineNumber() ?? 0}: TS${d.getCode()} ${text.slice(0, 120)}`);
  }
  return errors;
}

export const corpusSection: Section = {
  id: 'corpus',
  title: '7. Generality on the corpus',
  async run(ctx: BenchContext) {
    const timeoutS = envInt('BENCH_CORPUS_TIMEOUT_S', 120);
    const specs = corpusSpecs();
    if (specs.length === 0) throw new Error(`no corpus at ${CORPUS}`);
    const outcomes = new Map<string, Outcome>();
    const key = (spec: CorpusSpec, tool: Tool): string => `${spec.name}|${tool}`;
    const outDir = (spec: CorpusSpec, tool: Tool): string =>
      path.join(ctx.tmp, 'corpus', tool.replace(/\W+/g, '_'), spec.name.replace(/[^\w.-]+/g, '_'));

    for (const spec of specs) {
      for (const tool of TOOLS) {
        const out = outDir(spec, tool);
        fs.rmSync(out, { recursive: true, force: true });
        fs.mkdirSync(out, { recursive: true });
        const [script, ...args] = command(tool, spec.file, out);
        const run = await timedRun(process.execPath, [script!, ...args], { cwd: REPO, timeoutMs: timeoutS * 1000, tmp: ctx.tmp });
        const generated = run.code === 0 && !run.timedOut && hasTypeScript(out);
        outcomes.set(key(spec, tool), { run, generated });
        ctx.log(
          `corpus: ${spec.name} ${tool}: ${generated ? fmtMs(run.wallMs) : run.timedOut ? 'timed out' : `failed (exit ${run.code})`}`,
        );
      }
    }
    for (const tool of TOOLS) {
      const done = specs.filter((s) => outcomes.get(key(s, tool))!.generated);
      ctx.log(`corpus: type-checking ${done.length} outputs of ${tool}`);
      const errors = typecheck(
        tool,
        done.map((s) => outDir(s, tool)),
      );
      for (const spec of done) {
        const outcome = outcomes.get(key(spec, tool))!;
        const error = errors.get(outDir(spec, tool));
        outcome.typechecks = error === undefined;
        if (error) outcome.firstError = error;
      }
    }

    const subsets = [...SUBSETS.filter((s) => specs.some((x) => x.subset === s)), 'all'];
    const inSubset = (subset: string): CorpusSpec[] => (subset === 'all' ? specs : specs.filter((s) => s.subset === subset));
    const passRate = (subset: string, tool: Tool): number => {
      const list = inSubset(subset);
      return list.filter((s) => outcomes.get(key(s, tool))!.typechecks === true).length / list.length;
    };
    const rows: string[][] = [];
    for (const subset of subsets) {
      for (const tool of TOOLS) {
        const list = inSubset(subset);
        const runs = list.map((s) => outcomes.get(key(s, tool))!);
        const generated = runs.filter((o) => o.generated);
        const wall = summarize(generated.map((o) => o.run.wallMs));
        const rss = summarize(runs.map((o) => o.run.maxRssBytes).filter(Number.isFinite));
        rows.push([
          subset === '.' ? 'top level' : subset,
          tool,
          `${generated.length}/${list.length}`,
          `${runs.filter((o) => o.typechecks).length}/${list.length}`,
          `${fmtNumber(passRate(subset, tool) * 100, 0)}%`,
          fmtMs(wall.median),
          fmtMs(generated.reduce((sum, o) => sum + o.run.wallMs, 0)),
          fmtBytes(rss.max),
        ]);
      }
    }
    const summary: Table = {
      title: `Generated and type-checking outputs per subset of ${path.relative(REPO, CORPUS)} (${specs.length} specs)`,
      columns: ['subset', 'tool', 'generated', 'type-checks', 'pass rate', 'median time', 'total time', 'peak RSS'],
      align: ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows,
      notes: [
        'One run per spec and tool, each a fresh process from its own CLI (this generator: `node generator/run.mjs generate`, the TypeScript set). Pass = generated and type-checks. Times and memory count the runs that generated.',
        "Type-check: this generator's packages under their own tsconfig (strict, noUnused*); the peers' output under `strict` with bundler resolution, as their users compile it. One ts-morph program per tool.",
      ],
    };
    const failures: string[][] = [];
    for (const spec of specs)
      for (const tool of TOOLS) {
        const o = outcomes.get(key(spec, tool))!;
        if (o.typechecks) continue;
        const why = o.generated
          ? (o.firstError ?? 'type errors')
          : o.run.timedOut
            ? `timed out after ${timeoutS} s`
            : `exit ${o.run.code}: ${(o.run.stderr || o.run.stdout).trim().split('\n')[0]?.slice(0, 140) ?? ''}`;
        failures.push([spec.name, tool, why]);
      }
    const failed: Table = {
      title: 'Specs that did not pass, per tool (the first problem)',
      columns: ['spec', 'tool', 'why'],
      align: ['l', 'l', 'l'],
      rows: failures,
    };

    const targets: Target[] = subsets.map((subset) => {
      const ours = passRate(subset, 'this generator');
      const peers = TOOLS.slice(1).map((t) => passRate(subset, t));
      const full = subset === 'real' || subset === 'swagger2';
      return {
        name: `${subset === '.' ? 'top level' : subset}: pass rate no lower than either peer's${full ? ', and 100%' : ''}`,
        met: peers.every((p) => ours >= p) && (!full || ours === 1),
        detail: TOOLS.map((t) => `${t} ${fmtNumber(passRate(subset, t) * 100, 0)}%`).join(', '),
      };
    });
    return {
      method:
        'Each tool generates a client (or types) from every document of the corpus; the outputs of each tool are type-checked together.',
      tables: [summary, failed],
      targets,
      notes: [],
    };
  },
};
