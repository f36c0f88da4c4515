// URL building of the TypeScript runtime (templates/typescript/runtime/url.ts).
import { describe, expect, it } from 'vitest';
import { encodePathSegment, fillPath, serializeQueryParam } from '../../templates/typescript/runtime/url.js';

function query(spec: Parameters<typeof serializeQueryParam>[0], value: unknown): string {
  const out: string[] = [];
  serializeQueryParam(spec, value, out);
  return out.join('&');
}

describe('path parameters', () => {
  it('encode everything that could change the path', () => {
    expect(fillPath('/voices/{id}', { id: '../admin?x=1#f%' })).toBe('/voices/..%2Fadmin%3Fx%3D1%23f%25');
    // WHATWG URL parsing resolves `..` even percent-encoded, so such values are refused outright.
    expect(() => fillPath('/a/{x}', { x: '..' })).toThrow(/cannot be "\.\."/);
    expect(() => fillPath('/a/{x}', { x: '.' })).toThrow(/cannot be "\."/);
    expect(fillPath('/a/{x}', { x: '...' })).toBe('/a/...');
    expect(encodePathSegment('héllo wörld')).toBe('h%C3%A9llo%20w%C3%B6rld');
    expect(() => fillPath('/a/{x}', {})).toThrow(/Missing required path parameter "x"/);
  });
});

describe('query parameters', () => {
  it('follow the OpenAPI styles', () => {
    expect(query({ name: 'expand[]' }, ['a', 'b'])).toBe('expand[]=a&expand[]=b');
    expect(query({ name: 'ids', explode: false }, [1, 2])).toBe('ids=1,2');
    expect(query({ name: 'ids', style: 'pipeDelimited', explode: false }, [1, 2])).toBe('ids=1|2');
    expect(query({ name: 'ids', style: 'spaceDelimited', explode: false }, ['a', 'b'])).toBe('ids=a%20b');
    expect(query({ name: 'ids', explode: false }, ['a,b', 'c'])).toBe('ids=a%2Cb,c');
    expect(query({ name: 'f', style: 'deepObject', explode: true }, { color: 'red', size: 2 })).toBe('f[color]=red&f[size]=2');
    expect(query({ name: 'f' }, { color: 'red' })).toBe('color=red');
    expect(query({ name: 'q' }, 'a b&c=d')).toBe('q=a%20b%26c%3Dd');
    expect(query({ name: 'on' }, false)).toBe('on=false');
    expect(query({ name: 'at' }, new Date('2024-01-02T03:04:05Z'))).toBe('at=2024-01-02T03%3A04%3A05.000Z');
    expect(query({ name: 'x' }, null)).toBe('');
    expect(query({ name: 'x' }, undefined)).toBe('');
  });
});
