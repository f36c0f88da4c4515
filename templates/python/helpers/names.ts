// Python names for spec strings: identifiers in snake_case and PascalCase, never a keyword, unique where they
// share a namespace, and the distribution and import names of the package.
import { NameAllocator, pascalCase, snakeCase } from 'openapi-client-generator/helpers';

/** Hard keywords: they cannot name anything. (Soft keywords such as `match` and `type` can.) */
export const PY_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if import in ' +
    'is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

/** Builtins that type expressions use: a class member of the same name would shadow them in annotations. */
export const TYPE_BUILTINS = ['str', 'int', 'float', 'bool', 'bytes', 'object'];

/** What generated modules may import from `typing` and from `typing_extensions` (imported when the code uses them). */
export const TYPING_IMPORTS = [
  'TYPE_CHECKING',
  'Annotated',
  'Any',
  'AsyncIterable',
  'AsyncIterator',
  'Dict',
  'Iterable',
  'Iterator',
  'List',
  'Literal',
  'Mapping',
  'Optional',
  'Union',
  'cast',
];
export const TYPING_EXTENSIONS_IMPORTS = ['NotRequired', 'TypeAlias', 'TypedDict', 'Unpack'];

/** Names generated modules import from `typing`/`typing_extensions`, or use as builtins: no model may take them. */
export const TYPING_NAMES = [...TYPING_IMPORTS, ...TYPING_EXTENSIONS_IMPORTS, 'Required', 'Sequence'];

/** Names the runtime exports and the generated modules import beside the models. */
export const RUNTIME_NAMES = [
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIError',
  'APIResponse',
  'APIResponseParseError',
  'APIUserAbortError',
  'AsyncAPIClient',
  'AsyncAPIResource',
  'AsyncBinaryResponse',
  'AsyncChannelConnection',
  'AsyncContextSession',
  'AsyncEventStream',
  'AsyncPage',
  'AsyncPager',
  'AsyncSocketContext',
  'AsyncSocketSession',
  'BackpressureError',
  'BinaryResponse',
  'ChannelOptions',
  'ClientConfig',
  'ClientError',
  'ConfigurationError',
  'ContextSession',
  'ErrorBody',
  'ErrorClassEntry',
  'EventStream',
  'FileTypes',
  'InsecureTransportError',
  'InvalidRequestError',
  'MissingCredentialError',
  'NamedFile',
  'NotGiven',
  'OperationSpec',
  'ProtocolError',
  'RedirectError',
  'RequestOptions',
  'ResponseTooLargeError',
  'SSEParser',
  'ServerSentEvent',
  'SocketClosedError',
  'SocketContext',
  'SocketSession',
  'StreamEventError',
  'SyncAPIClient',
  'SyncAPIResource',
  'SyncPage',
  // Python builtins spelled like types.
  'BaseException',
  'Ellipsis',
  'Exception',
  'NotImplemented',
  'ValueError',
  'TypeError',
  'KeyError',
  'RuntimeError',
];

function transliterate(input: string): string {
  return input.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** `expand[]` → `expand`, `fileID` → `file_id`, `2fa` → `n2fa`, `class` → `class_`: a valid, non-keyword name. */
export function pySnakeName(input: string, fallback = 'value'): string {
  let name = snakeCase(transliterate(String(input)));
  if (name === '') name = fallback;
  if (/^[0-9]/.test(name)) name = `n${name}`;
  return PY_KEYWORDS.has(name) ? `${name}_` : name;
}

/** PascalCase identifier: `tts websocket` → `TtsWebsocket`, starting with a letter. */
export function pyPascalName(input: string, fallback = 'Unnamed'): string {
  let name = pascalCase(transliterate(String(input)));
  if (name === '') name = fallback;
  if (/^[0-9]/.test(name)) name = `N${name}`;
  return PY_KEYWORDS.has(name) ? `${name}_` : name;
}

/** SCREAMING_SNAKE_CASE for module constants. */
export function pyConstName(input: string): string {
  return pySnakeName(input).replace(/_$/, '').toUpperCase();
}

/** Whether a string is a Python identifier that is not a keyword (ASCII only, as generated code uses). */
export function isPyIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !PY_KEYWORDS.has(name);
}

/** Distribution name (PyPI) of the package: `@cartesia-gen/client` → `cartesia-gen-client`. */
export function pyDistributionName(packageName: string): string {
  const name = String(packageName)
    .replace(/^@/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/[-_.]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return name === '' ? 'api-client' : name;
}

/** Import name of the package: `@cartesia-gen/client` → `cartesia_gen_client`. */
export function pyImportName(packageName: string): string {
  return pySnakeName(pyDistributionName(packageName), 'api_client');
}

/** Allocates names in one namespace, keeping the first spelling of a name that is free. */
export class PyNames {
  private readonly allocator: NameAllocator;
  /** The names taken, exactly as spelled (the allocator also refuses names that differ only in case). */
  private readonly taken: Set<string>;
  constructor(reserved: Iterable<string> = []) {
    this.taken = new Set(reserved);
    this.allocator = new NameAllocator(this.taken);
  }
  has(name: string): boolean {
    return this.allocator.has(name);
  }
  /** True when Python code of the module can refer to a thing by this very name (Python is case-sensitive). */
  isTaken(name: string): boolean {
    return this.taken.has(name);
  }
  allocate(name: string): string {
    const allocated = this.allocator.allocate(name);
    this.taken.add(allocated);
    return allocated;
  }
}
