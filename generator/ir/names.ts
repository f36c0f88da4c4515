// Language-neutral naming: turning spec strings into identifier-safe names, and keeping them unique.

/** Splits `fooBar_baz-qux 2Zip`, `HTTPServer`, `expand[]` into words. */
export function words(input: string): string[] {
  return input
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

export function pascalCase(input: string): string {
  return words(input)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export function camelCase(input: string): string {
  const pascal = pascalCase(input);
  // Keep an all-caps acronym start readable: `URLFoo` → `urlFoo`, `ID` → `id`.
  const lead = /^[A-Z]+(?=[A-Z][a-z]|\d|$)/.exec(pascal)?.[0];
  if (lead && lead.length > 1) return lead.toLowerCase() + pascal.slice(lead.length);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

export function kebabCase(input: string): string {
  return words(input)
    .map((w) => w.toLowerCase())
    .join('-');
}

export function snakeCase(input: string): string {
  return words(input)
    .map((w) => w.toLowerCase())
    .join('_');
}

/** PascalCase that is a valid identifier in any mainstream language: ASCII, starts with a letter. */
export function typeIdentifier(input: string, fallback = 'Unnamed'): string {
  const name = pascalCase(transliterate(input));
  if (name === '') return fallback;
  return /^[0-9]/.test(name) ? `N${name}` : name;
}

/** camelCase identifier, starting with a letter. */
export function memberIdentifier(input: string, fallback = 'unnamed'): string {
  const name = camelCase(transliterate(input));
  if (name === '') return fallback;
  return /^[0-9]/.test(name) ? `n${name}` : name;
}

function transliterate(input: string): string {
  return input.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Hands out names unique within one namespace, suffixing `2`, `3`, ... on collision. */
export class NameAllocator {
  private readonly taken = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }

  /** Returns `name`, or `name2`, `name3`, ...: the first that is free (case-insensitively). */
  allocate(name: string): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${name}${n}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
