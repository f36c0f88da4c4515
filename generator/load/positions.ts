// Source positions for a text the fast parser already read: js-yaml reads it once more with a listener that
// notes where each node starts. About ten times faster than the `yaml` package's document model and far smaller:
// only the start of each map key and list item is kept, keyed by the mapping or list it belongs to.
import jsYaml from 'js-yaml';
import { splitPointer } from './json-pointer.js';

/** Offset (UTF-16, 0-based) of the node at a pointer, or of its nearest ancestor that has one. */
export type OffsetOf = (pointer: string) => number;

interface ParsedNode {
  start: number;
  end: number;
  result: unknown;
  kind: string | null;
}

/**
 * Positions of `text`, parsed as the fast path parsed it (JSON or YAML's core schema). Undefined when js-yaml
 * refuses the text (JSON that YAML does not read the same way): the caller falls back to the `yaml` package.
 */
export function positionIndex(text: string, format: 'yaml' | 'json'): OffsetOf | undefined {
  // Each mapping or list (by identity) → where each of its entries starts: a map entry at its key, an item at itself.
  const starts = new Map<object, Map<string, number>>();
  const stack: { start: number; children: ParsedNode[] }[] = [];
  let root: ParsedNode | undefined;
  const listener = (event: 'open' | 'close', state: { position: number; result: unknown; kind: string | null }): void => {
    if (event === 'open') {
      stack.push({ start: state.position, children: [] });
      return;
    }
    const frame = stack.pop()!;
    const node = { start: frame.start, end: state.position, result: state.result, kind: state.kind };
    // A node read while trying another shape (a key that turned out to be the whole value) closes inside the
    // node it becomes, with the same result: the inner, first recorded, entries are kept.
    if (typeof node.result === 'object' && node.result !== null && !starts.has(node.result)) {
      const entries =
        node.kind === 'mapping'
          ? mapStarts(text, frame.children, node.result)
          : node.kind === 'sequence'
            ? listStarts(frame.children, node.result)
            : undefined;
      if (entries) starts.set(node.result, entries);
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
  };
  try {
    jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: format === 'json', listener });
  } catch {
    return undefined;
  }
  if (!root) return undefined;
  const top = { start: root.start, result: root.result };
  return (pointer) => {
    let { start, result: node } = top;
    for (const segment of splitPointer(pointer)) {
      const entries = typeof node === 'object' && node !== null ? starts.get(node) : undefined;
      const at = entries?.get(segment);
      if (at === undefined) break;
      start = at;
      node = (node as Record<string, unknown>)[segment];
    }
    return contentStart(text, start);
  };
}

/**
 * A mapping's children come as key, value, key, value..., except that a key with no ":" after it (`{ a, b: 1 }`)
 * has no value node.
 */
function mapStarts(text: string, children: ParsedNode[], mapping: object): Map<string, number> {
  const entries = new Map<string, number>();
  for (let i = 0; i < children.length; i += text[skipBlank(text, children[i]!.end)] === ':' ? 2 : 1) {
    const key = String(children[i]!.result);
    // The first of duplicate keys keeps its position (JSON's last value wins, but the first is where it starts).
    if (Object.prototype.hasOwnProperty.call(mapping, key) && !entries.has(key)) entries.set(key, children[i]!.start);
  }
  return entries;
}

/** A list's children are its items, unless some item was read without a node of its own (then none is located). */
function listStarts(children: ParsedNode[], list: object): Map<string, number> | undefined {
  if (!Array.isArray(list) || children.length !== list.length) return undefined;
  return new Map(children.map((child, i) => [String(i), child.start]));
}

/** The first character at or after `offset` that is not blank: past spaces, line breaks and comments. */
function skipBlank(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else break;
  }
  return i;
}

/** Where a node's content starts (js-yaml reports it before blanks and before an `&anchor` or `!tag`). */
function contentStart(text: string, offset: number): number {
  let i = skipBlank(text, offset);
  while (text[i] === '&' || text[i] === '!') {
    while (i < text.length && !/\s/.test(text[i]!)) i++;
    i = skipBlank(text, i);
  }
  return i;
}

/** Line and column (1-based) of an offset, by binary search over the line starts (found once). */
export function lineColumns(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}
