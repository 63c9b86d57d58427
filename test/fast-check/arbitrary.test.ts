/**
 * `arbitrary(schema)` gives the edge values that break codecs, leaves out only what may be absent, and refuses
 * what it does not know; `firstDifference` is the equality the round trip promises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DateTime, JsvError, TimeSpan, array, bigint, byte, bytes, char, date, dateTime, dateTimeOffset, decimal, dict, enumOf,
  flags, float, int, int16, int64, lazy, number, object, optional, parse, required, sbyte, string, stringify, timeSpan,
  uint16, uint32, uint64, type AnySchema, type Schema,
} from '../../src/index.js';
import { JSV_SPECIAL_CHARS, arbitrary, firstDifference, jsvNode } from '../../src/fast-check/index.js';

/** Many values of an arbitrary, reproducibly. */
function sample<T>(arb: fc.Arbitrary<T>, n = 3000): T[] {
  return fc.sample(arb, { numRuns: n, seed: 20261204 });
}

describe('arbitrary', () => {
  it('gives the Int32 ends and zero for int()', () => {
    const vs = sample(arbitrary(int()));
    for (const edge of [-(2 ** 31), 2 ** 31 - 1, 0]) expect(vs).toContain(edge);
    expect(vs.every((v) => Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31)).toBe(true);
  });

  it('gives NaN, -0 and the infinities for number()', () => {
    const vs = sample(arbitrary(number()));
    expect(vs.some((v) => Number.isNaN(v))).toBe(true);
    expect(vs.some((v) => Object.is(v, -0))).toBe(true);
    expect(vs).toContain(Infinity);
    expect(vs).toContain(-Infinity);
  });

  it('gives the Int64 minimum and the UInt64 maximum for bigint()', () => {
    const vs = sample(arbitrary(bigint()));
    expect(vs).toContain(-(2n ** 63n));
    expect(vs).toContain(2n ** 64n - 1n);
  });

  it('gives dates at 0001-01-01 and 9999-12-31T23:59:59.999, and none outside', () => {
    const ms = sample(arbitrary(date())).map((d) => d.getTime());
    expect(ms).toContain(-62_135_596_800_000);
    expect(ms).toContain(253_402_300_799_999);
    expect(ms.every((t) => t >= -62_135_596_800_000 && t <= 253_402_300_799_999)).toBe(true);
  });

  it('gives single ticks and the Int64 tick range ends for timeSpan()', () => {
    const ticks = sample(arbitrary(timeSpan())).map((t) => {
      expect(t).toBeInstanceOf(TimeSpan);
      return t.ticks;
    });
    for (const edge of [1n, -1n, -(2n ** 63n), 2n ** 63n - 1n]) expect(ticks).toContain(edge);
  });

  it('gives strings with every JSV special character, lone surrogates, spaces at the ends and the empty string', () => {
    const vs = sample(arbitrary(string()), 5000);
    for (const ch of JSV_SPECIAL_CHARS) expect(vs.some((v) => v.includes(ch)), JSON.stringify(ch)).toBe(true);
    expect(vs.some((v) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(v))).toBe(true);
    expect(vs.some((v) => v.length > 1 && v.startsWith(' ') && v.trim() !== '')).toBe(true);
    expect(vs.some((v) => v.length > 1 && v.endsWith(' ') && v.trim() !== '')).toBe(true);
    expect(vs).toContain('');
  });

  it('gives dictionaries with __proto__ as an own data key, never as the prototype', () => {
    const vs = sample(arbitrary(dict(int())));
    const withProto = vs.filter((d) => Object.hasOwn(d, '__proto__'));
    expect(withProto.length).toBeGreaterThan(0);
    for (const d of withProto) expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
  });

  it('leaves out members that may be absent, never value-type members', () => {
    const vs = sample(arbitrary(object({ name: string(), count: int(), when: optional(date()) })), 500);
    expect(vs.every((v) => typeof v.count === 'number')).toBe(true);
    expect(vs.some((v) => !('name' in v))).toBe(true);
    expect(vs.some((v) => !('when' in v))).toBe(true);
    expect(vs.some((v) => 'name' in v && 'when' in v)).toBe(true);
  });

  it('gives empty list slots (null) where the item may be empty, but never a list of one null', () => {
    const strings = sample(arbitrary(array(string())), 1000);
    expect(strings.some((l) => l.includes(null))).toBe(true);
    expect(strings.some((l) => l.length === 1 && l[0] === null)).toBe(false);
    expect(sample(arbitrary(array(int())), 500).some((l) => l.includes(null as never))).toBe(false);
  });

  it('gives undefined at the root only for optional schemas', () => {
    expect(sample(arbitrary(optional(int())), 300)).toContain(undefined);
    expect(sample(arbitrary(string()), 300)).not.toContain(undefined);
  });

  it('gives empty and full byte arrays', () => {
    const vs = sample(arbitrary(bytes()), 500);
    expect(vs.some((b) => b.length === 0)).toBe(true);
    expect(vs.some((b) => b.includes(255))).toBe(true);
  });

  it('gives flags combinations of the members and other Int32 values', () => {
    const vs = sample(arbitrary(flags({ A: 1, B: 2, C: 4 })), 500);
    expect(vs).toContain(7);
    expect(vs).toContain(0);
    expect(vs.some((v) => v > 7 || v < 0)).toBe(true);
  });

  it('bounds the nesting with maxDepth: deeper lists are empty', () => {
    const deep = array(array(array(array(int()))));
    const vs = sample(arbitrary(deep, { maxDepth: 2 }), 300);
    expect(vs.every((a) => a.every((b) => b.every((c) => c.length === 0)))).toBe(true);
  });

  it('throws a clear INVALID_SCHEMA error for a kind it does not know', () => {
    const alien = { kind: 'quaternion' } as unknown as AnySchema;
    expect(() => arbitrary(array(alien))).toThrow(JsvError);
    expect(() => arbitrary(alien)).toThrow('jsv-codec/fast-check has no arbitrary for the schema kind "quaternion"');
    expect(() => arbitrary(null as unknown as AnySchema)).toThrow('expected a jsv-codec schema');
  });
});

describe('jsvNode', () => {
  it('gives untyped trees that parse(stringify(t)) gives back', () => {
    fc.assert(fc.property(jsvNode(), (t) => firstDifference(parse(stringify(t)), t) === undefined), { numRuns: 500 });
  });
});

describe('firstDifference', () => {
  it('treats NaN as equal to itself and -0 as different from 0', () => {
    expect(firstDifference(NaN, NaN)).toBeUndefined();
    expect(firstDifference(-0, 0)).toBe('$: -0 is not 0');
  });

  it('counts undefined members as absent and names the path of the first difference', () => {
    expect(firstDifference({ a: 1, b: undefined }, { a: 1 })).toBeUndefined();
    expect(firstDifference({ a: [1, { 'x y': 2n }] }, { a: [1, { 'x y': 3n }] })).toBe('$.a[1]["x y"]: 2n is not 3n');
  });

  it('compares dates by instant, bytes by content, and tells them from plain objects', () => {
    expect(firstDifference(new Date(5), new Date(5))).toBeUndefined();
    expect(firstDifference(new Date(5), new Date(6))).toContain('is not');
    expect(firstDifference(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBeUndefined();
    expect(firstDifference(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toContain('is not');
    expect(firstDifference(new Date(0), {})).toContain('is not');
    expect(firstDifference(new TimeSpan(1n), new TimeSpan(2n))).toBe('$.ticks: 1n is not 2n');
  });
});

describe('arbitrary: the .NET kinds', () => {
  it('gives dateTime() values of each Kind, both range ends, single ticks and ±14:00 offsets', () => {
    const vs = sample(arbitrary(dateTime()), 4000);
    expect(vs.every((v) => v instanceof DateTime)).toBe(true);
    for (const k of ['Utc', 'Local', 'Unspecified'] as const) expect(vs.some((v) => v.kind === k), k).toBe(true);
    const ticks = vs.map((v) => v.ticks);
    expect(ticks).toContain(0n); // 0001-01-01
    expect(ticks).toContain(3_155_378_975_999_999_999n); // 9999-12-31T23:59:59.9999999
    expect(vs.some((v) => v.ticks % 10n !== 0n && v.kind === 'Utc')).toBe(true); // all 7 fraction digits
    expect(vs.some((v) => v.ticks % 10_000_000n === 0n && v.ticks % 864_000_000_000n !== 0n)).toBe(true); // whole seconds
    expect(vs.some((v) => v.kind === 'Local' && v.offsetMinutes === 840)).toBe(true);
    expect(vs.some((v) => v.kind === 'Local' && v.offsetMinutes === -840)).toBe(true);
    expect(vs.map(String)).toContain('9999-12-31');
  });

  it('gives midnight dateTime() values only as Unspecified (ServiceStack writes midnight date-only, read back Unspecified)', () => {
    const midnights = sample(arbitrary(dateTime()), 4000).filter((v) => v.ticks % 864_000_000_000n === 0n);
    expect(midnights.length).toBeGreaterThan(100);
    expect(midnights.every((v) => v.kind === 'Unspecified' && String(v).length === 10)).toBe(true);
  });

  it('gives decimal() values at both range ends, with scale 0 and 28', () => {
    const vs = sample(arbitrary(decimal()));
    expect(vs.map(String)).toContain('79228162514264337593543950335');
    expect(vs.map(String)).toContain('-79228162514264337593543950335');
    expect(vs.some((v) => v.scale === 28)).toBe(true);
    expect(vs.some((v) => v.scale === 2 && v.coefficient === 100n)).toBe(true); // 1.00 keeps its zeros
  });

  it('gives dateTimeOffset() values with ±14:00 offsets, 7 fraction digits and both ends', () => {
    const vs = sample(arbitrary(dateTimeOffset()), 4000);
    expect(vs.some((v) => v.offsetMinutes === 840)).toBe(true);
    expect(vs.some((v) => v.offsetMinutes === -840)).toBe(true);
    expect(vs.some((v) => v.ticks % 10n !== 0n)).toBe(true);
    expect(vs.map((v) => v.ticks)).toContain(0n);
    expect(vs.map((v) => v.ticks)).toContain(3_155_378_975_999_999_999n);
  });

  it('gives char() values: every JSV special character, lone surrogates, \\0 and U+FFFF', () => {
    const vs = sample(arbitrary(char()));
    for (const c of [...JSV_SPECIAL_CHARS, '\0', '\ud800', '\udfff', '\uffff', ' ']) expect(vs, JSON.stringify(c)).toContain(c);
    expect(vs.every((c) => c.length === 1)).toBe(true);
  });

  it.each([
    ['byte', byte(), 0, 255], ['sbyte', sbyte(), -128, 127], ['int16', int16(), -32768, 32767],
    ['uint16', uint16(), 0, 65535], ['uint32', uint32(), 0, 4294967295],
  ] as const)('gives the range ends of %s() and nothing outside', (_, s, min, max) => {
    const vs = sample(arbitrary(s as AnySchema) as fc.Arbitrary<number>, 1000);
    expect(vs).toContain(min);
    expect(vs).toContain(max);
    expect(vs.every((v) => Number.isInteger(v) && v >= min && v <= max)).toBe(true);
  });

  it.each([
    ['int64', int64(), -(2n ** 63n), 2n ** 63n - 1n], ['uint64', uint64(), 0n, 2n ** 64n - 1n],
  ] as const)('gives the range ends of %s() as bigints', (_, s, min, max) => {
    const vs = sample(arbitrary(s as AnySchema) as fc.Arbitrary<bigint>, 1000);
    expect(vs).toContain(min);
    expect(vs).toContain(max);
    expect(vs.every((v) => typeof v === 'bigint' && v >= min && v <= max)).toBe(true);
  });

  it('gives float() values NaN, ±0, ±Infinity and the float32 maximum, all float32', () => {
    const vs = sample(arbitrary(float()));
    expect(vs.some((v) => Number.isNaN(v))).toBe(true);
    expect(vs.some((v) => Object.is(v, -0))).toBe(true);
    expect(vs.some((v) => Object.is(v, 0))).toBe(true);
    expect(vs).toContain(Infinity);
    expect(vs).toContain(-Infinity);
    expect(vs).toContain(Math.fround(3.4028234663852886e38));
    expect(vs.every((v) => Object.is(Math.fround(v), v))).toBe(true);
  });

  it('gives required(...) members always, and enum values with wire names by their JavaScript name', () => {
    const State = enumOf(['Active', 'OnHold'] as const, { wireNames: { OnHold: 'on-hold' } });
    const S = object({ id: required(string()), tags: required(array(string())), note: string(), state: State }, { wireNames: { id: 'ID_x' } });
    const vs = sample(arbitrary(S), 500);
    expect(vs.every((v) => typeof v.id === 'string' && Array.isArray(v.tags))).toBe(true);
    expect(vs.some((v) => v.note === undefined)).toBe(true);
    expect(new Set(vs.map((v) => v.state))).toEqual(new Set(['Active', 'OnHold']));
    expect(sample(arbitrary(array(required(string()))), 500).every((l) => l.every((x) => typeof x === 'string'))).toBe(true);
  });

  it('gives recursive values through lazy(), bounded by maxDepth', () => {
    type Node = { name?: string | undefined; children?: Node[] | undefined };
    const Node: Schema<Node> = object({ name: string(), children: array(lazy(() => Node)) });
    const depth = (n: Node | undefined): number => (n?.children ?? []).reduce((d, c) => Math.max(d, 1 + depth(c)), 0);
    const vs = sample(arbitrary(Node, { maxDepth: 6 }), 500);
    expect(Math.max(...vs.map(depth))).toBeGreaterThanOrEqual(2);
    expect(vs.every((v) => depth(v) <= 3)).toBe(true); // an object and a list per level
  });
});
