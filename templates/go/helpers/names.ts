// Go names: exported identifiers with Go's initialisms, unexported locals clear of keywords and imports.
import { NameAllocator, words } from 'openapi-client-generator/helpers';

/** Words Go spells in capitals (Effective Go, "MixedCaps"; the list golint used, trimmed to the common ones). */
const INITIALISMS = new Set([
  'api',
  'id',
  'ids',
  'url',
  'uri',
  'http',
  'https',
  'json',
  'uuid',
  'ip',
  'sse',
  'tts',
  'stt',
  'html',
  'xml',
  'sql',
  'tls',
]);

const KEYWORDS = new Set([
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var',
]);

/** Names a method's parameters must not shadow: its own parameters, the imports, the predeclared identifiers. */
const LOCAL_RESERVED = [
  ...KEYWORDS,
  'ctx',
  'params',
  'opts',
  'core',
  'option',
  'context',
  'io',
  'iter',
  'json',
  's',
  'c',
  'out',
  'err',
  'string',
  'int',
  'int64',
  'float64',
  'bool',
  'any',
  'error',
  'nil',
  'true',
  'false',
  'len',
  'new',
  'make',
  'append',
];

function ascii(input: string): string {
  return input.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Words Go code spells with two capitals (`websocket` → `WebSocket`). */
const COMPOUNDS = new Map([['websocket', 'WebSocket']]);

/** `voice_id` → `VoiceID`, `expand[]` → `Expand`; always a valid exported identifier. */
export function goExported(input: string, fallback = 'Value'): string {
  const parts = words(ascii(input)).map(
    (w) => COMPOUNDS.get(w.toLowerCase()) ?? (INITIALISMS.has(w.toLowerCase()) ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)),
  );
  const name = parts.join('');
  if (name === '') return fallback;
  return /^[0-9]/.test(name) ? `N${name}` : name;
}

/** `voice_id` → `voiceID`: an unexported identifier (a path parameter's argument). */
export function goLocal(input: string, taken: NameAllocator): string {
  const exported = goExported(input, 'value');
  const lead = /^[A-Z]+(?=[A-Z][a-z]|\d|$)/.exec(exported)?.[0];
  const name =
    lead && lead.length > 1 ? lead.toLowerCase() + exported.slice(lead.length) : exported.charAt(0).toLowerCase() + exported.slice(1);
  return taken.allocate(name);
}

export function localNames(): NameAllocator {
  return new NameAllocator(LOCAL_RESERVED);
}

/** A Go package name: lower-case letters and digits, starting with a letter (`Cartesia` → `cartesia`). */
export function goPackageName(clientName: string): string {
  const name = ascii(clientName)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return /^[a-z]/.test(name) ? name : `api${name}`;
}

/**
 * The module path, from the package name the spec gives (`x-client.packageName`): `@cartesia-gen/client` →
 * `cartesia-gen/client`. Each element keeps what Go allows in a module path (letters, digits, `-._~`).
 */
export function goModulePath(packageName: string): string {
  const elements = packageName
    .replace(/^@/, '')
    .toLowerCase()
    .split('/')
    .map((e) => e.replace(/[^a-z0-9._~-]+/g, '-').replace(/^[-.]+|[-.]+$/g, ''))
    .filter(Boolean);
  return elements.length > 0 ? elements.join('/') : 'client';
}

/** A file name for a resource (`phoneNumbers` → `phone_numbers`), clear of Go's `_test` and `_<os>` suffixes. */
export function goFileName(name: string): string {
  const base = words(ascii(name))
    .map((w) => w.toLowerCase())
    .join('_');
  return `${base || 'resource'}_service`;
}
