// Where the generator's time goes: one in-process run, stage by stage (diagnostic for section 1). The stages are
// those of `renderClient` and `generate` (generator/pipeline.ts); run into a folder that holds an earlier
// generation, it is a regeneration: the surface step then compares with that generation's record.
const processStart = performance.now(); // ms since this process started (Node boot + the tsx loader before it)
import path from 'node:path';

const { spec, out } = JSON.parse(process.argv[2] ?? '{}') as { spec: string; out: string };
const stages: Record<string, number> = { 'node + tsx boot': processStart };
/** Heap in use after each stage (MB): what the stages keep alive; `peakRss` is the process's high-water mark. */
const heap: Record<string, number> = {};
let mark = performance.now();
const lap = (name: string): void => {
  const now = performance.now();
  stages[name] = now - mark;
  heap[name] = process.memoryUsage().heapUsed / 1048576;
  // A diagnostic by hand (`BENCH_STAGES_LOG=1 node --expose-gc --import tsx ...`): what each stage leaves alive.
  if (process.env.BENCH_STAGES_LOG) {
    const retained = globalThis.gc ? (globalThis.gc(), process.memoryUsage().heapUsed / 1048576) : NaN;
    const peak = process.resourceUsage().maxRSS / 1024;
    console.error(`${name}: heap ${heap[name]!.toFixed(0)} MB (${retained.toFixed(0)} MB after a GC), peak RSS ${peak.toFixed(0)} MB`);
  }
  mark = performance.now();
};

// Importing the pipeline loads what a CLI run loads up front (handlebars, openapi-typescript, ...); prettier's
// standalone build and its plugins load on first use, so they count in the format stage.
const { loadSpec } = await import('../../generator/load/load-spec.js');
const { validateSpec } = await import('../../generator/validate/validate-spec.js');
const { buildIR } = await import('../../generator/ir/build-ir.js');
const { loadTemplateSet } = await import('../../generator/render/template-set.js');
const { renderTemplateSet } = await import('../../generator/render/render.js');
const { FormatSession } = await import('../../generator/format/format-output.js');
const { writeOutput } = await import('../../generator/write/write-output.js');
const { readRecord } = await import('../../generator/write/output-record.js');
const release = await import('../../generator/surface/release-plan.js');
const { addReleaseFiles } = await import('../../generator/pipeline.js');
await import('yargs'); // the CLI's argument parser (cli.ts itself runs on import, so it is not loaded here)
lap('import modules');
const { source } = loadSpec(spec);
lap('load');
validateSpec(source);
lap('validate');
const { model } = buildIR(source);
lap('build IR');
const set = loadTemplateSet(path.resolve('templates/typescript'));
lap('load templates');
const target = path.resolve(out);
const regeneration = readRecord(target) !== undefined;
let { plan } = release.planRelease(model, set.runtimeSurface, target, regeneration);
lap('surface');
model.client.version = plan.version;
// As the pipeline does: the format stage takes each file as it is rendered (a worker thread may format meanwhile).
const formatting = new FormatSession(set);
const rendered = await renderTemplateSet(set, model, (file, item) => formatting.rendered(file, item));
lap('render');
let formatted = await formatting.finish(rendered);
lap('format (prettier)');
let outputHash = release.hashOutput(formatted);
const patch = release.patchRelease(plan, outputHash);
if (patch) {
  // Same surface, other code: `renderClient` renders again with the patch version (not expected here: same spec).
  plan = patch;
  model.client.version = plan.version;
  formatted = await new FormatSession(set).finish(await renderTemplateSet(set, model));
  outputHash = release.hashOutput(formatted);
}
addReleaseFiles(formatted, release.releaseFiles(plan, outputHash, target), set);
lap('release files');
writeOutput(target, formatted);
lap('write');
const bytes = [...formatted.values()].reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
console.log(
  JSON.stringify({
    stages,
    heap,
    peakRss: process.resourceUsage().maxRSS * 1024,
    regeneration,
    files: formatted.size,
    bytes,
    total: performance.now(),
  }),
);
