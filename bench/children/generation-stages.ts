// Where the generator's time goes: one in-process run, stage by stage (diagnostic for section 1).
const processStart = performance.now(); // ms since this process started (Node boot + the tsx loader before it)
import fs from 'node:fs';
import path from 'node:path';

const { spec, out } = JSON.parse(process.argv[2] ?? '{}') as { spec: string; out: string };
const stages: Record<string, number> = { 'node + tsx boot': processStart };
let mark = performance.now();
const lap = (name: string): void => {
  const now = performance.now();
  stages[name] = now - mark;
  mark = now;
};

// Importing the pipeline loads what a CLI run loads up front (yaml, handlebars, openapi-typescript, ...); prettier's
// standalone build and its plugins load on first use, so they count in the format stage.
const { loadSpec } = await import('../../generator/load/load-spec.js');
const { validateSpec } = await import('../../generator/validate/validate-spec.js');
const { buildIR } = await import('../../generator/ir/build-ir.js');
const { loadTemplateSet } = await import('../../generator/render/template-set.js');
const { renderTemplateSet } = await import('../../generator/render/render.js');
const { formatOutput } = await import('../../generator/format/format-output.js');
const { writeOutput } = await import('../../generator/write/write-output.js');
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
const rendered = await renderTemplateSet(set, model);
lap('render');
const formatted = await formatOutput(rendered, set);
lap('format (prettier)');
fs.mkdirSync(path.resolve(out), { recursive: true });
writeOutput(path.resolve(out), formatted);
lap('write');
const bytes = [...formatted.values()].reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
console.log(JSON.stringify({ stages, files: formatted.size, bytes, total: performance.now() }));
