/**
 * Lists and dictionaries (spec §1.5, §1.6, §5): empty slots, root lists without brackets, an object where a list is
 * expected, dictionaries in text order with `null` values omitted and `__proto__` keys kept as data. Both codec modes.
 */
import { describe, expect, it } from 'vitest';
import {
  JsvDecodeError, array, bytes, decode, dict, encode, int, object, optional, string, type AnySchema,
} from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

describe.each(MODES)('collections (jitless: $jitless)', (mode) => {
  const dec = (s: AnySchema, text: string, o: { lenient?: boolean } = {}): unknown => decode(s, text, { ...mode, ...o });
  const enc = (s: AnySchema, v: unknown): string => encode(s, v as never, mode);

  describe('lists', () => {
    it('reads a bracketed list', () => {
      expect(dec(array(int()), '[1,2,3]')).toEqual([1, 2, 3]);
      expect(dec(array(string()), '[a,"b,c",""]')).toEqual(['a', 'b,c', '']);
    });
    it('an empty slot in a list of strings is null; a trailing comma adds one', () => {
      expect(dec(array(string()), '[a,,b]')).toEqual(['a', null, 'b']);
      expect(dec(array(string()), '[a,]')).toEqual(['a', null]);
      expect(dec(array(string()), '[,]')).toEqual([null, null]);
    });
    it('an empty slot is null for optional items and an error for value-type items', () => {
      expect(dec(array(optional(int())), '[1,,3]')).toEqual([1, null, 3]);
      expect(() => dec(array(int()), '[1,,3]')).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER', path: [1] }));
    });
    it('a root list may come without brackets', () => {
      expect(dec(array(string()), 'a,b,c')).toEqual(['a', 'b', 'c']);
      expect(dec(array(int()), '1,2,3')).toEqual([1, 2, 3]);
      expect(dec(array(string()), 'Hello,World')).toEqual(['Hello', 'World']);
    });
    it('lists of objects and nested lists', () => {
      expect(dec(array(object({ id: int() })), '[{id:1},{},{Id:3}]')).toEqual([{ id: 1 }, { id: 0 }, { id: 3 }]);
      expect(dec(array(array(int())), '[[1,2],[],[3]]')).toEqual([[1, 2], [], [3]]);
    });
    it('an object where a list is expected is EXPECTED_ARRAY (member position)', () => {
      expect(() => dec(object({ l: array(object({ a: int() })) }), '{l:{a:1}}'))
        .toThrow(expect.objectContaining({ code: 'EXPECTED_ARRAY', path: ['l'] }));
    });
    it('an object where a list is expected is EXPECTED_ARRAY at the root too (no quiet one-item list)', () => {
      expect(() => dec(array(object({ a: int() })), '{a:1}')).toThrow(expect.objectContaining({ code: 'EXPECTED_ARRAY' }));
    });
    it('a scalar where a list is expected is EXPECTED_ARRAY', () => {
      expect(() => dec(object({ l: array(int()) }), '{l:5}')).toThrow(expect.objectContaining({ code: 'EXPECTED_ARRAY' }));
    });
    it('a list where an object is expected is EXPECTED_OBJECT', () => {
      expect(() => dec(object({ o: object({ a: int() }) }), '{o:[1]}')).toThrow(expect.objectContaining({ code: 'EXPECTED_OBJECT', path: ['o'] }));
      expect(() => dec(object({ a: int() }), '[1]')).toThrow(expect.objectContaining({ code: 'EXPECTED_OBJECT' }));
    });
    it('writes null string items as empty slots and quotes items that need it', () => {
      expect(enc(array(string()), ['a', null, 'b,c', ''])).toBe('[a,,"b,c",""]');
      expect(enc(array(string()), [])).toBe('[]');
    });
    it('writes nested structure raw (unquoted)', () => {
      expect(enc(object({ kids: array(object({ id: int() })) }), { kids: [{ id: 2 }, { id: 3 }] })).toBe('{kids:[{id:2},{id:3}]}');
    });
    it('a null item of a value-type list cannot be written', () => {
      expect(() => enc(array(int()), [1, null])).toThrow(expect.objectContaining({ code: 'INVALID_VALUE', path: [1] }));
    });
    it('byte arrays in a list: base64, an empty one as "", a missing one as an empty slot', () => {
      expect(enc(array(bytes()), [new Uint8Array([1]), null, new Uint8Array(0)])).toBe('[AQ==,,""]');
      expect(dec(array(bytes()), '[AQ==,,""]')).toEqual([new Uint8Array([1]), null, new Uint8Array(0)]);
    });
  });

  describe('dictionaries', () => {
    it('decode to a plain object in text order', () => {
      const d = dec(dict(string()), '{b:1,a:2,c:3}') as Record<string, string>;
      expect(d).toEqual({ b: '1', a: '2', c: '3' });
      expect(Object.keys(d)).toEqual(['b', 'a', 'c']);
    });
    it('keys are case-sensitive and unescaped; the last duplicate wins', () => {
      expect(dec(dict(int()), '{A:1,a:2,"k:1":3,A:4}')).toEqual({ A: 4, a: 2, 'k:1': 3 });
    });
    it('an empty value is omitted', () => {
      expect(dec(dict(string()), '{a:,b:x}')).toEqual({ b: 'x' });
    });
    it('values may be structures', () => {
      expect(dec(dict(array(int())), '{a:[1,2],b:[]}')).toEqual({ a: [1, 2], b: [] });
    });
    it('a __proto__ key is data: it does not change the prototype', () => {
      const d = dec(dict(string()), '{__proto__:x,constructor:y}') as Record<string, unknown>;
      expect(Object.keys(d)).toEqual(['__proto__', 'constructor']);
      expect(Object.getOwnPropertyDescriptor(d, '__proto__')?.value).toBe('x');
      expect([Object.prototype, null]).toContain(Object.getPrototypeOf(d));
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    });
    it('a __proto__ key holding an object does not pollute Object.prototype', () => {
      const d = dec(dict(dict(string())), '{__proto__:{polluted:yes}}') as Record<string, unknown>;
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyDescriptor(d, '__proto__')?.value).toEqual({ polluted: 'yes' });
    });
    it('writes entries in the order of the object, omitting null and undefined values', () => {
      expect(enc(dict(string()), { b: '1', a: null, c: 'x,y', d: undefined, '': 'e' })).toBe('{b:1,c:"x,y","":e}');
    });
    it('writes a __proto__ own key as an ordinary key', () => {
      const v = dec(dict(string()), '{__proto__:x}');
      expect(enc(dict(string()), v)).toBe('{__proto__:x}');
    });
    it('a list where a dictionary is expected is EXPECTED_OBJECT', () => {
      expect(() => dec(object({ d: dict(int()) }), '{d:[1]}')).toThrow(expect.objectContaining({ code: 'EXPECTED_OBJECT', path: ['d'] }));
    });
    it('a value that does not fit carries the key in its path', () => {
      expect(() => dec(object({ d: dict(int()) }), '{d:{ok:1,bad:x}}')).toThrow(expect.objectContaining({ path: ['d', 'bad'] }));
    });
  });

  describe('lenient mode', () => {
    it('skips whitespace around structure in lists, objects and dictionaries', () => {
      const S = object({ l: array(string()), d: dict(int()) });
      expect(dec(S, '{ l : [ a , b ] ,\n d : { k : 1 } }', { lenient: true })).toEqual({ l: ['a', 'b'], d: { k: 1 } });
    });
    it('without lenient, spaces around a name are part of it, so the member is unknown and skipped (vector parse-204)', () => {
      expect(dec(object({ l: array(string()) }), '{ l : [ a ] }')).toEqual({ l: undefined });
      expect(dec(object({ id: string(), n: int() }), '{ id:abc,n:1}')).toEqual({ n: 1 });
    });
    it('without lenient, a space before a nested list makes it a plain token: EXPECTED_ARRAY', () => {
      expect(() => dec(object({ l: array(string()) }), '{l: [a]}')).toThrow(expect.objectContaining({ code: 'EXPECTED_ARRAY' }));
    });
  });

  it('maxDepth bounds nesting', () => {
    const S = object({ a: object({ b: object({ c: int() }) }) });
    expect(() => decode(S, '{a:{b:{c:1}}}', { ...mode, maxDepth: 2 })).toThrow(expect.objectContaining({ code: 'MAX_DEPTH' }));
    expect(decode(S, '{a:{b:{c:1}}}', { ...mode, maxDepth: 3 })).toEqual({ a: { b: { c: 1 } } });
  });

  it('rejects trailing characters after the root value', () => {
    expect(() => dec(object({ a: int() }), '{a:1}x')).toThrow(expect.objectContaining({ code: 'TRAILING_CHARACTERS' }));
    expect(() => dec(array(int()), '[1]x')).toThrow();
  });

  it('a decode failure inside a list of objects is a JsvDecodeError with index and member', () => {
    expect(() => dec(array(object({ n: int() })), '[{n:1},{n:x}]')).toThrow(JsvDecodeError);
    expect(() => dec(array(object({ n: int() })), '[{n:1},{n:x}]')).toThrow(expect.objectContaining({ path: [1, 'n'] }));
  });
});
