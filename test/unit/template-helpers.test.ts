// Every helper a template set registers is called by some template of that set, and every model helper the
// generator gives all sets (core.ts) by some template of one of them: a helper no template calls is dead code a set's author
// would still read and keep working.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../generator/pipeline.js';
import { coreBlockHelpers, modelHelpers } from '../../generator/render/helpers/core.js';
import { loadHelpersModule } from '../../generator/render/helpers-module.js';
import { listFiles, loadTemplateSet } from '../../generator/render/template-set.js';
import { CARTESIA_SPEC, REPO } from '../support/paths.js';

const Handlebars = createRequire(import.meta.url)('handlebars') as typeof import('handlebars');
const SETS = ['typescript', 'python', 'go'].map((name) => path.join(REPO, 'templates', name));

/** The names each template of a set calls as helpers: `{{name}}`, `{{name x}}`, `{{#name}}`, `(name x)`. */
function calledHelpers(root: string): Set<string> {
  const set = loadTemplateSet(root);
  const texts = set.files.flatMap((f) => [fs.readFileSync(path.join(root, f.template), 'utf8'), f.output]);
  if (set.partials) {
    const dir = path.join(root, set.partials);
    for (const rel of listFiles(dir).filter((f) => f.endsWith('.hbs'))) texts.push(fs.readFileSync(path.join(dir, rel), 'utf8'));
  }
  const called = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; path?: { type?: string; original?: unknown } };
    if ((n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') && n.path?.type === 'PathExpression')
      called.add(String(n.path.original));
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
  };
  for (const text of texts) visit(Handlebars.parse(text));
  return called;
}

describe('helpers the templates call', async () => {
  const { model } = buildModel(CARTESIA_SPEC);
  const calls = new Map(SETS.map((root) => [root, calledHelpers(root)]));

  it.each(SETS.map((root) => [path.basename(root), root]))(
    'every helper the %s set registers is called by one of its templates',
    async (_, root) => {
      const set = loadTemplateSet(root);
      expect(set.helpersModule, 'the set has a helpers module').toBeTruthy();
      const helpers = Object.keys(await loadHelpersModule(path.join(root, set.helpersModule!), model));
      expect(helpers.length).toBeGreaterThan(10);
      expect(helpers.filter((name) => !calls.get(root)!.has(name)).sort()).toEqual([]);
    },
  );

  // The basic vocabulary (eq, and, json, camelCase...) is exempt, like Handlebars' own built-ins (core.ts).
  it('every model helper the generator gives all sets is called by a template of some set', () => {
    const all = new Set([...calls.values()].flatMap((names) => [...names]));
    const given = [...Object.keys(modelHelpers), ...Object.keys(coreBlockHelpers)];
    expect(given.length).toBeGreaterThan(10);
    expect(given.filter((name) => !all.has(name)).sort()).toEqual([]);
  });
});
