// The redactor masks each credential in every form it travels in, and leaves everything else as it was.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../templates/typescript/runtime/redact.js';

const SECRET = 'sk_live_ab+c/d=é"1';

describe('Redactor', () => {
  const redactor = new Redactor([SECRET, 'abc']);

  it('masks the value as is, URL-encoded, JSON-escaped and in base64 (basic auth)', () => {
    const forms = [SECRET, encodeURIComponent(SECRET), JSON.stringify(SECRET).slice(1, -1), Buffer.from(SECRET).toString('base64')];
    for (const form of forms) expect(redactor.text(`before ${form} after`)).toBe('before [REDACTED] after');
  });

  it('leaves values shorter than 4 characters alone, and text without secrets untouched', () => {
    expect(redactor.text('abc and abcd')).toBe('abc and abcd');
    const headers = new Headers({ a: 'b' });
    expect(redactor.headers(headers)).toBe(headers);
  });

  it('masks keys and values of parsed JSON, a key named __proto__ included, without touching bytes', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const value = JSON.parse(`{"__proto__": {"k": "${SECRET.replace(/"/g, '\\"')}"}, "list": ["${encodeURIComponent(SECRET)}"]}`) as Record<
      string,
      unknown
    >;
    const masked = redactor.value({ ...value, bytes }) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(masked, '__proto__')?.value).toEqual({ k: '[REDACTED]' });
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect(masked.list).toEqual(['[REDACTED]']);
    expect(masked.bytes).toBe(bytes);
  });

  it('does nothing without secrets', () => {
    const none = new Redactor([]);
    const value = { a: SECRET };
    expect(none.active).toBe(false);
    expect(none.value(value)).toBe(value);
  });
});
