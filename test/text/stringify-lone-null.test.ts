/**
 * A list whose only item is written as nothing (`null`, `undefined`, empty bytes, a `toJSON` giving `null`) has no JSV
 * text: `[]` reads back as an empty list. `stringify` refuses it with the path of the item instead of losing it;
 * lists of two or more items keep their empty slots (`[1,]`, `[,]`) and read back whole.
 */
import { describe, expect, it } from 'vitest';
import { JsvEncodeError, parse, stringify } from '../../src/index.js';

function refusal(value: unknown): JsvEncodeError {
  try {
    stringify(value);
  } catch (e) {
    expect(e).toBeInstanceOf(JsvEncodeError);
    return e as JsvEncodeError;
  }
  throw new Error(`stringify should have refused ${String(value)}`);
}

describe('stringify refuses a list whose only item would be lost', () => {
  it.each([
    ['[null]', [null], [0]],
    ['[undefined]', [undefined], [0]],
    ['a sparse one-item list', new Array(1), [0]],
    ['[empty bytes]', [new Uint8Array(0)], [0]],
    ['[toJSON giving null]', [{ toJSON: () => null }], [0]],
    ['a Set holding only null', new Set([null]), [0]],
    ['[[null]]', [[null]], [0, 0]],
    ['a nested member', { a: [1, { b: [null] }] }, ['a', 1, 'b', 0]],
    ['a Map value', new Map([['k', [undefined]]]), ['k', 0]],
  ])('%s', (_, value, path) => {
    const e = refusal(value);
    expect(e.code).toBe('UNSUPPORTED_VALUE');
    expect(e.path).toEqual(path);
    expect(e.message).toContain('only item');
  });

  it.each([
    [[1, null], '[1,]', ['1', null]],
    [[null, 1], '[,1]', [null, '1']],
    [[null, null], '[,]', [null, null]],
    [[[1, null]], '[[1,]]', [['1', null]]],
    [new Set([null, 'a']), '[,a]', [null, 'a']],
  ])('keeps null items of longer lists as empty slots: %j', (value, text, back) => {
    expect(stringify(value)).toBe(text);
    expect(parse(text)).toEqual(back);
  });

  it('still writes an empty list and a list of one empty string', () => {
    expect(stringify([])).toBe('[]');
    expect(stringify([''])).toBe('[""]');
    expect(parse(stringify(['']))).toEqual(['']);
  });
});
