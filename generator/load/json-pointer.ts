// RFC 6901 JSON pointers: the one addressing scheme used for locations in every stage.

export function escapeSegment(segment: string | number): string {
  // Called for every node of a large spec: most segments need no escape, and a test is cheaper than two replaces.
  if (typeof segment === 'number') return String(segment);
  return NEEDS_ESCAPE.test(segment) ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

const NEEDS_ESCAPE = /[~/]/;

export function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  let pointer = base;
  for (const segment of segments) pointer += '/' + escapeSegment(segment);
  return pointer;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  if (!pointer.startsWith('/')) throw new Error(`JSON pointer must start with "/": ${pointer}`);
  return pointer.slice(1).split('/').map(unescapeSegment);
}

/** Decodes the fragment of a `$ref` (`#/a/b%20c`) into a pointer (`/a/b c`). */
export function fragmentToPointer(fragment: string): string {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Follows a pointer into a parsed document; `undefined` when any step is missing. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}
