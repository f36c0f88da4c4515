// Prettier's layout for `const NAME: Type = <JSON-like value>;` written on one line, as templates write tables
// of data (a client's operation specs): the statement on one line when it fits, else objects and arrays broken
// one entry a line, from the outside in, each entry kept whole when it fits. Arrays of several objects (or
// arrays) of several entries are always broken, as prettier breaks them. What this does not know how prettier
// lays out (a string or number too long for its line, an array of numbers too long for one) is declined.
import type { LayoutOptions } from './typescript-declarations.js';
import { quote } from './typescript-quotes.js';
import { decline, type Literal } from './typescript-type-syntax.js';

/** The lines of `<head> <value>;` (head: `const NAME: Type =`). */
export function printConst(head: string, value: Literal, options: LayoutOptions): string[] {
  const line = `${head} ${flat(value, options)};`;
  if (line.length <= options.printWidth && !mustBreak(value)) return [line];
  if (value.kind === 'atom') return decline();
  return printBroken(`${head} `, value, '', ';', options);
}

/** `value` broken over lines: `<open>{` or `<open>[`, one entry a line, then the closing bracket and `suffix`. */
function printBroken(
  open: string,
  value: Exclude<Literal, { kind: 'atom' }>,
  indent: string,
  suffix: string,
  options: LayoutOptions,
): string[] {
  const inner = `${indent}  `;
  const [start, end] = value.kind === 'object' ? ['{', '}'] : ['[', ']'];
  if (`${open}${start}`.length > options.printWidth) decline();
  const entries: [string, Literal][] =
    value.kind === 'object' ? value.entries.map(([k, v]) => [`${quote(k, options)}: `, v]) : value.items.map((v) => ['', v]);
  // Prettier lays out a long array of numbers as a fill (several a line): left to it.
  if (value.kind === 'array' && value.items.every((item) => item.kind === 'atom' && /^-?[0-9]/.test(item.text))) decline();
  const lines = [`${open}${start}`];
  entries.forEach(([prefix, entry], i) => {
    const comma = i < entries.length - 1 || options.trailingComma ? ',' : '';
    const one = `${inner}${prefix}${flat(entry, options)}${comma}`;
    if ((one.length <= options.printWidth || (entry.kind === 'atom' && prefix === '')) && !mustBreak(entry)) lines.push(one);
    // A property whose value is a string or number too long for the line may be broken after its colon.
    else if (entry.kind === 'atom') decline();
    else lines.push(...printBroken(`${inner}${prefix}`, entry, inner, comma, options));
  });
  lines.push(`${indent}${end}${suffix}`);
  return lines;
}

/** One-line form: `{ a: 1, b: [2, 3] }`. */
function flat(value: Literal, options: LayoutOptions): string {
  if (value.kind === 'atom') return quote(value.text, options);
  if (value.kind === 'array') return `[${value.items.map((item) => flat(item, options)).join(', ')}]`;
  return `{ ${value.entries.map(([key, entry]) => `${quote(key, options)}: ${flat(entry, options)}`).join(', ')} }`;
}

/** Whether prettier breaks this value (or one inside it) however short: an array of several objects or arrays
 * that each have several entries. */
function mustBreak(value: Literal): boolean {
  if (value.kind === 'atom') return false;
  const children = value.kind === 'object' ? value.entries.map(([, v]) => v) : value.items;
  if (value.kind === 'array' && children.length > 1) {
    const size = (item: Literal): number => (item.kind === 'object' ? item.entries.length : item.kind === 'array' ? item.items.length : 0);
    const kind = children[0]!.kind;
    if (kind !== 'atom' && children.every((item) => item.kind === kind && size(item) > 1)) return true;
  }
  return children.some(mustBreak);
}
