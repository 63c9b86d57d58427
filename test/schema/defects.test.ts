/**
 * Schema-layer defects found by hostile testing (issue 11), each pinned in both modes (compiled and jitless):
 * member names holding JSV special characters, enum names that differ only by case, flags of 2^31 and above, a list
 * whose only item is null, and a root enum name starting with U+FEFF.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JsvEncodeError, array, bytes, decode, encode, enumOf, flags, int, object, optional, safeDecode, string,
} from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const SPECIAL_NAMES = ['a:b', 'a,b', 'a}b', 'a{b', 'a[b', 'a]b', 'a"b', '', ':', 'x\ny'];

function outcome(r: ReturnType<typeof safeDecode>): unknown {
  return r.ok ? { ok: r.value } : { error: r.error.code, message: r.error.message };
}

describe.each(MODES)('member names with JSV special characters are quoted and read back (jitless: $jitless)', (mode) => {
  it.each(SPECIAL_NAMES)('member %j', (name) => {
    const S = object({ [name]: int(), other: string() });
    const value = { [name]: 5, other: 'x' };
    const text = encode(S, value as never, mode);
    expect(text).toBe(`{${name === '' ? '""' : `"${name.replaceAll('"', '""')}"`}:5,other:x}`);
    expect(decode(S, text, mode)).toEqual(value);
  });

  it('a name that looks like a member and a value (`{a:b:1}`) is member `a`, never member `a:b`', () => {
    const S = object({ 'a:b': int(), a: string() });
    expect(decode(S, '{a:b:1}', mode)).toEqual({ 'a:b': 0, a: 'b:1' });
  });
});

describe('member names with JSV special characters: both modes agree on every text', () => {
  const S = object({ 'a:b': optional(int()), 'a,b': optional(string()), '': optional(int()), a: optional(string()), b: optional(int()) });
  const token = fc.constantFrom('a', 'b', ':', ',', '"', '{', '}', '1', 'a:b', '"a:b"', '""', '"a,b"');
  it('on texts made of names, quotes and separators', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (parts) => {
        const text = `{${parts.join('')}}`;
        expect(outcome(safeDecode(S, text))).toEqual(outcome(safeDecode(S, text, { jitless: true })));
      }),
      { numRuns: 2000 },
    );
  });
});

describe.each(MODES)('enum names that differ only by case: exact match first, then any case (jitless: $jitless)', (mode) => {
  const E = enumOf(['a', 'A', 'bc', 'BC'] as const);
  it('reads each declared spelling as itself and round-trips every value', () => {
    for (const v of E.values) {
      expect(decode(E, v, mode)).toBe(v);
      expect(decode(E, encode(E, v, mode), mode)).toBe(v);
      expect(decode(object({ e: E }), `{e:${v}}`, mode)).toEqual({ e: v });
    }
  });
  it('reads another case as the first declared name of that spelling', () => {
    expect(decode(E, 'Bc', mode)).toBe('bc');
    expect(decode(object({ e: E }), '{e:bC}', mode)).toEqual({ e: 'bc' });
  });
});

describe.each(MODES)('flags of 2^31 and above work by name and by number (jitless: $jitless)', (mode) => {
  const F = flags({ None: 0, Low: 1, High: 2 ** 31, Big: 2 ** 40 });
  const S = object({ f: F });
  it('names combine without 32-bit truncation', () => {
    expect(decode(F, 'Big', mode)).toBe(2 ** 40);
    expect(decode(F, 'High', mode)).toBe(2 ** 31);
    expect(decode(F, 'High, Low', mode)).toBe(2 ** 31 + 1);
    expect(decode(S, '{f:"Big,High,Low"}', mode)).toEqual({ f: 2 ** 40 + 2 ** 31 + 1 });
  });
  it('numbers are read and written as they are', () => {
    const v = 2 ** 40 + 2 ** 31;
    expect(encode(S, { f: v }, mode)).toBe(`{f:${v}}`);
    expect(decode(S, encode(S, { f: v }, mode), mode)).toEqual({ f: v });
  });
});

describe.each(MODES)('a list whose only item is null has no JSV text and is refused (jitless: $jitless)', (mode) => {
  const cases = [
    ['array(string())', array(string())],
    ['array(optional(int()))', array(optional(int()))],
    ['array(bytes())', array(bytes())],
  ] as const;
  it.each(cases)('%s: [null] throws UNSUPPORTED_VALUE at the item', (_, S) => {
    for (const item of [null, undefined]) {
      let e: unknown;
      try {
        encode(S, [item] as never, mode);
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(JsvEncodeError);
      expect((e as JsvEncodeError).code).toBe('UNSUPPORTED_VALUE');
      expect((e as JsvEncodeError).path).toEqual([0]);
    }
  });
  it('inside an object the path names the member', () => {
    const S = object({ tags: array(string()) });
    expect(() => encode(S, { tags: [null] }, mode)).toThrow(/\$\.tags\[0\]: a list whose only item is null/);
  });
  it('two or more null items, and a null next to a value, are still written and read back', () => {
    const S = array(string());
    expect(encode(S, [null, null], mode)).toBe('[,]');
    expect(decode(S, '[,]', mode)).toEqual([null, null]);
    expect(decode(S, encode(S, ['a', null], mode), mode)).toEqual(['a', null]);
  });
});

describe.each(MODES)('a root enum name starting with U+FEFF keeps it (jitless: $jitless)', (mode) => {
  const E = enumOf(['\ufeffx', 'y'] as const);
  it('is quoted at the root and read back', () => {
    expect(encode(E, '\ufeffx', mode)).toBe('"\ufeffx"');
    expect(decode(E, encode(E, '\ufeffx', mode), mode)).toBe('\ufeffx');
    expect(decode(optional(E), encode(optional(E), '\ufeffx', mode), mode)).toBe('\ufeffx');
  });
  it('other names and names inside objects are written as before', () => {
    expect(encode(E, 'y', mode)).toBe('y');
    expect(encode(object({ e: E }), { e: '\ufeffx' }, mode)).toBe('{e:\ufeffx}');
  });
});
