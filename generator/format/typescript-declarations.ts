// Prettier's layout for the plainest TypeScript statements, written without prettier: type aliases of
// references, literals, unions, arrays and object types, with their doc comments, and constants holding
// JSON-like data (typescript-literals.ts). A client's models file is thousands of these: on a 5,000-operation
// spec prettier spent ~2 s on it (parse, attach comments, build and print its layout), this ~0.25 s. Anything
// outside that small grammar, or whose layout would need one of prettier's finer decisions, is left to prettier
// (`layoutDeclarations` returns undefined): the result is prettier's either way, which
// test/unit/typescript-declarations.test.ts checks against prettier itself.

import { printConst } from './typescript-literals.js';
import { quote } from './typescript-quotes.js';
import { checkNesting, containsObject, Decline, decline, flat, parseStatements, type TypeNode } from './typescript-type-syntax.js';

/** The prettier options this layout honours; others make `layoutDeclarations` decline. */
export interface LayoutOptions {
  printWidth: number;
  singleQuote: boolean;
  /** A comma after the last entry of a broken object or array (prettier's default, `all`, and `es5`). */
  trailingComma?: boolean;
}

/** Prettier's defaults for the options that change this layout: with any other value, prettier lays it out. */
const ASSUMED: Record<string, unknown> = {
  semi: true,
  tabWidth: 2,
  useTabs: false,
  quoteProps: 'as-needed',
  bracketSpacing: true,
  objectWrap: 'preserve',
  experimentalTernaries: false,
  endOfLine: 'lf',
};

/** The options to lay out with, or undefined when the set's prettier options are not the ones assumed here. */
export function layoutOptions(options: Record<string, unknown>): LayoutOptions | undefined {
  if (Object.entries(ASSUMED).some(([key, value]) => options[key] !== undefined && options[key] !== value)) return undefined;
  return {
    printWidth: typeof options.printWidth === 'number' ? options.printWidth : 80,
    singleQuote: options.singleQuote === true,
    trailingComma: options.trailingComma !== 'none',
  };
}

/**
 * The text laid out as prettier would lay it out, or undefined when it holds anything this module does not
 * handle. `text` is one or more top-level statements, as the format stage cuts a file.
 */
export function layoutDeclarations(text: string, options: LayoutOptions): string | undefined {
  // Widths are counted in characters: text beyond ASCII outside comments goes to prettier (see tokenize).
  try {
    const items = parseStatements(text);
    if (items.length === 0) return undefined;
    const out: string[] = [];
    items.forEach((item, i) => {
      if (i > 0 && item.blankBefore) out.push('');
      if (item.kind === 'comment') out.push(...printComment(item.text, ''));
      else if (item.kind === 'const') out.push(...printConst(item.head, item.value, options));
      else out.push(...printAlias(item.head, item.type, options));
    });
    return `${out.join('\n')}\n`;
  } catch (error) {
    if (error instanceof Decline) return undefined;
    throw error;
  }
}

/** A comment on its own lines at `indent`: doc-style block comments re-indented as prettier does. */
function printComment(text: string, indent: string): string[] {
  if (text.startsWith('//')) return [indent + text.trimEnd()];
  const lines = text.split('\n');
  if (lines.length === 1) return [indent + text];
  // `*${value}*` split into lines: every line after the first starts with `*` (else prettier prints it as is).
  if (!lines.slice(1).every((line) => line.trimStart().startsWith('*'))) decline();
  return lines.map((line, i) => indent + (i === 0 ? line.trimEnd() : ` ${i < lines.length - 1 ? line.trim() : line.trimStart()}`));
}

const fits = (line: string, options: LayoutOptions): boolean => line.length <= options.printWidth;

/** `{{head}} <type>;` for a type alias. */
function printAlias(head: string, type: TypeNode, options: LayoutOptions): string[] {
  const lines = printTyped(head, type, '', options, true);
  lines[lines.length - 1] += ';';
  return lines;
}

/**
 * Lines of `<prefix> <type>` at `indent`, where prefix is `type X =` (alias) or `key?:` (property), without
 * the `;` after it (whose width counts in the last line).
 */
function printTyped(prefix: string, type: TypeNode, indent: string, options: LayoutOptions, alias: boolean): string[] {
  if (type.kind === 'object') return printObject(`${indent}${prefix} `, type, indent, options, '');
  if (type.kind === 'array' && type.element.kind === 'object')
    return printObject(`${indent}${prefix} `, type.element, indent, options, '[]');
  if (type.kind === 'union' && containsObject(type)) {
    // `{ ... } | null` stays on the object's lines (prettier "hugs" it); other unions with objects: prettier.
    const objects = type.members.filter((m) => m.kind === 'object');
    const rest = type.members.filter((m) => m.kind !== 'object');
    // Only the object first, as TypeScript's printer writes it (`null | { ... }` is left to prettier).
    if (objects.length !== 1 || type.members[0] !== objects[0] || !rest.every((m) => m.kind === 'atom' && m.text === 'null')) decline();
    return printObject(`${indent}${prefix} `, objects[0] as ObjectNode, indent, options, ' | null'.repeat(rest.length));
  }
  if (type.kind === 'intersection' && containsObject(type)) return printIntersection(prefix, type, indent, options);
  checkNesting(type);
  const one = `${indent}${prefix} ${flat(type, options)}`;
  if (fits(`${one};`, options)) return [one];
  // A property's name or literal that prettier cannot break either stays on its line, however long.
  if (!alias && unbreakable(type)) return [one];
  // A reference or null (void) only: prettier keeps such a union together ("hugs" it) wherever it goes.
  if (type.kind !== 'union' || huggable(type)) return decline();
  const members = type.members.map((m) => flat(m, options));
  // A union that fits on the line after the `=` or `:` goes there whole.
  const next = `${indent}  ${members.join(' | ')}`;
  if (fits(`${next};`, options)) return [`${indent}${prefix}`, next];
  // One member a line; a member too long for its line must be one prettier cannot break either.
  const lines = members.map((m, i) => `${indent}  | ${m}${i === members.length - 1 ? ';' : ''}`);
  if (type.members.some((m, i) => !fits(lines[i]!, options) && !unbreakable(m))) decline();
  return [`${indent}${prefix}`, ...members.map((m) => `${indent}  | ${m}`)];
}

/**
 * `{ ... } & Other`, `Other & { ... }` or `{ ... } & { ... }`: prettier keeps the parts on the object's lines, and
 * both objects' members at the same indentation. More parts, or another kind of part, are left to prettier.
 */
function printIntersection(
  prefix: string,
  type: Extract<TypeNode, { kind: 'intersection' }>,
  indent: string,
  options: LayoutOptions,
): string[] {
  const [first, second] = type.members;
  if (type.members.length !== 2 || !first || !second) return decline();
  const other = (node: TypeNode): string => (unbreakable(node) ? flat(node, options) : decline());
  if (first.kind !== 'object') {
    if (second.kind !== 'object') decline();
    return printObject(`${indent}${prefix} ${other(first)} & `, second as ObjectNode, indent, options, '');
  }
  if (second.kind !== 'object') {
    const lines = printObject(`${indent}${prefix} `, first, indent, options, ` & ${other(second)}`);
    if (!fits(`${lines[lines.length - 1]};`, options)) decline();
    return lines;
  }
  const head = printObject(`${indent}${prefix} `, first, indent, options, ' & ');
  const tail = printObject('', second, indent, options, '');
  return [...head.slice(0, -1), `${head[head.length - 1]}${tail[0]}`, ...tail.slice(1)];
}

/** A union of one reference (or object type) and `null`s or `void`s, which prettier never breaks apart. */
function huggable(type: Extract<TypeNode, { kind: 'union' }>): boolean {
  const empty = type.members.filter((m) => m.kind === 'atom' && (m.text === 'null' || m.text === 'void')).length;
  const reference = type.members.some(
    (m) =>
      m.kind === 'object' ||
      (m.kind === 'atom' && m.text === '{}') ||
      (m.kind === 'atom' && /^[A-Za-z_$]/.test(m.text) && !KEYWORD_TYPES.has(m.text.replace(/<.*/s, ''))),
  );
  return empty === type.members.length - 1 && reference;
}

/** Built-in type names, which are keywords rather than references to prettier. */
const KEYWORD_TYPES = new Set([
  'string',
  'number',
  'boolean',
  'bigint',
  'symbol',
  'object',
  'unknown',
  'any',
  'never',
  'null',
  'undefined',
  'void',
  'true',
  'false',
  'this',
]);

type ObjectNode = Extract<TypeNode, { kind: 'object' }>;

/** An object type, expanded: `<open>{`, its members, `}<close>`. */
function printObject(open: string, node: ObjectNode, indent: string, options: LayoutOptions, close: string): string[] {
  const inner = `${indent}  `;
  // Where even the line that opens the object is too long, prettier may move the object to the next line.
  if (!fits(`${open}{`, options)) decline();
  const lines = [`${open}{`];
  for (const member of node.members) {
    for (const comment of member.comments) lines.push(...printComment(comment, inner));
    const memberLines = printTyped(`${quote(member.key, options)}${member.optional ? '?' : ''}:`, member.type, inner, options, false);
    memberLines[memberLines.length - 1] += ';';
    // Prettier breaks a long index signature inside its brackets.
    if (member.key.includes('[') && memberLines.some((line) => !fits(line, options))) decline();
    lines.push(...memberLines);
  }
  lines.push(`${indent}}${close}`);
  return lines;
}

/** A type prettier prints on one line however long: a name, a literal, or an array of one. */
function unbreakable(type: TypeNode): boolean {
  return (type.kind === 'atom' && !type.text.includes('<')) || (type.kind === 'array' && unbreakable(type.element));
}
