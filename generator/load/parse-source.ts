// Reads one YAML or JSON file into plain data while remembering where every node came from,
// so later stages can say "file:line:col (#/pointer)" about anything they find.
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import { GeneratorError, problem, type SourceLocation } from '../errors.js';
import { jsonErrorOffset } from './json-error-offset.js';
import { joinPointer } from './json-pointer.js';

// The `yaml` package (positions, located syntax errors) loads only when a spec needs it: a problem to locate,
// or YAML the fast parser refuses. Required, as it is CommonJS: some 70 modules no clean run needs.
const require = createRequire(import.meta.url);
let yamlPackage: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') => (yamlPackage ??= require('yaml') as typeof import('yaml'));

export interface SourceFile {
  /** Absolute path. */
  path: string;
  format: 'yaml' | 'json';
  /** The parsed document as plain JavaScript values. */
  data: unknown;
  /** Line and column (1-based) of the node at `pointer`, or of its nearest located ancestor. */
  locate(pointer: string): SourceLocation;
}

/** Specs larger than this are refused before parsing: no real API description comes close. */
export const MAX_SPEC_BYTES = 20 * 1024 * 1024;

export function parseSourceFile(file: string): SourceFile {
  const absolute = path.resolve(file);
  const where = { file: absolute };
  let bytes: Buffer;
  try {
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) {
      throw new GeneratorError(
        problem('spec-is-directory', 'expected a file but found a folder', 'pass the path of the .yaml or .json spec file', where),
      );
    }
    if (stat.size > MAX_SPEC_BYTES) {
      throw new GeneratorError(
        problem(
          'spec-too-large',
          `the file is ${(stat.size / 1048576).toFixed(1)} MiB, over the ${MAX_SPEC_BYTES / 1048576} MiB limit for a spec`,
          'check that this is the API description you meant to pass',
          where,
        ),
      );
    }
    bytes = fs.readFileSync(absolute);
  } catch (err) {
    if (err instanceof GeneratorError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(err)})`;
    throw new GeneratorError(problem('file-unreadable', message, 'check the path and its permissions', where));
  }
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
  return parseFast(text, absolute, format) ?? parseYamlText(text, absolute, format);
}

/**
 * The fast path: JSON.parse or js-yaml (YAML 1.2 core schema, as the `yaml` package reads it), several times
 * faster on large specs. Positions come from the `yaml` package, parsed only when a problem must be located.
 * Undefined when the fast parser refuses the text: the `yaml` package then reports the located syntax error.
 */
function parseFast(text: string, file: string, format: 'yaml' | 'json'): SourceFile | undefined {
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch {
    return undefined;
  }
  let positioned: SourceFile | undefined;
  return { path: file, format, data, locate: (pointer) => (positioned ??= parseYamlText(text, file, format)).locate(pointer) };
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
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/, "[\s\S]*" is not valid JSON$/, '');
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

function parseYamlText(text: string, file: string, format: 'yaml' | 'json'): SourceFile {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lineCounter.linePos(firstError.pos[0]);
    const message = firstError.message.split('\n')[0] ?? firstError.message;
    throw new GeneratorError(
      problem(
        format === 'json' ? 'json-syntax' : 'yaml-syntax',
        `invalid ${format.toUpperCase()}: ${message}`,
        'fix the syntax at this position',
        { file, line: pos.line, column: pos.col },
      ),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: -1 });
  } catch (err) {
    throw new GeneratorError(
      problem('yaml-syntax', `cannot read the YAML: ${(err as Error).message}`, 'fix the YAML (aliases and tags)', { file }),
    );
  }
  // Positions are only needed when something is reported: index them on first use.
  let index: Map<string, number> | undefined;
  return {
    path: file,
    format,
    data,
    locate(pointer: string): SourceLocation {
      const offsets = (index ??= indexOffsets(doc));
      let p = pointer;
      // Fall back to the closest ancestor that has a position.
      while (!offsets.has(p) && p !== '') p = p.slice(0, Math.max(0, p.lastIndexOf('/')));
      const offset = offsets.get(p);
      if (offset === undefined) return { file, pointer };
      const pos = lineCounter.linePos(offset);
      return { file, line: pos.line, column: pos.col, pointer };
    },
  };
}

/** Maps each JSON pointer to the source offset of its key (for map entries) or its node. */
function indexOffsets(doc: Document): Map<string, number> {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yaml();
  const offsets = new Map<string, number>();
  const seen = new Set<Node>();
  const visit = (node: unknown, pointer: string, offset: number | undefined): void => {
    if (offset !== undefined && !offsets.has(pointer)) offsets.set(pointer, offset);
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target && !seen.has(target)) {
        seen.add(target);
        visit(target, pointer, undefined);
        seen.delete(target);
      }
      return;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const keyNode = pair.key as Node | null;
        visit(pair.value, joinPointer(pointer, key), keyNode?.range?.[0] ?? (pair.value as Node | null)?.range?.[0]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, joinPointer(pointer, i), (item as Node | null)?.range?.[0]));
    }
  };
  visit(doc.contents, '', doc.contents?.range?.[0]);
  return offsets;
}
