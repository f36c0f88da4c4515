// The one path every template set's helpers take (generator/render/helpers-module.ts): a TypeScript module is
// bundled with esbuild into node_modules/.cache, reused while none of its files changes, rebuilt when one does, and
// imports the generator's neutral helpers as `openapi-client-generator/helpers` from any folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.js';
import { buildModel } from '../../generator/pipeline.js';
import { bundledHelpers, loadHelpersModule } from '../../generator/render/helpers-module.js';
import { CARTESIA_SPEC, tempDir, writeTree } from '../support/paths.js';

const work = tempDir('helpers-module-');
afterAll(() => work.cleanup());
const { model } = buildModel(CARTESIA_SPEC);

/** The problem a helpers module is refused with. */
async function refusal(file: string): Promise<{ code: string; message: string; file?: string; line?: number }> {
  const error = await loadHelpersModule(file, model).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GeneratorError);
  const [problem] = (error as GeneratorError).problems;
  return { code: problem!.code, message: problem!.message, file: problem!.location?.file, line: problem!.location?.line };
}

describe('a TypeScript helpers module', () => {
  const dir = path.join(work.dir, 'set');
  const entry = path.join(dir, 'helpers.ts');
  const fail = (message: string): never => expect.unreachable(message);
  writeTree(dir, {
    'helpers.ts': [
      "import { kebabCase, type ApiModel, type Helper } from 'openapi-client-generator/helpers';",
      "import { greeting } from './helpers/greeting.js';",
      'export default (model: ApiModel): Record<string, Helper> => ({',
      '  shout: () => `${greeting} ${kebabCase(model.client.name)}`,',
      '});',
      '',
    ].join('\n'),
    'helpers/greeting.ts': "export const greeting: string = 'hello';\n",
  });

  it('is compiled once, outside the project, with the neutral helpers it imports', async () => {
    const helpers = await loadHelpersModule(entry, model);
    expect((helpers.shout as () => string)()).toBe(`hello ${model.client.name.toLowerCase()}`);
    const again = await bundledHelpers(entry, fail);
    expect(again.built, 'nothing changed: the bundle is reused').toBe(false);
    expect(fs.existsSync(new URL(again.url))).toBe(true);
  });

  it('is compiled again when a file it imports changes', async () => {
    const before = await bundledHelpers(entry, fail);
    fs.writeFileSync(path.join(dir, 'helpers/greeting.ts'), "export const greeting: string = 'bonjour';\n");
    const after = await bundledHelpers(entry, fail);
    expect(after.built).toBe(true);
    expect(after.url).not.toBe(before.url);
    const helpers = await loadHelpersModule(entry, model);
    expect((helpers.shout as () => string)()).toMatch(/^bonjour /);
  });

  it('is refused, located, when it does not compile or exports no helper function', async () => {
    writeTree(dir, { 'bad/helpers.ts': "import { nope } from './missing.js';\nexport default () => ({ nope });\n" });
    const missing = await refusal(path.join(dir, 'bad/helpers.ts'));
    expect(missing).toMatchObject({ code: 'helpers-module-invalid', file: path.join(dir, 'bad/helpers.ts'), line: 1 });
    expect(missing.message).toMatch(/cannot be compiled: Could not resolve "\.\/missing\.js"/);
    writeTree(dir, { 'plain/helpers.ts': 'export const helpers = {};\n' });
    expect((await refusal(path.join(dir, 'plain/helpers.ts'))).message).toMatch(/no default export function/);
    writeTree(dir, { 'values/helpers.ts': 'export default () => ({ answer: 42 });\n' });
    expect((await refusal(path.join(dir, 'values/helpers.ts'))).message).toMatch(/whose values are functions/);
  });
});

describe('a JavaScript helpers module', () => {
  it('is imported as it is', async () => {
    const file = path.join(work.dir, 'js', 'helpers.mjs');
    writeTree(path.dirname(file), { 'helpers.mjs': 'export default (model) => ({ title: () => model.info.title });\n' });
    const helpers = await loadHelpersModule(file, model);
    expect((helpers.title as () => string)()).toBe(model.info.title);
  });
});
