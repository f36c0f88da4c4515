// A template set is a folder: `manifest.yaml` says which files to render from which templates, which
// module holds its helpers, which static files to copy, and how to format the result.
import fs from 'node:fs';
import path from 'node:path';
import { GeneratorError, problem, type Problem } from '../errors.js';
import { joinPointer } from '../load/json-pointer.js';
import { parseSourceFile } from '../load/parse-source.js';
import { isRecord } from '../ir/schemas.js';
import { IR_VERSION } from '../ir/types.js';
import type { RuntimeSurface } from '../surface/describe-surface.js';
import type { CommandFormatter } from '../format/command-formatter.js';

/** What a template is rendered for: once, or once per item of an IR collection. */
export type RenderEach = 'resources' | 'schemas' | 'operations' | 'channels';

export interface TemplateFile {
  /** Path of the `.hbs` file, relative to the template set. */
  template: string;
  /** Output path, itself a template rendered with the same context (e.g. `docs/{{kebabCase name}}.md`). */
  output: string;
  each?: RenderEach;
  format: FileFormat;
}

/**
 * What the format stage does with a file: `true` formats it whole; `false` leaves it as rendered (the template
 * writes its final layout); `fenced-code`, for Markdown, formats only the code fenced in it (the text around it is
 * written in its final layout by the template, tables by the markdownTable helper).
 */
export type FileFormat = boolean | 'fenced-code';

export interface TemplateSet {
  /** Absolute folder. */
  root: string;
  name: string;
  /** The set's own helpers: a module (relative path) whose default export maps the IR to named helpers. */
  helpersModule?: string;
  /** CommonJS packages the helpers module requires that are large enough to load through a code cache (TypeScript's
   * compiler): loaded that way before the helpers (generator/code-cache.ts), their `require` then finds them. */
  codeCache?: string[];
  /** Formatter for the output: `prettier` formats the files it has a parser for. */
  format: 'prettier' | 'none';
  prettier: Record<string, unknown>;
  /** An external formatter for the files prettier cannot format (`formatCommand: { command: [gofmt], extensions: [.go] }`). */
  formatCommand?: CommandFormatter;
  /** Folder of partials (every `*.hbs` in it, named by its relative path without extension). */
  partials?: string;
  files: TemplateFile[];
  /** Static files copied verbatim: every file under `from` goes to `to` in the output. `format: false` skips the
   * formatter for files kept formatted in the template set already (a test holds them to it). */
  copy: { from: string; to: string; format: boolean }[];
  /**
   * Public names the static runtime exports from the package (the IR cannot know them), split into values (classes,
   * functions, constants) and types. They join the public-surface description (generator/surface/).
   */
  runtimeSurface: RuntimeSurface;
}

const KNOWN_KEYS = new Set([
  'name',
  'irVersion',
  'helpersModule',
  'codeCache',
  'format',
  'prettier',
  'formatCommand',
  'partials',
  'files',
  'copy',
  // Accepted from older sets and ignored: the write stage now touches only the files it recorded.
  'preserve',
  'description',
  'surface',
]);

export function loadTemplateSet(folder: string): TemplateSet {
  const root = path.resolve(folder);
  const manifestPath = path.join(root, 'manifest.yaml');
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    throw new GeneratorError(
      problem('templates-missing', 'the template folder does not exist', 'pass --templates with a folder that holds a manifest.yaml', {
        file: root,
      }),
    );
  }
  if (!fs.existsSync(manifestPath)) {
    throw new GeneratorError(
      problem(
        'manifest-missing',
        'the template folder has no manifest.yaml',
        'add a manifest.yaml listing the files to render (see templates/README.md)',
        { file: manifestPath },
      ),
    );
  }
  const source = parseSourceFile(manifestPath);
  const problems: Problem[] = [];
  const at = (pointer: string) => source.locate(pointer);
  const fail = (pointer: string, code: string, message: string, hint: string) => problems.push(problem(code, message, hint, at(pointer)));
  const data = isRecord(source.data) ? source.data : {};
  if (!isRecord(source.data))
    fail('', 'manifest-invalid', 'the manifest must be a mapping', 'see templates/README.md for the keys a manifest takes');

  for (const key of Object.keys(data)) {
    // Sets once named built-in helper packs; every set now brings its helpers in a module of its own.
    if (key === 'helpers') {
      const packs = (Array.isArray(data.helpers) ? data.helpers : [data.helpers]).map(String);
      fail(
        '/helpers',
        'manifest-helpers-removed',
        `the manifest key \`helpers\` (helper packs ${packs.join(', ')}) is no longer read: the generator has no built-in helper packs`,
        `each set brings its own helpers: copy helpers.ts and helpers/ from templates/${packs[0]}/ into this set, replace the key ` +
          'with `helpersModule: helpers.ts`, and see templates/README.md',
      );
    } else if (!KNOWN_KEYS.has(key))
      fail(`/${key}`, 'manifest-invalid', `unknown manifest key "${key}"`, `known keys: ${[...KNOWN_KEYS].join(', ')}`);
  }
  if (data.irVersion !== undefined && data.irVersion !== IR_VERSION) {
    fail(
      '/irVersion',
      'manifest-ir-version',
      `the templates target IR version ${String(data.irVersion)}, the generator builds version ${IR_VERSION}`,
      'update the templates to the current IR (see templates/README.md)',
    );
  }
  const files: TemplateFile[] = [];
  const rawFiles = Array.isArray(data.files) ? data.files : [];
  if (!Array.isArray(data.files))
    fail('/files', 'manifest-invalid', '`files` must be a list', 'list entries like `- { template: README.md.hbs, output: README.md }`');
  rawFiles.forEach((entry, i) => {
    const pointer = joinPointer('/files', i);
    if (!isRecord(entry) || typeof entry.template !== 'string' || typeof entry.output !== 'string') {
      fail(
        pointer,
        'manifest-invalid',
        'each file needs `template` and `output` strings',
        'write `- { template: README.md.hbs, output: README.md }`',
      );
      return;
    }
    if (entry.each !== undefined && !['resources', 'schemas', 'operations', 'channels'].includes(String(entry.each))) {
      fail(
        joinPointer(pointer, 'each'),
        'manifest-invalid',
        `each must be resources, schemas, operations or channels, not "${String(entry.each)}"`,
        'fix the value',
      );
      return;
    }
    if (!fs.existsSync(path.join(root, entry.template))) {
      fail(
        joinPointer(pointer, 'template'),
        'template-missing',
        `template "${entry.template}" does not exist`,
        'check the path, relative to the template folder',
      );
      return;
    }
    if (entry.format !== undefined && typeof entry.format !== 'boolean' && entry.format !== 'fenced-code') {
      fail(
        joinPointer(pointer, 'format'),
        'manifest-invalid',
        `\`format\` must be true, false or fenced-code, not ${JSON.stringify(entry.format)}`,
        'use false to write the file as rendered, fenced-code to format only the code fenced in a Markdown file',
      );
      return;
    }
    files.push({
      template: entry.template,
      output: entry.output,
      ...(entry.each ? { each: entry.each as RenderEach } : {}),
      format: entry.format === undefined ? true : (entry.format as FileFormat),
    });
  });
  const copy: TemplateSet['copy'] = [];
  (Array.isArray(data.copy) ? data.copy : []).forEach((entry, i) => {
    const pointer = joinPointer('/copy', i);
    if (!isRecord(entry) || typeof entry.from !== 'string' || typeof entry.to !== 'string') {
      fail(pointer, 'manifest-invalid', 'each copy entry needs `from` and `to` strings', 'write `- { from: runtime, to: src/core }`');
      return;
    }
    if (!fs.existsSync(path.join(root, entry.from))) {
      fail(
        joinPointer(pointer, 'from'),
        'template-missing',
        `folder "${entry.from}" does not exist`,
        'check the path, relative to the template folder',
      );
      return;
    }
    copy.push({ from: entry.from, to: entry.to, format: entry.format !== false });
  });
  const format = data.format ?? 'prettier';
  if (format !== 'prettier' && format !== 'none') fail('/format', 'manifest-invalid', '`format` must be prettier or none', 'fix the value');
  if (isRecord(data.prettier) && data.prettier.plugins !== undefined)
    fail(
      '/prettier/plugins',
      'manifest-invalid',
      '`prettier.plugins` is not supported: the format stage loads the plugins each file needs itself',
      'remove it (other formatting can run as a step of its own after `generate`)',
    );
  if (data.partials !== undefined && (typeof data.partials !== 'string' || !fs.existsSync(path.join(root, data.partials)))) {
    fail('/partials', 'template-missing', 'the partials folder does not exist', 'check the path, relative to the template folder');
  }
  if (data.helpersModule !== undefined && (typeof data.helpersModule !== 'string' || !fs.existsSync(path.join(root, data.helpersModule)))) {
    fail('/helpersModule', 'template-missing', 'the helpers module does not exist', 'check the path, relative to the template folder');
  }
  const codeCache = data.codeCache ?? [];
  if (!Array.isArray(codeCache) || !codeCache.every((name) => typeof name === 'string' && name !== ''))
    fail(
      '/codeCache',
      'manifest-invalid',
      '`codeCache` must be a list of package names',
      'list the packages by name: `codeCache: [a-package, another]`',
    );
  const formatCommand = readFormatCommand(data.formatCommand, at, fail);
  const runtimeSurface = readRuntimeSurface(data.surface, fail);
  if (problems.length > 0) throw new GeneratorError(problems);
  return {
    root,
    name: typeof data.name === 'string' ? data.name : path.basename(root),
    ...(typeof data.helpersModule === 'string' ? { helpersModule: data.helpersModule } : {}),
    ...((codeCache as string[]).length > 0 ? { codeCache: codeCache as string[] } : {}),
    format: format === 'none' ? 'none' : 'prettier',
    prettier: isRecord(data.prettier) ? data.prettier : {},
    ...(formatCommand ? { formatCommand } : {}),
    ...(typeof data.partials === 'string' ? { partials: data.partials } : {}),
    files,
    copy,
    runtimeSurface,
  };
}

/** `formatCommand: { command: [program, ...args], extensions: [.ext, ...] }`: both non-empty lists of strings. */
function readFormatCommand(
  raw: unknown,
  at: (pointer: string) => CommandFormatter['location'],
  fail: (pointer: string, code: string, message: string, hint: string) => void,
): CommandFormatter | undefined {
  if (raw === undefined) return undefined;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s !== '');
  if (!isRecord(raw) || !strings(raw.command) || !strings(raw.extensions)) {
    fail(
      '/formatCommand',
      'manifest-invalid',
      '`formatCommand` needs `command` (the program and its arguments) and `extensions`, both non-empty lists',
      'write `formatCommand: { command: [gofmt], extensions: [.go] }`',
    );
    return undefined;
  }
  return { command: raw.command, extensions: raw.extensions, location: at('/formatCommand') };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `surface: { runtimeValues: [..], runtimeTypes: [..] }`: identifiers, each in one list only. */
function readRuntimeSurface(raw: unknown, fail: (pointer: string, code: string, message: string, hint: string) => void): RuntimeSurface {
  const surface: RuntimeSurface = { values: [], types: [] };
  if (raw === undefined) return surface;
  const example = 'write `surface: { runtimeValues: [APIError, toFile], runtimeTypes: [RequestOptions] }`';
  if (!isRecord(raw)) {
    fail('/surface', 'manifest-invalid', '`surface` must be a mapping of runtimeValues and runtimeTypes', example);
    return surface;
  }
  for (const key of Object.keys(raw))
    if (key !== 'runtimeValues' && key !== 'runtimeTypes')
      fail(joinPointer('/surface', key), 'manifest-invalid', `unknown surface key "${key}"`, 'known keys: runtimeValues, runtimeTypes');
  const seen = new Set<string>();
  for (const [key, target] of [
    ['runtimeValues', surface.values],
    ['runtimeTypes', surface.types],
  ] as const) {
    const list = raw[key] ?? [];
    if (!Array.isArray(list)) {
      fail(joinPointer('/surface', key), 'manifest-invalid', `\`surface.${key}\` must be a list of names`, example);
      continue;
    }
    list.forEach((name, i) => {
      const pointer = joinPointer('/surface', key, i);
      if (typeof name !== 'string' || !IDENTIFIER.test(name))
        fail(pointer, 'manifest-invalid', `${JSON.stringify(name)} is not an exported name`, 'list identifiers the runtime exports');
      else if (seen.has(name))
        fail(pointer, 'manifest-invalid', `"${name}" is listed twice`, 'list each name once, as a value or as a type');
      else {
        seen.add(name);
        target.push(name);
      }
    });
  }
  return surface;
}

/** Every file under `dir`, as sorted paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}
