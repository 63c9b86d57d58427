/**
 * `stringify` never throws the engine's RangeError: a cycle at any depth is `CIRCULAR` (whatever `maxDepth` says,
 * `Infinity` included), a value deeper than `maxDepth` is `MAX_DEPTH`, a value deeper than the JS stack is written
 * when `maxDepth` allows it, `maxDepth` is validated as `parse` validates it, `toJSON` cannot loop, and boxed
 * `BigInt`/`Symbol` objects are written (or refused) like their primitives.
 */
import { describe, expect, it } from 'vitest';
import { JsvEncodeError, JsvError, parse, stringify } from '../../src/index.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

function encodeError(f: () => unknown): JsvEncodeError {
  const e = thrown(f);
  expect(e).toBeInstanceOf(JsvEncodeError);
  return e as JsvEncodeError;
}

/** `[[[…]]]` `n` levels deep, holding `inner` at the bottom. */
function nestedLists(n: number, inner: unknown[] = []): unknown[] {
  let v: unknown[] = inner;
  for (let i = 1; i < n; i++) v = [v];
  return v;
}

describe('toJSON', () => {
  it('a toJSON that returns its own object is CIRCULAR, not a RangeError', () => {
    const self = { toJSON(): unknown { return this; } };
    expect(encodeError(() => stringify(self)).code).toBe('CIRCULAR');
    const e = encodeError(() => stringify({ a: [1, self] }));
    expect(e.code).toBe('CIRCULAR');
    expect(e.path).toEqual(['a', 1]);
  });

  it('a toJSON that returns an ancestor is CIRCULAR', () => {
    const root: Record<string, unknown> = {};
    root['child'] = { toJSON: () => root };
    expect(encodeError(() => stringify(root)).code).toBe('CIRCULAR');
  });

  it('is called once per value (as in JSON.stringify), so a toJSON giving a fresh object with toJSON ends', () => {
    class Endless {
      readonly n = 1;
      toJSON(): unknown {
        return new Endless();
      }
    }
    expect(stringify(new Endless())).toBe('{n:1}');
    expect(stringify([new Endless()])).toBe('[{n:1}]');
  });

  it('still writes what toJSON returns: scalars, dates, lists', () => {
    expect(stringify({ a: { toJSON: () => 5 }, b: { toJSON: () => [1, 2] }, c: { toJSON: () => new Date(Date.UTC(2010, 0, 1)) } })).toBe('{a:5,b:[1,2],c:2010-01-01}');
  });
});

describe('maxDepth is validated as parse validates it', () => {
  it.each([NaN, 'x', -1, '3', null, {}])('refuses maxDepth %j with INVALID_ARGUMENT', (maxDepth) => {
    const e = thrown(() => stringify([[1]], { maxDepth: maxDepth as number }));
    const p = thrown(() => parse('[[1]]', { maxDepth: maxDepth as number }));
    expect(e).toBeInstanceOf(JsvError);
    expect((e as JsvError).code).toBe('INVALID_ARGUMENT');
    expect((e as JsvError).code).toBe((p as JsvError).code);
    expect((e as Error).constructor).toBe((p as Error).constructor);
  });

  it('accepts 0, whole numbers and Infinity', () => {
    expect(stringify('x', { maxDepth: 0 })).toBe('x');
    expect(encodeError(() => stringify([], { maxDepth: 0 })).code).toBe('MAX_DEPTH');
    expect(stringify([[1]], { maxDepth: 2 })).toBe('[[1]]');
    expect(encodeError(() => stringify([[[1]]], { maxDepth: 2 })).code).toBe('MAX_DEPTH');
    expect(stringify([[1]], { maxDepth: Infinity })).toBe('[[1]]');
  });
});

describe('cycles at any depth', () => {
  it.each([40, 300, 5_000, 100_000])('a cycle %i levels down is CIRCULAR with maxDepth: Infinity', (depth) => {
    const bottom: unknown[] = [];
    const top = nestedLists(depth, bottom);
    bottom.push(top);
    const e = encodeError(() => stringify(top, { maxDepth: Infinity }));
    expect(e.code).toBe('CIRCULAR');
    expect(e.path).toHaveLength(depth);
  });

  it('a cycle through objects and Maps deep down is CIRCULAR', () => {
    const root: Record<string, unknown> = {};
    let at: Record<string, unknown> = root;
    for (let i = 0; i < 1_000; i++) {
      const next: Record<string, unknown> = {};
      at['k'] = i % 2 === 0 ? next : new Map([['m', next]]);
      at = next;
    }
    at['back'] = root;
    expect(encodeError(() => stringify(root, { maxDepth: Infinity })).code).toBe('CIRCULAR');
  });

  it('with the default maxDepth a cycle is CIRCULAR, and a chain (or a cycle) longer than 512 is MAX_DEPTH', () => {
    const bottom: unknown[] = [];
    const top = nestedLists(300, bottom);
    bottom.push(top);
    expect(encodeError(() => stringify(top)).code).toBe('CIRCULAR');
    const longBottom: unknown[] = [];
    const longTop = nestedLists(600, longBottom);
    longBottom.push(longTop);
    expect(encodeError(() => stringify(longTop)).code).toBe('MAX_DEPTH');
    const e = encodeError(() => stringify(nestedLists(100_000)));
    expect(e.code).toBe('MAX_DEPTH');
    expect(e.path).toHaveLength(512);
  });

  it('a value shared by siblings at depth is not a cycle', () => {
    const shared = { x: 1 };
    const v = nestedLists(1_000, [shared, shared]);
    expect(stringify(v, { maxDepth: Infinity })).toBe('['.repeat(999) + '[{x:1},{x:1}]' + ']'.repeat(999));
  });
});

describe('deep values', () => {
  it('writes 200,000 nested lists with maxDepth: Infinity (no RangeError)', () => {
    const n = 200_000;
    const text = stringify(nestedLists(n, ['x']), { maxDepth: Infinity });
    expect(text).toBe('['.repeat(n) + 'x' + ']'.repeat(n));
  });

  it('writes deep mixed containers the same way at every depth', () => {
    const leaf = { a: 'x,y', b: [1, null, 2], c: new Map<unknown, unknown>([[true, 'k'], ['n', null]]), d: new Set(['s']), e: null };
    const leafText = '{a:"x,y",b:[1,,2],c:{True:k},d:[s]}';
    let v: unknown = leaf;
    let expected = leafText;
    for (let i = 0; i < 700; i++) {
      if (i % 3 === 0) {
        v = { m: v, z: i };
        expected = `{m:${expected},z:${i}}`;
      } else if (i % 3 === 1) {
        v = [i, v, null];
        expected = `[${i},${expected},]`;
      } else {
        v = new Map([['q', v]]);
        expected = `{q:${expected}}`;
      }
    }
    expect(stringify(v, { maxDepth: Infinity })).toBe(expected);
  });

  it('gives the full path of a failure far below the recursion depth', () => {
    let v: unknown = { f: () => 1 };
    const path: (string | number)[] = ['f'];
    for (let i = 0; i < 1_000; i++) {
      v = i % 2 === 0 ? { k: v } : [0, v];
      path.unshift(i % 2 === 0 ? 'k' : 1);
    }
    const e = encodeError(() => stringify(v, { maxDepth: Infinity }));
    expect(e.code).toBe('UNSUPPORTED_VALUE');
    expect(e.path).toEqual(path);
    const lone = encodeError(() => stringify(nestedLists(1_000, [null]), { maxDepth: Infinity }));
    expect(lone.path).toHaveLength(1_000);
  });
});

describe('boxed BigInt and Symbol', () => {
  it('writes a boxed BigInt as its digits, like a bigint', () => {
    expect(stringify(Object(12345678901234567890n))).toBe('12345678901234567890');
    expect(stringify([Object(-5n), { n: Object(7n) }])).toBe('[-5,{n:7}]');
    expect(stringify(new Map([[Object(9n), 'nine']]))).toBe('{9:nine}');
  });

  it('refuses a boxed Symbol like a symbol', () => {
    expect(encodeError(() => stringify(Object(Symbol('s')))).code).toBe('UNSUPPORTED_VALUE');
    const e = encodeError(() => stringify({ a: [Object(Symbol('s'))] }));
    expect(e.code).toBe('UNSUPPORTED_VALUE');
    expect(e.path).toEqual(['a', 0]);
    expect(encodeError(() => stringify(new Map([[Object(Symbol('s')), 1]]))).code).toBe('UNSUPPORTED_VALUE');
  });
});
