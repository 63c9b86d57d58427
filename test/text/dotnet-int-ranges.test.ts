import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BYTE_RANGE,
  type DotnetIntRange,
  formatInteger,
  INT16_RANGE,
  INT64_RANGE,
  SBYTE_RANGE,
  UINT16_RANGE,
  UINT32_RANGE,
  UINT64_RANGE,
} from '../../src/text/dotnet-int-ranges.js';
import { scalarVectors } from './oracle-types-vectors.js';

const NUMBER_RANGES: [string, DotnetIntRange<number>][] = [
  ['byte', BYTE_RANGE],
  ['sbyte', SBYTE_RANGE],
  ['int16', INT16_RANGE],
  ['uint16', UINT16_RANGE],
  ['uint32', UINT32_RANGE],
];
const BIGINT_RANGES: [string, DotnetIntRange<bigint>][] = [
  ['int64', INT64_RANGE],
  ['uint64', UINT64_RANGE],
];

describe('the oracle-types vectors', () => {
  for (const [name, range] of [...NUMBER_RANGES, ...BIGINT_RANGES] as [string, DotnetIntRange<number | bigint>][]) {
    const { ok, errors } = scalarVectors(name);
    it.each(ok.map((v) => [v.id, v.jsv, v.json] as const))(`${name} vector %s: %s reads and writes back`, (_id, jsv, json) => {
      const v = range.parse(jsv);
      expect(v).toBe(typeof range.min === 'bigint' ? BigInt(json as string) : json);
      expect(formatInteger(v!)).toBe(jsv);
    });
    it.each(errors.map((v) => [v.id, v.jsv] as const))(`${name} vector %s: %s is refused`, (_id, jsv) => {
      expect(range.parse(jsv)).toBeUndefined();
    });
  }
});

describe.each(NUMBER_RANGES)('%s', (_name, r) => {
  it('reads both ends and refuses one past each', () => {
    expect(r.parse(String(r.min))).toBe(r.min);
    expect(r.parse(String(r.max))).toBe(r.max);
    expect(r.parse(String(r.min - 1))).toBeUndefined();
    expect(r.parse(String(r.max + 1))).toBeUndefined();
    expect(r.parse('99999999999999999999999')).toBeUndefined();
  });

  it('reads the integer syntax int() reads, and nothing else', () => {
    expect(r.parse(' 7 ')).toBe(7);
    expect(r.parse('+7')).toBe(7);
    expect(r.parse('007')).toBe(7);
    expect(Object.is(r.parse('-0'), 0)).toBe(true);
    for (const bad of ['', '-', '1.0', '1e2', '0x1', '7a', 'NaN']) expect(r.parse(bad)).toBeUndefined();
  });

  it('tells its values apart', () => {
    expect(r.isValue(r.min)).toBe(true);
    expect(r.isValue(r.max)).toBe(true);
    expect(r.isValue(r.max + 1)).toBe(false);
    expect(r.isValue(r.min - 1)).toBe(false);
    expect(r.isValue(1.5)).toBe(false);
    expect(r.isValue(NaN)).toBe(false);
    expect(r.isValue(1n)).toBe(false);
    expect(r.isValue('1')).toBe(false);
  });

  it('reads what it writes (property)', () => {
    fc.assert(fc.property(fc.integer({ min: r.min, max: r.max }), (v) => {
      expect(r.parse(formatInteger(v))).toBe(v);
    }));
  });
});

describe.each(BIGINT_RANGES)('%s', (_name, r) => {
  it('reads both ends exactly and refuses one past each', () => {
    expect(r.parse(String(r.min))).toBe(r.min);
    expect(r.parse(String(r.max))).toBe(r.max);
    expect(r.parse(String(r.min - 1n))).toBeUndefined();
    expect(r.parse(String(r.max + 1n))).toBeUndefined();
    expect(r.parse('9007199254740993')).toBe(9007199254740993n);
  });

  it('tells its values apart: bigints in range only', () => {
    expect(r.isValue(r.max)).toBe(true);
    expect(r.isValue(r.max + 1n)).toBe(false);
    expect(r.isValue(r.min - 1n)).toBe(false);
    expect(r.isValue(1)).toBe(false);
  });

  it('reads what it writes (property)', () => {
    fc.assert(fc.property(fc.bigInt({ min: r.min, max: r.max }), (v) => {
      expect(r.parse(formatInteger(v))).toBe(v);
    }));
  });
});

it('writes negative zero as 0', () => {
  expect(formatInteger(-0)).toBe('0');
});
