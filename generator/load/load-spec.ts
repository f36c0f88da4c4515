// Load stage: the root document, every file its `$ref`s reach, and a resolver that keeps origins,
// so that problems found anywhere later can name the file, line and JSON pointer.
import path from 'node:path';
import { GeneratorError, problem, type Problem, type SourceLocation } from '../errors.js';
import { fragmentToPointer, getAtPointer, joinPointer } from './json-pointer.js';
import { parseSourceFile, type SourceFile } from './parse-source.js';
import { assertOpenApi3 } from '../validate/document-kind.js';

/** Where a node of the spec lives: an absolute file path and a JSON pointer inside that file. */
export interface Origin {
  file: string;
  pointer: string;
}

export interface ResolvedRef {
  value: unknown;
  origin: Origin;
}

// Keys whose values are data, not OpenAPI objects: a "$ref" inside them is not a reference.
const DATA_KEYS = new Set(['example', 'default', 'const', 'enum', 'value']);
// Maps keyed by user-chosen names: a child called "default" or "value" there is an object, not data.
const NAMED_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'paths',
  'content',
  'encoding',
  'webhooks',
]);

export class SpecSource {
  readonly rootFile: string;
  readonly root: Record<string, unknown>;
  private readonly files = new Map<string, SourceFile>();
  private readonly origins = new WeakMap<object, Origin>();

  constructor(rootFile: string) {
    const file = this.file(path.resolve(rootFile));
    this.rootFile = file.path;
    if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
      throw new GeneratorError(
        problem(
          'not-a-document',
          'the file does not hold an object at its top level',
          'an OpenAPI document is a mapping that starts with `openapi: 3.1.0`',
          { file: file.path, line: 1, column: 1 },
        ),
      );
    }
    this.root = file.data as Record<string, unknown>;
  }

  /** The origin of an object or array that came from a loaded file. */
  originOf(node: unknown): Origin | undefined {
    return node !== null && typeof node === 'object' ? this.origins.get(node) : undefined;
  }

  locate(origin: Origin): SourceLocation {
    return this.files.get(origin.file)?.locate(origin.pointer) ?? { file: origin.file, pointer: origin.pointer };
  }

  /** Location of `node`, or of `fallback` (an origin in the root file by default) when the node has none. */
  locateNode(node: unknown, fallback: Origin | string = ''): SourceLocation {
    const origin = this.originOf(node) ?? (typeof fallback === 'string' ? { file: this.rootFile, pointer: fallback } : fallback);
    return this.locate(origin);
  }

  /** Canonical identity of a reference target: `absolute-file#pointer`. */
  refTarget(ref: string, from: Origin): Origin {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const pointer = hash === -1 ? '' : fragmentToPointer(ref.slice(hash));
    const file = filePart === '' ? from.file : path.resolve(path.dirname(from.file), safeDecodeURI(filePart));
    return { file, pointer };
  }

  /** Resolves one `$ref` step; throws a located GeneratorError when the target is missing. */
  resolveRef(ref: string, from: Origin): ResolvedRef {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
      throw new GeneratorError(
        problem(
          'remote-ref',
          `remote reference "${ref}" is not supported`,
          'download the referenced document next to the spec and use a relative path',
          this.locate(from),
        ),
      );
    }
    const target = this.refTarget(ref, from);
    const file = this.file(target.file, from);
    const value = getAtPointer(file.data, target.pointer);
    if (value === undefined) {
      const where = target.file === from.file ? '' : ` in ${path.basename(target.file)}`;
      throw new GeneratorError(
        problem(
          'ref-target-missing',
          `$ref "${ref}" points at nothing${where}`,
          `check the spelling; the target "#${target.pointer}" does not exist`,
          this.locate(from),
        ),
      );
    }
    return { value, origin: this.originOf(value) ?? target };
  }

  /** Follows `$ref` chains until a non-reference object; guards against cycles. */
  deref<T = unknown>(node: unknown, from: Origin): ResolvedRef & { value: T } {
    let current: ResolvedRef = { value: node, origin: this.originOf(node) ?? from };
    const seen = new Set<string>();
    while (isRef(current.value)) {
      const key = `${current.origin.file}#${current.origin.pointer}`;
      if (seen.has(key)) {
        throw new GeneratorError(
          problem('ref-cycle', 'this $ref chain refers back to itself', 'point the $ref at a real object', this.locate(current.origin)),
        );
      }
      seen.add(key);
      current = this.resolveRef(current.value.$ref, { file: current.origin.file, pointer: joinPointer(current.origin.pointer, '$ref') });
    }
    return current as ResolvedRef & { value: T };
  }

  /** All loaded files, root first. */
  loadedFiles(): string[] {
    return [...this.files.keys()];
  }

  private file(absolute: string, referencedFrom?: Origin): SourceFile {
    const cached = this.files.get(absolute);
    if (cached) return cached;
    let file: SourceFile;
    try {
      file = parseSourceFile(absolute);
    } catch (err) {
      if (err instanceof GeneratorError && referencedFrom && err.problems[0]?.code === 'file-unreadable') {
        throw new GeneratorError(
          problem(
            'ref-file-missing',
            `$ref points at "${path.basename(absolute)}", which cannot be read`,
            'check the relative path of the referenced file',
            this.locate(referencedFrom),
          ),
        );
      }
      throw err;
    }
    this.files.set(absolute, file);
    this.registerOrigins(file.data, absolute, '');
    return file;
  }

  private registerOrigins(node: unknown, file: string, pointer: string): void {
    if (node === null || typeof node !== 'object' || this.origins.has(node)) return;
    this.origins.set(node, { file, pointer });
    if (Array.isArray(node)) node.forEach((item, i) => this.registerOrigins(item, file, joinPointer(pointer, i)));
    else for (const [key, value] of Object.entries(node)) this.registerOrigins(value, file, joinPointer(pointer, key));
  }

  /** Visits every `$ref` reachable from the root, loading external files; returns the broken ones. */
  checkAllRefs(): Problem[] {
    const problems: Problem[] = [];
    const pending = [this.rootFile];
    const done = new Set<string>();
    while (pending.length > 0) {
      const file = pending.pop()!;
      if (done.has(file)) continue;
      done.add(file);
      const data = this.files.get(file)?.data;
      const onInvalid = (at: Origin): void => {
        problems.push(
          problem(
            'ref-invalid',
            '`$ref` must be a string such as "#/components/schemas/Name"',
            'write the reference as a string',
            this.locate(at),
          ),
        );
      };
      walkRefs(
        data,
        file,
        '',
        (ref, at) => {
          try {
            const target = this.refTarget(ref, at);
            this.resolveRef(ref, at);
            if (!done.has(target.file)) pending.push(target.file);
          } catch (err) {
            if (!(err instanceof GeneratorError)) throw err;
            problems.push(...err.problems);
          }
        },
        onInvalid,
      );
    }
    return problems;
  }
}

/** Percent-decodes a reference's file part; text that is not valid percent-encoding is taken as it is. */
function safeDecodeURI(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

export interface RefObject {
  $ref: string;
}

export function isRef(node: unknown): node is RefObject {
  return node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string';
}

function walkRefs(
  node: unknown,
  file: string,
  pointer: string,
  onRef: (ref: string, at: Origin) => void,
  onInvalid: (at: Origin) => void,
  parentKey = '',
): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkRefs(item, file, joinPointer(pointer, i), onRef, onInvalid));
    return;
  }
  const record = node as Record<string, unknown>;
  const namedMap = NAMED_MAPS.has(parentKey);
  if (typeof record.$ref === 'string') onRef(record.$ref, { file, pointer: joinPointer(pointer, '$ref') });
  else if ('$ref' in record && !namedMap) onInvalid({ file, pointer: joinPointer(pointer, '$ref') });
  for (const [key, value] of Object.entries(record)) {
    if (key === '$ref' && !namedMap) continue;
    if (!namedMap && DATA_KEYS.has(key)) continue;
    if (!namedMap && key === 'examples' && Array.isArray(value)) continue; // JSON Schema examples are data
    walkRefs(value, file, joinPointer(pointer, key), onRef, onInvalid, namedMap ? '' : key);
  }
}

/** Load stage entry point: parses the root file and every file it references. */
export function loadSpec(file: string): { source: SpecSource; problems: Problem[] } {
  const source = new SpecSource(file);
  assertOpenApi3(source.root, (pointer) => source.locate({ file: source.rootFile, pointer }));
  return { source, problems: source.checkAllRefs() };
}
