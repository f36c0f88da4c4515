// Masks the client's credential values wherever text from a server or the network reaches an error: a server
// that echoes the key in an error body or header must not put it into logs through the client's errors.
import { base64Encode } from './environment.js';

const MASK = '[REDACTED]';
/** Shorter values are not masked: they would mangle every message that happens to contain them. */
const MIN_SECRET = 4;

export class Redactor {
  /** Each secret in every form it may travel in, longest first so a longer form is masked whole. */
  readonly #forms: readonly string[];

  constructor(secrets: Iterable<string>) {
    const forms = new Set<string>();
    for (const secret of secrets) {
      if (secret.length < MIN_SECRET) continue;
      forms.add(secret);
      // As sent in a URL or a cookie, as a JSON string escapes it, and as basic auth carries it.
      forms.add(encodeURIComponent(secret));
      forms.add(JSON.stringify(secret).slice(1, -1));
      forms.add(base64Encode(secret));
    }
    this.#forms = [...forms].sort((a, b) => b.length - a.length);
  }

  /** Whether there is anything to mask (no secrets: every method returns its input). */
  get active(): boolean {
    return this.#forms.length > 0;
  }

  text(text: string): string {
    let out = text;
    for (const form of this.#forms) if (out.includes(form)) out = out.split(form).join(MASK);
    return out;
  }

  /** Headers with every value that holds a secret masked (the same object when none does). */
  headers(headers: Headers): Headers {
    if (!this.active) return headers;
    let masked: Headers | undefined;
    headers.forEach((value, name) => {
      const clean = this.text(value);
      if (clean === value) return;
      masked ??= new Headers(headers);
      masked.set(name, clean);
    });
    return masked ?? headers;
  }

  /** A parsed JSON value with its strings (keys included) masked, copied only where something changed. */
  value<T>(value: T): T {
    if (!this.active) return value;
    if (typeof value === 'string') return this.text(value) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => this.value(item)) as T;
    if (typeof value === 'object' && value !== null && isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        // defineProperty: a key named `__proto__` stays a key.
        Object.defineProperty(out, this.text(key), {
          value: this.value(item),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out as T;
    }
    return value;
  }
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The redactor of a client without credentials. */
export const NO_SECRETS = new Redactor([]);
