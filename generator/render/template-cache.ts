// Compiled templates kept between runs. Handlebars parses, checks and compiles every template of a set on each run
// (~0.1 s for the TypeScript set: a tenth of a small spec's generation). The cache holds Handlebars' precompiled
// form of each template (`Handlebars.precompile`: JavaScript), one CommonJS module per template set in
// node_modules/.cache, named by a hash of everything the compiled code and the checks depend on: the templates'
// paths and text, the helper and partial names, the compile options and Handlebars' version. It is written only
// after the checks passed, so a hit skips them too. When it cannot be read or written, templates compile as before.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cacheFolder, writeAtomically } from './cache-files.js';

const require = createRequire(import.meta.url);

/** What a set's compiled templates depend on. */
export interface TemplateInputs {
  /** Template (and partial) file → its text. */
  sources: ReadonlyMap<string, string>;
  helpers: Iterable<string>;
  partials: Iterable<string>;
  options: object;
}

/** Precompiled templates by file, as `Handlebars.template` takes them. */
export type TemplateSpecs = Record<string, unknown>;

export class TemplateCache {
  private readonly file: string | undefined;
  private readonly prefix: string;

  constructor(setRoot: string, inputs: TemplateInputs) {
    let folder: string | undefined;
    let version = '';
    try {
      const pkg = require.resolve('handlebars/package.json');
      version = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
      folder = cacheFolder(pkg, 'templates');
    } catch {
      folder = undefined;
    }
    this.prefix = createHash('sha256').update(path.resolve(setRoot)).digest('hex').slice(0, 16);
    const hash = createHash('sha256').update(version).update('\0').update(JSON.stringify(inputs.options));
    for (const names of [inputs.helpers, inputs.partials]) hash.update('\0').update([...names].sort().join('\n'));
    for (const [file, text] of [...inputs.sources].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`\0${file}\0`).update(text);
    this.file = folder && path.join(folder, `${this.prefix}-${hash.digest('hex').slice(0, 24)}.cjs`);
  }

  /** The cached templates, or undefined on a miss (or a cache that cannot be read). */
  load(): TemplateSpecs | undefined {
    if (!this.file || !fs.existsSync(this.file)) return undefined;
    try {
      return require(this.file) as TemplateSpecs;
    } catch {
      return undefined;
    }
  }

  /** Writes templates precompiled to JavaScript (file → `Handlebars.precompile` output), then reads them back. */
  store(precompiled: ReadonlyMap<string, string>): TemplateSpecs | undefined {
    if (!this.file) return undefined;
    const body = [...precompiled].map(([file, code]) => `  ${JSON.stringify(file)}: ${code}`).join(',\n');
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      // A concurrent run reads the whole module or none.
      writeAtomically(this.file, `'use strict';\nmodule.exports = {\n${body}\n};\n`);
    } catch {
      return undefined;
    }
    this.prune();
    return this.load();
  }

  /** Earlier versions of this set's templates leave the cache (after a minute: another run may be reading one). */
  private prune(): void {
    const folder = path.dirname(this.file!);
    const stale = Date.now() - 60_000;
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name);
      if (!name.startsWith(`${this.prefix}-`) || file === this.file) continue;
      try {
        if (fs.statSync(file).mtimeMs < stale) fs.rmSync(file);
      } catch {
        // Removed by another run meanwhile.
      }
    }
  }
}
