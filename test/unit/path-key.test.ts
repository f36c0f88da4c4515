// Splitting a key of `paths` into its path template and the query string some specs write into it.
import { describe, expect, it } from 'vitest';
import { pathVariables, splitPathKey } from '../../generator/ir/path-key.js';

describe('splitPathKey', () => {
  it('leaves a plain path template as it is', () => {
    expect(splitPathKey('/things/{id}')).toEqual({ path: '/things/{id}', query: [] });
  });

  it('cuts the query string off: {variables} are supplied by the caller, literal values are fixed', () => {
    expect(splitPathKey('/things/?from={from}&kind=all&flag&to={until}')).toEqual({
      path: '/things/',
      query: [
        { name: 'from', variable: 'from' },
        { name: 'kind', value: 'all' },
        { name: 'flag', value: '' },
        { name: 'to', variable: 'until' },
      ],
    });
  });

  it('skips empty pairs, pairs without a name and a repeated name', () => {
    expect(splitPathKey('/a?&=x&q={q}&q=2&').query).toEqual([{ name: 'q', variable: 'q' }]);
  });

  it('gives a path without its leading "/" one', () => {
    expect(splitPathKey('things?x=1').path).toBe('/things');
    expect(splitPathKey('things').path).toBe('/things');
  });
});

describe('pathVariables', () => {
  it('lists the variables of a template in order', () => {
    expect(pathVariables('/a/{x}/b/{y}')).toEqual(['x', 'y']);
  });
});
