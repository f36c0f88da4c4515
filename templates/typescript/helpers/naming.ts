// Names and literals of the TypeScript template set: identifiers that are safe in strict-mode TypeScript, the
// client's class names, string and property-key literals, and doc comments. Spec strings reach generated
// code only through these functions.
import { allResources, BINARY_EXAMPLE, memberIdentifier, NameAllocator, type ApiModel } from 'openapi-client-generator/helpers';

// Words that cannot name a variable or parameter in strict-mode TypeScript.
const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private ' +
    'protected public static yield await any boolean number string symbol type of undefined arguments eval never unknown object bigint'
  ).split(' '),
);

// Names a declared type must not take in generated modules: runtime exports and globals the code uses.
const RESERVED_TYPE_NAMES = [
  'APIPromise',
  'PagePromise',
  'Page',
  'BinaryResponse',
  'EventStream',
  'RequestOptions',
  'OperationSpec',
  'ClientConfig',
  'BaseClient',
  'BaseClientOptions',
  'APIResource',
  'Uploadable',
  'NamedUpload',
  'ClientOptions',
  'ClientError',
  'APIError',
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIUserAbortError',
  'APIResponseParseError',
  'ConfigurationError',
  'InsecureTransportError',
  'MissingCredentialError',
  'InvalidRequestError',
  'StreamEventError',
  'ErrorClassEntry',
  'ServerSentEvent',
  'WithRequired',
  'Record',
  'Array',
  'Promise',
  'Partial',
  'Required',
  'Omit',
  'Pick',
  'Date',
  'Error',
  'Object',
  'String',
  'Number',
  'Boolean',
  'Symbol',
  'Map',
  'Set',
  'Blob',
  'File',
  'Response',
  'Request',
  'Headers',
  'URL',
  'FormData',
  'ReadableStream',
  'AbortSignal',
  'Uint8Array',
  'ArrayBuffer',
  'JSON',
  'Math',
  'Function',
  'Exclude',
  'Extract',
  'NonNullable',
  'ReturnType',
  'Readonly',
];

// Members the generated classes inherit (BaseClient, APIResource, Object): an API member of the same name
// would replace them, so it gets a trailing underscore.
const INHERITED_MEMBERS = new Set(
  (
    'constructor request _request _requestPage openChannel toJSON toString valueOf toLocaleString hasOwnProperty isPrototypeOf ' +
    'propertyIsEnumerable __proto__ __defineGetter__ __defineSetter__ __lookupGetter__ __lookupSetter__ baseURL timeout maxRetries ' +
    'version describeErrorBody _client'
  ).split(' '),
);

/** A method or property name for a generated class that shadows nothing it inherits. */
export function tsMemberName(name: string): string {
  return INHERITED_MEMBERS.has(name) ? `${name}_` : name;
}

export interface TypeScriptNaming {
  /** IR name (schema, params type, resource class) → TypeScript declaration name. */
  types: Map<string, string>;
  /** Error class name → TypeScript class name. */
  errors: Map<string, string>;
}

/** The client class: the spec's name unless the runtime already exports it. */
export function tsClientName(model: ApiModel): string {
  return RESERVED_TYPE_NAMES.includes(model.client.name) || model.client.name === 'ErrorBody'
    ? `${model.client.name}Client`
    : model.client.name;
}

/** The client without its resources (`CartesiaCore`), for programs that build only the resources they use. */
export function tsCoreClientName(model: ApiModel): string {
  const name = `${tsClientName(model)}Core`;
  return RESERVED_TYPE_NAMES.includes(name) || name === tsClientErrorName(model) ? `${tsClientName(model)}CoreClient` : name;
}

/** The alias under which the base error class is exported (`CartesiaError`). */
export function tsClientErrorName(model: ApiModel): string {
  const name = `${tsClientName(model)}Error`;
  return RESERVED_TYPE_NAMES.includes(name) || model.errors.classes.some((c) => c.name === name) ? `${tsClientName(model)}BaseError` : name;
}

/** Maps every IR type name to a TypeScript name that clashes with nothing the generated code imports. */
export function typescriptNaming(model: ApiModel): TypeScriptNaming {
  const allocator = new NameAllocator([
    ...RESERVED_TYPE_NAMES,
    'ErrorBody',
    'errorClasses',
    tsClientName(model),
    tsClientErrorName(model),
    tsCoreClientName(model),
  ]);
  // Error classes first: they are part of the API surface users catch by name.
  const errors = new Map<string, string>();
  for (const cls of model.errors.classes)
    errors.set(cls.name, allocator.has(cls.name) ? allocator.allocate(`${cls.name}Status`) : allocator.allocate(cls.name));
  const types = new Map<string, string>();
  const irNames = [
    ...model.schemas.map((s) => s.name),
    ...model.operations.map((o) => o.typeNames.params),
    ...model.channels.flatMap((c) => [
      c.typeNames.params,
      c.typeNames.session,
      c.typeNames.context,
      c.typeNames.event,
      c.typeNames.context.replace(/Context(\d*)$/, 'Settings$1'),
    ]),
    ...allResources(model.resources).map((r) => r.typeName),
  ];
  // Names that are already free keep their spelling; only clashing ones get a suffix.
  const clashing = new Set(irNames.filter((n) => allocator.has(n)));
  for (const name of irNames) if (!clashing.has(name)) types.set(name, allocator.allocate(name));
  for (const name of clashing) types.set(name, allocator.allocate(`${name}Model`));
  return { types, errors };
}

/** An example value as a TypeScript expression (file contents become an empty Blob to fill in). */
export function tsLiteral(value: unknown): string {
  if (value === BINARY_EXAMPLE) return 'new Blob([/* file contents */])';
  if (typeof value === 'string') return tsString(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${tsPropertyKey(k)}: ${tsLiteral(v)}`);
    return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}';
  }
  return 'undefined';
}

/** A JavaScript string literal that is safe anywhere: in code, in a `<script>`, across U+2028/U+2029. */
export function tsString(value: unknown): string {
  return JSON.stringify(String(value ?? ''))
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/<\//g, '<\\/');
}

/** A property key: bare when it is an identifier, quoted otherwise (`'expand[]'`, `'2fa'`). */
export function tsPropertyKey(name: string): string {
  return isPropertyIdentifier(name) ? name : tsString(name);
}

/** Whether a property key may be written bare: an ASCII identifier. */
export function isPropertyIdentifier(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}

/** A variable or parameter name derived from a spec name, never a reserved word. */
export function tsIdentifier(name: string): string {
  const id = memberIdentifier(name, 'value');
  return RESERVED_WORDS.has(id) ? `${id}_` : id;
}

export interface DocInput {
  summary?: string;
  description?: string;
  deprecated?: boolean;
  extra?: string[];
}

/** A JSDoc block, or '' when there is nothing to say. `*\/` in spec text cannot close the comment early. */
export function jsdoc(doc: DocInput): string {
  const parts: string[] = [];
  const summary = doc.summary?.trim();
  const description = doc.description?.trim();
  if (summary) parts.push(summary);
  if (description && description !== summary) parts.push(description);
  for (const line of doc.extra ?? []) parts.push(line);
  if (doc.deprecated) parts.push('@deprecated');
  if (parts.length === 0) return '';
  const body = parts
    .join('\n\n')
    .replace(/\*\//g, '*\\/')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? ' *' : ` * ${line.trimEnd()}`))
    .join('\n');
  return `/**\n${body}\n */`;
}
