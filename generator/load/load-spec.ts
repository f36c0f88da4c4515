// Load stage: the root document, every file its `$ref`s reach, and a resolver that keeps origins,
// so that problems found anywhere later can name the file, line and JSON pointer.
import fs from 'node:fs';
import path from 'node:path';
import { displayPath, GeneratorError, problem, specName, type Problem, type SourceLocation } from '../errors.js';
import { fragmentToPointer, getAtPointer, joinPointer } from './json-pointer.js';
import { parseSourceFile, type SourceFile } from './parse-source.js';
import { kindOf } from './read-file.js';
import { isSwagger2, upgradeSwagger2 } from './upgrade-swagger2.js';
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
const DATA_KEYS = new Set(['example', 'examples', 'default', 'const', 'enum', 'value']);
// The generator's own extensions (spec/README.md) hold schemas by $ref; every other `x-*` value is data.
const GENERATOR_EXTENSIONS = new Set(['x-client', 'x-api-version', 'x-transport', 'x-retry', 'x-errors', 'x-pagination', 'x-websockets']);

/** A key whose value is data: a `$ref` in it is never followed (examples and foreign extensions). */
function isDataKey(key: string): boolean {
  return DATA_KEYS.has(key) || (key.startsWith('x-') && !GENERATOR_EXTENSIONS.has(key));
}
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
// Of those, the maps whose `x-*` keys are extensions (OpenAPI's Paths and Responses objects), never names.
const EXTENSIBLE_MAPS = new Set(['paths', 'responses']);

export interface LoadOptions {
  /** Folders besides the root spec's own that `$ref`s may read files from (`--allow-ref-dir`). */
  allowRefDirs?: string[];
  /** Bytes all files of the spec may hold together (MAX_TOTAL_BYTES by default). */
  maxTotalBytes?: number;
}

/** All files of one spec together may hold at most this much (each one at most MAX_SPEC_BYTES). */
export const MAX_TOTAL_BYTES = 100 * 1024 * 1024;

export class SpecSource {
  readonly rootFile: string;
  readonly root: Record<string, unknown>;
  private readonly files = new Map<string, SourceFile>();
  private readonly origins = new WeakMap<object, Origin>();
  /** Folders a `$ref` may read from, each as written (resolved) and as its real path. */
  private readonly allowed: { lexical: string; real: string }[] = [];
  private totalBytes = 0;
  private readonly maxTotalBytes: number;
  /** What reading the root file has to tell (a Swagger 2.0 document was upgraded). */
  readonly loadWarnings: Problem[] = [];

  constructor(rootFile: string, options: LoadOptions = {}) {
    this.maxTotalBytes = options.maxTotalBytes ?? MAX_TOTAL_BYTES;
    const file = this.file(path.resolve(rootFile));
    this.rootFile = file.path;
    this.allowed.push(allowedFolder(path.dirname(this.rootFile), 'the folder of the spec'));
    for (const dir of options.allowRefDirs ?? []) this.allowed.push(allowedFolder(path.resolve(dir), 'a folder given to --allow-ref-dir'));
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

  /**
   * A spec value fit for a message: quoted when it is a short name-like token written in the root spec itself,
   * '' otherwise. Text reached through a `$ref` may come from any file (a kubeconfig...): it is never shown.
   */
  nameFrom(value: unknown, origin: Origin | undefined): string {
    return origin?.file === this.rootFile ? specName(value) : '';
  }

  /** Resolves one `$ref` step; throws a located GeneratorError when the target is missing. */
  resolveRef(ref: string, from: Origin): ResolvedRef {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
      // Not quoted: a URL may carry credentials.
      throw new GeneratorError(
        problem(
          'remote-ref',
          'a remote reference (a URL) is not supported',
          'download the referenced document next to the spec and use a relative path',
          this.locate(from),
        ),
      );
    }
    const target = this.refTarget(ref, from);
    if (target.pointer !== '' && !target.pointer.startsWith('/')) {
      throw new GeneratorError(
        problem(
          'ref-invalid',
          'the part of this $ref after "#" is not a JSON pointer',
          'write it as "#/components/schemas/Name" (a pointer starts with "/")',
          this.locate(from),
        ),
      );
    }
    const file = this.file(target.file, from);
    const value = getAtPointer(file.data, target.pointer);
    if (value === undefined) {
      const shown = this.nameFrom(ref, from);
      throw new GeneratorError(
        problem(
          'ref-target-missing',
          `$ref${shown} points at nothing${target.file === from.file ? '' : ' in the file it names'}`,
          'check the spelling of the pointer after "#"',
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
    // A referenced file is read from the real path that was checked, not through the links of the path written.
    const real = referencedFrom ? this.confine(absolute, referencedFrom) : undefined;
    let file: SourceFile;
    try {
      file = parseSourceFile(absolute, real);
    } catch (err) {
      const code = err instanceof GeneratorError ? err.problems[0]?.code : undefined;
      if (referencedFrom && code === 'file-unreadable') {
        throw new GeneratorError(
          problem(
            'ref-file-missing',
            `$ref points at ${this.targetName(absolute, referencedFrom)}, which cannot be read`,
            'check the relative path of the referenced file',
            this.locate(referencedFrom),
          ),
        );
      }
      throw err;
    }
    // The root document only: a 2.0 document becomes 3.0 here, before any other stage (or $ref) reads it.
    if (!referencedFrom && isSwagger2(file.data)) {
      const upgraded = upgradeSwagger2(file);
      file = upgraded.file;
      this.loadWarnings.push(...upgraded.warnings);
    }
    this.totalBytes += file.bytes;
    if (this.totalBytes > this.maxTotalBytes) {
      throw new GeneratorError(
        problem(
          'spec-too-large',
          `the spec and the files its $refs reach hold more than ${(this.maxTotalBytes / 1048576).toFixed(0)} MiB`,
          'check that these $refs point at the API description you meant',
          this.locate(referencedFrom ?? { file: absolute, pointer: '' }),
        ),
      );
    }
    this.files.set(absolute, file);
    this.registerOrigins(file.data, absolute, '');
    return file;
  }

  /**
   * A `$ref` reads only regular files under an allowed folder: checked on the path as written (nothing outside is
   * even looked at), then on its real path (a symlink must not lead out), then on its type, before it is opened.
   */
  private confine(absolute: string, from: Origin): string {
    const refuse = (code: string, message: string, hint: string): never => {
      throw new GeneratorError(problem(code, message, hint, this.locate(from)));
    };
    const widen = "keep referenced files under the spec's folder, or allow another folder with --allow-ref-dir <folder>";
    if (!this.allowed.some((dir) => isInside(absolute, dir.lexical) || isInside(absolute, dir.real))) {
      refuse(
        'ref-outside-root',
        `$ref points at ${this.targetName(absolute, from)}, outside the folders a spec may read; it was not read`,
        widen,
      );
    }
    const missing = (): never =>
      refuse(
        'ref-file-missing',
        `$ref points at ${this.targetName(absolute, from)}, which cannot be read`,
        'check the relative path of the referenced file',
      );
    let real = '';
    try {
      real = fs.realpathSync(absolute);
    } catch {
      missing();
    }
    if (!this.allowed.some((dir) => isInside(real, dir.real))) {
      refuse(
        'ref-outside-root',
        `$ref points at ${this.targetName(absolute, from)}, a link that leads outside the folders a spec may read; it was not read`,
        widen,
      );
    }
    let kind: string | undefined;
    try {
      kind = kindOf(fs.statSync(real));
    } catch {
      missing();
    }
    if (kind !== undefined) {
      refuse('ref-not-a-file', `$ref points at ${kind}, not a file; it was not read`, 'point the $ref at a .yaml or .json file');
    }
    return real;
  }

  /** The target of a `$ref` for a message: its path when the `$ref` is written in the root spec, else "a file". */
  private targetName(absolute: string, from: Origin): string {
    return from.file === this.rootFile ? `"${displayPath(absolute)}"` : 'a file';
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
  visited = new Set<object>(),
): void {
  // A node a YAML alias shares is walked once.
  if (node === null || typeof node !== 'object' || visited.has(node)) return;
  visited.add(node);
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkRefs(item, file, joinPointer(pointer, i), onRef, onInvalid, '', visited));
    return;
  }
  const record = node as Record<string, unknown>;
  const namedMap = NAMED_MAPS.has(parentKey);
  if (typeof record.$ref === 'string') onRef(record.$ref, { file, pointer: joinPointer(pointer, '$ref') });
  else if ('$ref' in record && !namedMap) onInvalid({ file, pointer: joinPointer(pointer, '$ref') });
  for (const [key, value] of Object.entries(record)) {
    if (key === '$ref' && !namedMap) continue;
    if (namedMap ? EXTENSIBLE_MAPS.has(parentKey) && key.startsWith('x-') : isDataKey(key)) continue;
    walkRefs(value, file, joinPointer(pointer, key), onRef, onInvalid, namedMap ? '' : key, visited);
  }
}

/** Load stage entry point: parses the root file and every file it references. */
export function loadSpec(file: string, options: LoadOptions = {}): { source: SpecSource; problems: Problem[] } {
  const source = new SpecSource(file, options);
  assertOpenApi3(source.root, (pointer) => source.locate({ file: source.rootFile, pointer }));
  return { source, problems: [...source.loadWarnings, ...source.checkAllRefs()] };
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

function allowedFolder(dir: string, what: string): { lexical: string; real: string } {
  try {
    return { lexical: dir, real: fs.realpathSync(dir) };
  } catch {
    throw new GeneratorError(problem('ref-dir-missing', `${what} does not exist`, 'pass an existing folder', { file: dir }));
  }
}
