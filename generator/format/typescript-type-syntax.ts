// The syntax the format stage lays out itself (typescript-declarations.ts): a tokenizer and parser for type
// aliases of references, literals, unions, intersections, arrays and object types with doc comments, and their
// one-line form. Anything else throws `Decline`: the statement then goes to prettier.
import type { LayoutOptions } from './typescript-declarations.js';
import { quote } from './typescript-quotes.js';

type Token = {
  kind: 'word' | 'string' | 'number' | 'punct' | 'comment';
  text: string;
  blankBefore: boolean;
  newlineBefore: boolean;
};

export type TypeNode =
  | { kind: 'atom'; text: string }
  | { kind: 'union'; members: TypeNode[] }
  | { kind: 'intersection'; members: TypeNode[] }
  | { kind: 'array'; element: TypeNode }
  | { kind: 'paren'; inner: TypeNode }
  | { kind: 'object'; members: Member[] };

export type Member = { comments: string[]; key: string; optional: boolean; type: TypeNode };

/** A JSON-like value of a `const` statement. */
export type Literal =
  { kind: 'atom'; text: string } | { kind: 'object'; entries: [string, Literal][] } | { kind: 'array'; items: Literal[] };

export type Item =
  | { kind: 'comment'; text: string; blankBefore: boolean }
  | { kind: 'alias'; head: string; type: TypeNode; blankBefore: boolean }
  | { kind: 'const'; head: string; value: Literal; blankBefore: boolean };

/** The statements of `text` (comments, type aliases, constants), or `Decline` thrown at the first thing outside them. */
export function parseStatements(text: string): Item[] {
  return new Parser(tokenize(text)).items();
}

/** Thrown inside the parser and the printer when the text needs prettier; never escapes this module. */
export class Decline extends Error {}
export const decline = (): never => {
  throw new Decline();
};

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let newlines = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      newlines++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) decline();
      i = end + 2;
      kind = 'comment';
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      kind = 'comment';
    } else if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === '\n') decline();
        i += text[i] === '\\' ? 2 : 1;
      }
      if (i >= text.length) decline();
      i++;
      kind = 'string';
      if (/[^\x20-\x7e]/.test(text.slice(start, i))) decline();
    } else if (/[0-9]/.test(c)) {
      while (i < text.length && /[0-9a-zA-Z_.]/.test(text[i]!)) i++;
      kind = 'number';
    } else if (/[A-Za-z_$]/.test(c)) {
      while (i < text.length && /[A-Za-z0-9_$]/.test(text[i]!)) i++;
      kind = 'word';
    } else if ('{}[]()<>|&;:?=,.-'.includes(c)) {
      i++;
      kind = 'punct';
    } else {
      return decline();
    }
    // `prettier-ignore` keeps the next statement as written: prettier's call.
    if (kind === 'comment' && text.slice(start, i).includes('prettier-ignore')) decline();
    tokens.push({ kind, text: text.slice(start, i), blankBefore: newlines > 1, newlineBefore: newlines > 0 });
    newlines = 0;
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  items(): Item[] {
    const items: Item[] = [];
    while (this.at < this.tokens.length) {
      const token = this.tokens[this.at]!;
      if (token.kind === 'comment') {
        // A comment shares no line with code (else prettier places it): own-line comments only.
        if (this.at > 0 && !token.newlineBefore) decline();
        this.at++;
        items.push({ kind: 'comment', text: token.text, blankBefore: token.blankBefore });
        continue;
      }
      if (this.at > 0 && !token.newlineBefore) decline();
      let head = '';
      if (this.accept('export')) head = 'export ';
      if (this.accept('const')) {
        items.push({ kind: 'const', ...this.constant(head), blankBefore: token.blankBefore });
        continue;
      }
      this.expect('type');
      const name = this.next();
      if (name.kind !== 'word') decline();
      this.expect('=');
      head += `type ${name.text} =`;
      const type = this.type();
      this.expect(';');
      items.push({ kind: 'alias', head, type, blankBefore: token.blankBefore });
    }
    return items;
  }

  /**
   * `const NAME[: Type] = <JSON-like value>;` written on one line (so that no object keeps a line break that
   * prettier would preserve).
   */
  private constant(head: string): { head: string; value: Literal } {
    const start = this.at;
    const name = this.next();
    if (name.kind !== 'word') decline();
    let type = '';
    if (this.accept(':')) {
      const annotation = this.next();
      if (annotation.kind !== 'word') decline();
      type = `: ${annotation.text}`;
    }
    this.expect('=');
    const value = this.literal();
    this.expect(';');
    if (this.tokens.slice(start, this.at).some((t) => t.newlineBefore)) decline();
    return { head: `${head}const ${name.text}${type} =`, value };
  }

  private literal(): Literal {
    const token = this.next();
    const scalar = this.scalar(token);
    if (scalar) return scalar;
    if (token.text === 'true' || token.text === 'false' || token.text === 'null') return { kind: 'atom', text: token.text };
    if (token.text === '[') {
      const items: Literal[] = [];
      while (!this.accept(']')) {
        items.push(this.literal());
        if (!this.accept(',') && !this.peek(']')) decline();
      }
      return items.length === 0 ? { kind: 'atom', text: '[]' } : { kind: 'array', items };
    }
    if (token.text !== '{') return decline();
    const entries: [string, Literal][] = [];
    while (!this.accept('}')) {
      const key = this.next();
      if (key.kind !== 'word' && key.kind !== 'string') decline();
      this.expect(':');
      entries.push([key.kind === 'word' ? key.text : literalKey(key.text), this.literal()]);
      if (!this.accept(',') && !this.peek('}')) decline();
    }
    return entries.length === 0 ? { kind: 'atom', text: '{}' } : { kind: 'object', entries };
  }

  private type(): TypeNode {
    this.accept('|');
    const members = [this.intersection()];
    while (this.accept('|')) members.push(this.intersection());
    return members.length === 1 ? members[0]! : { kind: 'union', members };
  }

  private intersection(): TypeNode {
    this.accept('&');
    const members = [this.postfix()];
    while (this.accept('&')) members.push(this.postfix());
    return members.length === 1 ? members[0]! : { kind: 'intersection', members };
  }

  private postfix(): TypeNode {
    let node = this.primary();
    while (this.peek('[')) {
      this.at++;
      // Prettier wraps a negative number in parentheses here.
      if (node.kind === 'atom' && node.text.startsWith('-')) decline();
      this.expect(']');
      node = { kind: 'array', element: node };
    }
    return node;
  }

  /** A string or a number (negative ones too), in the type grammar and the value grammar alike. */
  private scalar(token: Token): { kind: 'atom'; text: string } | undefined {
    if (token.kind === 'string') return { kind: 'atom', text: token.text };
    if (token.kind === 'number') return { kind: 'atom', text: number(token.text) };
    if (token.text !== '-') return undefined;
    const digits = this.next();
    if (digits.kind !== 'number') decline();
    return { kind: 'atom', text: `-${number(digits.text)}` };
  }

  private primary(): TypeNode {
    const token = this.next();
    const scalar = this.scalar(token);
    if (scalar) return scalar;
    if (token.text === '(') {
      const inner = this.type();
      this.expect(')');
      // Prettier drops parentheses that are not needed; keep the ones it keeps, else decline.
      if (inner.kind !== 'union' && inner.kind !== 'intersection') decline();
      checkNesting(inner, 'paren');
      return { kind: 'paren', inner };
    }
    if (token.text === '{') return this.object();
    if (token.kind !== 'word' || KEYWORDS_NOT_TYPES.has(token.text)) return decline();
    let name = token.text;
    while (this.accept('.')) {
      const part = this.next();
      if (part.kind !== 'word') decline();
      name += `.${part.text}`;
    }
    if (this.accept('<')) {
      // Type arguments lay out flat here; a layout that breaks them is declined by the printer.
      const args = [this.type()];
      while (this.accept(',')) args.push(this.type());
      this.expect('>');
      if (args.some((arg) => containsObject(arg))) decline();
      name += `<${args.map((arg) => flat(arg)).join(', ')}>`;
    }
    return { kind: 'atom', text: name };
  }

  private object(): TypeNode {
    const members: Member[] = [];
    const first = this.tokens[this.at];
    if (first?.text === '}') {
      this.at++;
      return { kind: 'atom', text: '{}' };
    }
    // Prettier keeps an object type expanded when its first member starts on a new line; a one-line object
    // would be fitted, which is left to prettier.
    if (!first?.newlineBefore) decline();
    while (!this.accept('}')) {
      const comments: string[] = [];
      while (this.tokens[this.at]?.kind === 'comment') {
        const comment = this.tokens[this.at++]!;
        if (!comment.newlineBefore || comment.blankBefore) decline();
        comments.push(comment.text);
      }
      const start = this.tokens[this.at];
      if (!start?.newlineBefore || start.blankBefore) decline();
      let key = '';
      if (this.accept('readonly')) key = 'readonly ';
      const name = this.next();
      if (name.kind === 'word') key += name.text;
      else if (name.kind === 'string') key += propertyString(name.text);
      else if (name.text === '[') {
        // An index signature: `[key: string]: T`.
        const param = this.next();
        if (param.kind !== 'word') decline();
        this.expect(':');
        const keyType = this.type();
        if (keyType.kind !== 'atom') decline();
        this.expect(']');
        key += `[${param.text}: ${flat(keyType)}]`;
      } else decline();
      const optional = this.accept('?');
      this.expect(':');
      const type = this.type();
      if (!this.accept(';')) this.accept(',');
      members.push({ comments, key, optional, type });
    }
    if (!this.tokens[this.at - 1]!.newlineBefore) decline();
    return { kind: 'object', members };
  }

  private peek(text: string): boolean {
    const token = this.tokens[this.at];
    return token !== undefined && token.kind !== 'string' && token.kind !== 'comment' && token.text === text;
  }

  private accept(text: string): boolean {
    if (!this.peek(text)) return false;
    this.at++;
    return true;
  }

  private expect(text: string): void {
    if (!this.accept(text)) decline();
  }

  private next(): Token {
    const token = this.tokens[this.at++];
    if (!token || token.kind === 'comment') return decline();
    return token;
  }
}

/** Words that start other constructs (`typeof x`, `keyof T`, conditional types, ...): left to prettier. */
const KEYWORDS_NOT_TYPES = new Set([
  'typeof',
  'keyof',
  'unique',
  'infer',
  'readonly',
  'new',
  'asserts',
  'is',
  'extends',
  'import',
  'abstract',
]);

/** A number as prettier prints it; only the forms it prints unchanged are taken. */
function number(text: string): string {
  if (!/^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/.test(text)) decline();
  return text;
}

/** A name that may stand unquoted as a property key. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object literal's quoted key: unquoted when it is a plain identifier, as prettier does; else kept. */
function literalKey(raw: string): string {
  const value = raw.slice(1, -1);
  if (value === '__proto__') decline(); // quoted, it is a plain key; unquoted, the prototype
  return IDENTIFIER.test(value) ? value : propertyString(raw);
}

/** A quoted property name that must stay quoted (prettier may unquote the others). */
function propertyString(raw: string): string {
  const value = raw.slice(1, -1);
  if (value.includes('\\') || IDENTIFIER.test(value) || /^[0-9]/.test(value) || value === '') decline();
  return raw;
}

export function containsObject(node: TypeNode): boolean {
  switch (node.kind) {
    case 'object':
      return true;
    case 'atom':
      return false;
    case 'array':
      return containsObject(node.element);
    case 'paren':
      return containsObject(node.inner);
    default:
      return node.members.some(containsObject);
  }
}

/** One-line form of a type without object types. */
export function flat(node: TypeNode, options?: LayoutOptions): string {
  switch (node.kind) {
    case 'atom':
      return options ? quote(node.text, options) : node.text;
    case 'union':
      return node.members.map((m) => flat(m, options)).join(' | ');
    case 'intersection':
      return node.members.map((m) => flat(m, options)).join(' & ');
    case 'array':
      return `${flat(node.element, options)}[]`;
    case 'paren':
      return `(${flat(node.inner, options)})`;
    case 'object':
      return decline();
  }
}

/**
 * Parentheses only around a union or intersection that is an array's element, or around an intersection of
 * plain types in a union (an open enum's `| (string & {})`), and no bare intersection inside a union: where
 * prettier adds or drops parentheses, it decides.
 */
export function checkNesting(type: TypeNode, parent?: TypeNode['kind']): void {
  const plainIntersection =
    type.kind === 'paren' && type.inner.kind === 'intersection' && type.inner.members.every((m) => m.kind === 'atom');
  if (type.kind === 'paren' && parent !== 'array' && !(parent === 'union' && plainIntersection)) decline();
  if (type.kind === 'intersection' && parent === 'union') decline();
  if (type.kind === 'union' || type.kind === 'intersection') type.members.forEach((m) => checkNesting(m, type.kind));
  if (type.kind === 'array') checkNesting(type.element, 'array');
  if (type.kind === 'paren') checkNesting(type.inner, 'paren');
}
