// Reads one YAML or JSON file into plain data while remembering where every node came from,
// so later stages can say "file:line:col (#/pointer)" about anything they find.
import path from 'node:path';
import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, Node, YAMLError } from 'yaml';
import { GeneratorError, problem, type SourceLocation } from '../errors.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { checkDocumentLimits, MAX_ALIAS_EXPANSION, MAX_DEPTH, type LimitBreach } from './document-limits.js';
import { joinPointer } from './json-pointer.js';
import { lineColumns, positionIndex } from './positions.js';
import { readRegularFile } from './read-file.js';

// The `yaml` package (located syntax errors) loads only when a spec needs it: YAML the fast parser refuses, or
// a problem to locate in text js-yaml cannot read again (positions.ts). Required, as it is CommonJS: some 70
// modules no clean run needs.
const require = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlPackage ??= require('yaml') as typeof import('yaml'));

export interface SourceFile {
  /** Absolute path. */
  path: string;
  format: 'yaml' | 'json';
  /** Size of the file read. */
  bytes: number;
  /** The parsed document as plain JavaScript values. */
  data: unknown;
  /** Line and column (1-based) of the node at `pointer`, or of its nearest located ancestor. */
  locate(pointer: string): SourceLocation;
}

export { MAX_SPEC_BYTES } from './read-file.js';

/** Parses `file`; `realPath`, when given, is where it is read from (its symlink-free path, already checked). */
export function parseSourceFile(file: string, realPath?: string): SourceFile {
  const absolute = path.resolve(file);
  const where = { file: absolute };
  const bytes = realPath === undefined ? readRegularFile(absolute, where) : readRegularFile(realPath, where, { noFollow: true });
  if (bytes.includes(0)) {
    throw new GeneratorError(
      problem(
        'binary-file',
        'the file is binary, not YAML or JSON text',
        'pass the OpenAPI document itself (a .yaml or .json file)',
        where,
      ),
    );
  }
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new GeneratorError(
      problem('empty-file', 'the file is empty', 'write an OpenAPI document into it, starting with `openapi: 3.1.0`', where),
    );
  }
  const format = /\.json$/i.test(absolute) || /^\s*[{[]/.test(text) ? 'json' : 'yaml';
  if (format === 'json') checkJsonSyntax(text, absolute);
  const parsed = { ...(parseFast(text, absolute, format) ?? parseYamlText(text, absolute, format)), bytes: bytes.length };
  const breach = checkDocumentLimits(parsed.data);
  if (breach) throw new GeneratorError(limitProblem(breach, parsed.locate(breach.pointer)));
  return parsed;
}

function limitProblem(breach: LimitBreach, where: SourceLocation) {
  switch (breach.code) {
    case 'spec-too-deep':
      return problem(
        breach.code,
        `the document nests more than ${MAX_DEPTH} levels deep here`,
        'name the inner schemas under components and point at them with $refs',
        where,
      );
    case 'yaml-alias-bomb':
      return problem(
        breach.code,
        `YAML aliases here repeat more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (an alias bomb); the document was not read further`,
        'write the repeated part once and point at it with a $ref instead of YAML aliases',
        where,
      );
    case 'yaml-recursive-alias':
      return problem(
        breach.code,
        'a YAML alias here refers to a node that contains it, so the document would be infinite',
        'replace the alias with a $ref (references may be recursive, YAML aliases may not)',
        where,
      );
  }
}

/**
 * The fast path: JSON.parse or js-yaml (YAML 1.2 core schema, as the `yaml` package reads it), several times
 * faster on large specs. Positions come from a second read, only when a problem must be located.
 * Undefined when the fast parser refuses the text: the `yaml` package then reports the located syntax error.
 */
function parseFast(text: string, file: string, format: 'yaml' | 'json'): Omit<SourceFile, 'bytes'> | undefined {
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch {
    return undefined;
  }
  let locate: SourceFile['locate'] | undefined;
  return {
    path: file,
    format,
    data,
    locate: (pointer) => (locate ??= fastLocator(text, file, format) ?? lenientLocator(text, file))(pointer),
  };
}

/** Positions from js-yaml, read again with a listener; undefined when it refuses the text. */
function fastLocator(text: string, file: string, format: 'yaml' | 'json'): SourceFile['locate'] | undefined {
  const offsetOf = positionIndex(text, format);
  if (!offsetOf) return undefined;
  const lineColumn = lineColumns(text);
  return (pointer) => ({ file, ...lineColumn(offsetOf(pointer)), pointer });
}

function checkJsonSyntax(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    // Node's message carries the position in some versions only; the YAML parser always knows it.
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : jsonErrorOffset(text);
    const lineCol = offset === undefined ? undefined : offsetToLineCol(text, offset);
    // The message quotes the text around the error in some Node versions: keep only the sentence.
    const sentence = message
      .replace(/ in JSON at position \d+[\s\S]*$/, '')
      .replace(/, (\.\.\.)?"[\s\S]*$/, '')
      .replace(/^Unexpected token '[\s\S]*?'$/, 'Unexpected character');
    const reason = sentence.includes('"') || sentence.length > 80 ? 'a syntax error' : sentence;
    throw new GeneratorError(
      problem('json-syntax', `invalid JSON: ${reason}`, 'fix the JSON syntax at this position', { file, ...lineCol }),
    );
  }
}

function offsetToLineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parseYamlDocument(text: string): { doc: Document; lineCounter: InstanceType<typeof import('yaml').LineCounter> } {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: false });
  return { doc, lineCounter };
}

// The parser's own messages quote the text they stumble on (tags, tokens, escapes): a message names the kind
// of error only, so that no line of a referenced file reaches the terminal.
const YAML_ERRORS: Partial<Record<YAMLError['code'], string>> = {
  BAD_ALIAS: 'an alias names no anchor defined before it',
  BAD_DQ_ESCAPE: 'an invalid escape sequence in a double-quoted string',
  BAD_INDENT: 'bad indentation, or a [ or { left open',
  BAD_SCALAR_START: 'a plain value cannot start with this character',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block where a key was expected',
  BLOCK_IN_FLOW: 'a block inside a flow collection ([...] or {...})',
  DUPLICATE_KEY: 'a key appears twice in the same mapping',
  KEY_OVER_1024_CHARS: 'an implicit key longer than 1024 characters',
  MISSING_CHAR: 'a missing character (a closing bracket, quote, comma or colon)',
  MULTILINE_IMPLICIT_KEY: 'an implicit key that spans lines',
  MULTIPLE_DOCS: 'more than one YAML document in the file',
  TAB_AS_INDENT: 'a tab used for indentation',
  TAG_RESOLVE_FAILED: 'a tag this generator does not know',
  UNEXPECTED_TOKEN: 'an unexpected token',
};

function parseYamlText(text: string, file: string, format: 'yaml' | 'json'): Omit<SourceFile, 'bytes'> {
  const { doc, lineCounter } = parseYamlDocument(text);
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    const where = { file, line: pos.line, column: pos.col };
    if (firstError.code === 'RESOURCE_EXHAUSTION') {
      throw new GeneratorError(
        problem('spec-too-deep', 'the document nests too deeply to be read', 'name inner schemas and point at them with $refs', where),
      );
    }
    const what = YAML_ERRORS[firstError.code] ?? firstError.code.toLowerCase().replace(/_/g, ' ');
    throw new GeneratorError(
      problem(
        format === 'json' ? 'json-syntax' : 'yaml-syntax',
        `invalid ${format.toUpperCase()}: ${what}`,
        'fix the syntax at this position',
        where,
      ),
    );
  }
  let data: unknown;
  try {
    // Aliases come out as shared references (cheap); the size they expand to is checked on the data.
    data = doc.toJS({ maxAliasCount: -1 });
  } catch {
    throw new GeneratorError(
      problem('yaml-syntax', 'cannot read the YAML: an alias or tag could not be resolved', 'fix the YAML (aliases and tags)', { file }),
    );
  }
  return { path: file, format, data, locate: locator(doc, lineCounter, file) };
}

/** Positions for a text already parsed without them; a text the `yaml` package cannot index gets pointers only. */
function lenientLocator(text: string, file: string): SourceFile['locate'] {
  try {
    const { doc, lineCounter } = parseYamlDocument(text);
    return locator(doc, lineCounter, file);
  } catch {
    return (pointer) => ({ file, pointer });
  }
}

function locator(doc: Document, lineCounter: InstanceType<typeof import('yaml').LineCounter>, file: string): SourceFile['locate'] {
  // Positions are only needed when something is reported: index them on first use.
  let index: Map<string, number> | undefined;
  return (pointer) => {
    const offsets = (index ??= indexOffsets(doc));
    let p = pointer;
    // Fall back to the closest ancestor that has a position.
    while (!offsets.has(p) && p !== '') p = p.slice(0, Math.max(0, p.lastIndexOf('/')));
    const offset = offsets.get(p);
    if (offset === undefined) return { file, pointer };
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, pointer };
  };
}

/** Maps each JSON pointer to the source offset of its key (for map entries) or its node; iterative and linear. */
function indexOffsets(doc: Document): Map<string, number> {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  const offsets = new Map<string, number>();
  type Entry = { node: unknown; pointer: string; offset: number | undefined; depth: number };
  const pending: Entry[] = [{ node: doc.contents, pointer: '', offset: doc.contents?.range?.[0], depth: 0 }];
  // The nodes under an anchor are indexed through its first alias only: pointers through the other uses land on
  // the alias itself, and an alias bomb costs no more than the text it is written in.
  const expanded = new Set<unknown>();
  while (pending.length > 0) {
    const { node, pointer, offset, depth } = pending.pop()!;
    if (offset !== undefined && !offsets.has(pointer)) offsets.set(pointer, offset);
    if (depth > MAX_DEPTH) continue;
    const push = (child: unknown, at: string, childOffset: number | undefined) =>
      pending.push({ node: child, pointer: at, offset: childOffset, depth: depth + 1 });
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target && !expanded.has(target)) {
        expanded.add(target);
        push(target, pointer, undefined);
      }
    } else if (isMap(node)) {
      // Pushed last to first, so that entries are indexed in document order (the first of duplicates wins).
      for (const pair of [...node.items].reverse()) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyNode = pair.key as Node | null;
        push(pair.value, joinPointer(pointer, key), keyNode?.range?.[0] ?? (pair.value as Node | null)?.range?.[0]);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        push(item, joinPointer(pointer, i), (item as Node | null)?.range?.[0]);
      }
    }
  }
  return offsets;
}
