// Bounds on the shape of a parsed document, checked once right after parsing so that no later tree walk (origins,
// $refs, the IR, templates) can recurse past the stack or expand a "billion laughs" of YAML aliases.
// YAML parsers share an alias's target by reference, so parsing is cheap; it is every later walk of the tree that
// would pay for the expansion. The check walks each distinct object once (iteratively) and sums sizes by identity.
import { joinPointer } from './json-pointer.js';

/** Deepest nesting accepted. Real specs stay far below it (the Cartesia spec and its published reference: 12). */
export const MAX_DEPTH = 256;
/** How many nodes aliases may add to the document as written (each use of an alias repeats its target). */
export const MAX_ALIAS_EXPANSION = 1_000_000;

export interface LimitBreach {
  code: 'spec-too-deep' | 'yaml-alias-bomb' | 'yaml-recursive-alias';
  /** JSON pointer of the node where the limit is passed. */
  pointer: string;
}

interface Frame {
  node: object;
  key: string;
  entries: [string, unknown][];
  next: number;
  /** Expanded size of the node so far: itself plus every node below it, aliases repeated. */
  size: number;
  /** Levels below the node so far. */
  height: number;
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** The first limit `root` passes, if any. Cycles (a YAML anchor used inside itself) are reported, not followed. */
export function checkDocumentLimits(root: unknown): LimitBreach | undefined {
  if (!isObject(root)) return undefined;
  const done = new Map<object, { size: number; height: number }>();
  const active = new Set<object>([root]);
  const stack: Frame[] = [frame(root, '')];
  // Nodes as written: each distinct object once, with the scalars it holds.
  let distinct = 0;
  const pointer = (last?: string): string => joinPointer('', ...stack.slice(1).map((f) => f.key), ...(last === undefined ? [] : [last]));

  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const entry = top.entries[top.next++];
    if (entry) {
      const [key, child] = entry;
      if (!isObject(child)) {
        top.size += 1;
        distinct += 1;
        continue;
      }
      if (active.has(child)) return { code: 'yaml-recursive-alias', pointer: pointer(key) };
      const known = done.get(child);
      if (known) {
        if (stack.length + known.height > MAX_DEPTH) return { code: 'spec-too-deep', pointer: pointer(key) };
        top.size += known.size;
        top.height = Math.max(top.height, known.height + 1);
        continue;
      }
      if (stack.length > MAX_DEPTH) return { code: 'spec-too-deep', pointer: pointer(key) };
      active.add(child);
      stack.push(frame(child, key));
      continue;
    }
    const size = top.size + 1;
    distinct += 1;
    if (size - distinct > MAX_ALIAS_EXPANSION) return { code: 'yaml-alias-bomb', pointer: pointer() };
    stack.pop();
    active.delete(top.node);
    done.set(top.node, { size, height: top.height });
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size += size;
      parent.height = Math.max(parent.height, top.height + 1);
    }
  }
  return undefined;
}

function frame(node: object, key: string): Frame {
  const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
  return { node, key, entries, next: 0, size: 0, height: 0 };
}
