import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsvString } from '../support/arbitraries.js';
import { array, compile, decode, dict, encode, enumOf, int, JsvDecodeError, object, string } from '../../src/index.js';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { generateActiveSessions } from '../../src/evovoice/generate-sessions.js';
import { fallbackCount, generateCodec } from '../../src/schema/generate.js';

const Pet = object({ name: string(), age: int(), state: enumOf(['None', 'Active'] as const), tags: array(string()) });

describe('compile', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns a codec whose decode, safeDecode and encode match the free functions in both modes', () => {
    for (const jitless of [false, true]) {
      const codec = compile(Pet, { jitless });
      const text = '{name:Rex,age:3,state:Active,tags:[a,"b,c"]}';
      expect(codec.decode(text)).toEqual(decode(Pet, text));
      expect(codec.encode(codec.decode(text), { keyCase: 'camel' })).toBe(text);
      const bad = codec.safeDecode('{name:Rex,age:x}');
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.error).toBeInstanceOf(JsvDecodeError);
        expect((bad.error as JsvDecodeError).path).toEqual(['age']);
      }
    }
  });

  it('generated code decodes and encodes realistic sessions without handing any call to the interpreter', () => {
    const data = generateActiveSessions(300, { seed: 42 });
    const before = { ...fallbackCount };
    for (const keyCase of ['camel', 'pascal'] as const) {
      const text = encode(GetActiveSessionsResponse, data, { keyCase });
      const value = decode(GetActiveSessionsResponse, text);
      expect(encode(GetActiveSessionsResponse, value, { keyCase })).toBe(text);
      expect(value).toEqual(decode(GetActiveSessionsResponse, text, { jitless: true }));
    }
    expect(fallbackCount).toEqual(before);
  });

  // A list whose only item is null has no JSV text and is refused in both modes (test/schema/defects.test.ts).
  it('generated list encoders (objects flattened eight at a time, other items joined) match jitless', () => {
    const Doc = object({ name: string(), items: array(object({ s: string(), n: int() })), tags: array(string()) });
    const item = fc.record({ s: jsvString, n: fc.integer({ min: -2147483648, max: 2147483647 }) });
    fc.assert(
      fc.property(jsvString, fc.array(item, { maxLength: 80 }), fc.array(fc.option(jsvString, { nil: null }), { maxLength: 80 }).filter((t) => !(t.length === 1 && t[0] === null)), (name, items, tags) => {
        const v = { name, items, tags };
        for (const keyCase of ['camel', 'pascal'] as const) {
          expect(encode(Doc, v, { keyCase })).toBe(encode(Doc, v, { keyCase, jitless: true }));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decoded objects, dictionaries and lists are plain (Object.prototype / Array.prototype) in both modes', () => {
    const S = object({ name: string(), tags: array(string()), map: dict(string()) });
    for (const jitless of [false, true]) {
      const v = decode(S, '{name:a,tags:[x],map:{k:v}}', { jitless });
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(Object.getPrototypeOf(v.map)).toBe(Object.prototype);
      expect(Array.isArray(v.tags)).toBe(true);
      expect(v).toStrictEqual({ name: 'a', tags: ['x'], map: { k: 'v' } });
    }
  });

  it('hands malformed text to the interpreter, which raises the same error as jitless mode', () => {
    const text = '{name:Rex,age:3,state:Busy}';
    let compiled: unknown;
    let jitless: unknown;
    try { decode(Pet, text); } catch (e) { compiled = e; }
    try { decode(Pet, text, { jitless: true }); } catch (e) { jitless = e; }
    expect(compiled).toBeInstanceOf(JsvDecodeError);
    expect(String(compiled)).toBe(String(jitless));
  });

  it('falls back to the interpreter when new Function is unavailable (e.g. a strict CSP)', () => {
    let attempts = 0;
    vi.stubGlobal('Function', function () { attempts++; throw new EvalError('unsafe-eval blocked'); });
    const codec = generateCodec(Pet);
    vi.unstubAllGlobals();
    expect(attempts).toBe(1);
    expect(codec.encode({ name: 'Rex', age: 3, state: 'None', tags: [] }, 'declared', [])).toBe('{name:Rex,age:3,state:None,tags:[]}');
  });

  describe.each([{ jitless: false }, { jitless: true }])('encode reads own enumerable properties, as JSON.stringify does (jitless: $jitless)', ({ jitless }) => {
    const S = object({ name: string(), age: int() });
    it('ignores inherited, non-enumerable and prototype-getter properties', () => {
      class Person { get name(): string { return 'getter'; } }
      const inherited = Object.create({ name: 'inherited' }) as Record<string, unknown>;
      inherited.age = 2;
      const hidden = { age: 3 };
      Object.defineProperty(hidden, 'name', { value: 'hidden', enumerable: false });
      expect(encode(S, new Person() as never, { jitless })).toBe('{age:0}');
      expect(encode(S, inherited as never, { jitless })).toBe('{age:2}');
      expect(encode(S, hidden as never, { jitless })).toBe('{age:3}');
    });
    it('does not pick up members from a polluted Object.prototype', () => {
      (Object.prototype as Record<string, unknown>).name = 'polluted';
      try {
        expect(encode(S, { age: 1 } as never, { jitless })).toBe('{age:1}');
        expect(encode(object({ list: array(S) }), { list: Array.from({ length: 40 }, () => ({ age: 1 })) } as never, { jitless })).toBe(`{list:[${Array(40).fill('{age:1}').join(',')}]}`);
      } finally {
        delete (Object.prototype as Record<string, unknown>).name;
      }
    });
    it('reads objects of many different shapes the same way', () => {
      const values = Array.from({ length: 50 }, (_, i) => (i % 2 ? { age: i, name: `n${i}` } : i % 3 ? { name: `n${i}`, age: i } : { age: i }));
      const text = encode(array(S), values as never, { jitless });
      expect(decode(array(S), text)).toEqual(values.map((v) => ({ name: (v as { name?: string }).name, age: v.age })));
    });
  });
});

