// Prettier's standalone build and the plugins a file needs, loaded by `require` on first use. Its CommonJS
// files are loaded through a code cache (generator/code-cache.ts), and the main entry
// would also load plugins a run does not use (TypeScript's 3 MB parser for code in Markdown: see below). The
// formatting is the same code; the options come from the template set only (no config file is read).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'prettier';
import type * as PrettierStandalone from 'prettier/standalone';
import { requireCached } from '../code-cache.js';

const require = createRequire(import.meta.url);

export const prettierStandalone = (): typeof PrettierStandalone =>
  requireCached(require.resolve('prettier/standalone')) as typeof PrettierStandalone;

let version: string | undefined;
/** The installed prettier's version (what it makes of a file depends on it). */
export const prettierVersion = (): string =>
  (version ??= (JSON.parse(fs.readFileSync(require.resolve('prettier/package.json'), 'utf8')) as { version: string }).version);

/** The module each loaded plugin came from, for a worker thread that loads it itself (prettier-worker.ts). */
const modules = new WeakMap<Plugin, string>();

const load = (name: string): Plugin => {
  const file = require.resolve(`prettier/plugins/${name}`);
  const plugin = requireCached(file) as Plugin;
  modules.set(plugin, file);
  return plugin;
};

/** The module a plugin was loaded from; undefined for one made here (TypeScript in Markdown). */
export const pluginModule = (plugin: Plugin): string | undefined => modules.get(plugin);

type Parser = NonNullable<Plugin['parsers']>[string];

/**
 * Markdown formats fenced code by the fence's language, and prettier names its `typescript` parser for
 * TypeScript. The babel-ts parser used for .ts files stands in for it (same output, a much smaller parser).
 */
const TYPESCRIPT_IN_MARKDOWN = 'typescript-in-markdown';
const plugin = (name: string): Plugin =>
  name === TYPESCRIPT_IN_MARKDOWN
    ? { parsers: { typescript: (load('babel') as { parsers: Record<string, Parser> }).parsers['babel-ts']! } }
    : load(name);

/** What each parser needs: its plugin and the printer of its syntax tree. */
const BY_PARSER: Record<string, string[]> = {
  babel: ['babel', 'estree'],
  'babel-ts': ['babel', 'estree'],
  json: ['babel', 'estree'],
  'json-stringify': ['babel', 'estree'],
  markdown: ['markdown', 'babel', 'estree', TYPESCRIPT_IN_MARKDOWN],
  yaml: ['yaml'],
};

/** Plugins for the other languages fenced code in Markdown may be written in (loaded only when present). */
const FENCED: [RegExp, string[]][] = [
  [/^ya?ml$/i, ['yaml']],
  [/^(css|scss|less)$/i, ['postcss']],
  [/^(html?|vue)$/i, ['html', 'postcss']],
  [/^(graphql|gql)$/i, ['graphql']],
];

// One list per set of plugin names, so that prettier sees the same plugin objects on every file.
const lists = new Map<string, Plugin[]>();

/** The plugins prettier needs to format `content` with `parser`. */
export function pluginsFor(parser: string, content: string): Plugin[] {
  const names = new Set(BY_PARSER[parser] ?? []);
  if (parser === 'markdown') {
    for (const [, language] of content.matchAll(/^ {0,3}(?:```|~~~)[ \t]*([\w+-]+)/gm)) {
      for (const [pattern, needed] of FENCED) if (pattern.test(language!)) needed.forEach((n) => names.add(n));
    }
  }
  const key = [...names].join(' ');
  let list = lists.get(key);
  if (!list) lists.set(key, (list = [...names].map(plugin)));
  return list;
}
