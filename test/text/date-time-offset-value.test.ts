import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DATE_TICKS, UNIX_EPOCH_TICKS } from '../../src/text/date-time-ticks.js';
import { DateTimeOffset, parseDateTimeOffset } from '../../src/text/date-time-offset-value.js';
import { TICKS_PER_MILLISECOND } from '../../src/text/time-span.js';
import { arbDateTimeOffset } from '../support/dotnet-value-arbitraries.js';
import { scalarVectors } from './oracle-types-vectors.js';

const at = (text: string): DateTimeOffset => {
  const v = parseDateTimeOffset(text);
  if (v === undefined) throw new Error(`not read: ${text}`);
  return v;
};

describe('DateTimeOffset text: the oracle-types vectors', () => {
  const { ok } = scalarVectors('dateTimeOffset');
  it.each(ok.map((v) => [v.id, v.jsv] as const))('vector %s: %s reads and writes back byte for byte', (_id, jsv) => {
    expect(String(at(jsv))).toBe(jsv);
  });
});

describe('parseDateTimeOffset', () => {
  it('keeps the offset and all 7 fraction digits', () => {
    const v = at('2020-01-02T03:04:05.1234567+02:00');
    expect(v.offsetMinutes).toBe(120);
    expect(v.ticks % 10_000_000n).toBe(1_234_567n);
    expect(v.toDate().toISOString()).toBe('2020-01-02T01:04:05.123Z');
  });

  it.each([
    ['2020-01-02T03:04:05Z', '2020-01-02T03:04:05.0000000+00:00'],
    ['2020-01-02T03:04:05.6Z', '2020-01-02T03:04:05.6000000+00:00'],
    ['2020-01-02T03:04:05.678+02:00', '2020-01-02T03:04:05.6780000+02:00'],
    ['2020-01-02T03:04:05.12345678+02:00', '2020-01-02T03:04:05.1234567+02:00'],
    ['2020-01-02T03:04:05+0530', '2020-01-02T03:04:05.0000000+05:30'],
    ['2020-01-02T03:04:05-05', '2020-01-02T03:04:05.0000000-05:00'],
    ['2020-01-02 03:04:05Z', '2020-01-02T03:04:05.0000000+00:00'],
    ['2020-01-02T03:04:05', '2020-01-02T03:04:05.0000000+00:00'],
    ['2020-01-02T03:04', '2020-01-02T03:04:00.0000000+00:00'],
    ['2020-01-02', '2020-01-02T00:00:00.0000000+00:00'],
    ['20200102', '2020-01-02T00:00:00.0000000+00:00'],
    [' 2020-01-02T03:04:05Z ', '2020-01-02T03:04:05.0000000+00:00'],
    ['/Date(1577934245678)/', '2020-01-02T03:04:05.6780000+00:00'],
    ['/Date(1577934245678+0200)/', '2020-01-02T05:04:05.6780000+02:00'],
    ['/Date(1577934245678-0530)/', '2020-01-01T21:34:05.6780000-05:30'],
    ['\\/Date(1577934245678)\\/', '2020-01-02T03:04:05.6780000+00:00'],
    ['/Date(-1)/', '1969-12-31T23:59:59.9990000+00:00'],
  ])('reads %s (ServiceStack reads it too) as %s', (text, written) => {
    expect(String(at(text))).toBe(written);
  });

  it('takes offsets up to ±14:00, as .NET does', () => {
    expect(at('2020-01-02T03:04:05+14:00').offsetMinutes).toBe(840);
    expect(at('2020-01-02T03:04:05-14:00').offsetMinutes).toBe(-840);
    expect(parseDateTimeOffset('2020-01-02T03:04:05+14:01')).toBeUndefined();
    expect(parseDateTimeOffset('2020-01-02T03:04:05-15:00')).toBeUndefined();
    expect(parseDateTimeOffset('/Date(0+1401)/')).toBeUndefined();
  });

  it('needs both the written and the UTC time within years 0001..9999', () => {
    expect(String(at('0001-01-01T00:00:00-01:00'))).toBe('0001-01-01T00:00:00.0000000-01:00');
    expect(parseDateTimeOffset('0001-01-01T00:00:00+01:00')).toBeUndefined();
    expect(String(at('9999-12-31T23:59:59.9999999+01:00'))).toBe('9999-12-31T23:59:59.9999999+01:00');
    expect(parseDateTimeOffset('9999-12-31T23:59:59.9999999-01:00')).toBeUndefined();
    expect(parseDateTimeOffset('/Date(-62135596800001)/')).toBeUndefined();
    expect(parseDateTimeOffset('/Date(253402300800000)/')).toBeUndefined();
  });

  it.each([
    '', 'x', '2020', '2020-13-01', '2020-02-30', '2019-02-29', '0000-01-01', '2020-01-02T24:00:00Z', '2020-01-02T03:60:00Z',
    '2020-01-02T03:04:60Z', '2020-01-02T03:04:05.Z', '2020-01-02T03:04:05ZZ', '2020-01-02T03:04:05+2', '2020-01-02T03:04:05+02:0',
    '2020-01-02X03:04:05', '/Date()/', '/Date(12x)/', '/Date(1+02)/', 'Date(1)', '/Date(1)',
  ])('refuses %j', (text) => {
    expect(parseDateTimeOffset(text)).toBeUndefined();
  });

  it('reads what it writes, for every DateTimeOffset (property)', () => {
    fc.assert(
      fc.property(arbDateTimeOffset, (v) => {
        expect(parseDateTimeOffset(v.toString())).toEqual(v);
      }),
    );
  });

  it('writes the same calendar date and clock as Date#toISOString (property)', () => {
    const minMs = -62135596800000;
    const maxMs = 253402300799999;
    fc.assert(
      fc.property(fc.integer({ min: minMs, max: maxMs }), (ms) => {
        const v = DateTimeOffset.fromDate(new Date(ms));
        expect(v.toString()).toBe(new Date(ms).toISOString().slice(0, 23) + '0000+00:00');
        expect(v.toDate().getTime()).toBe(ms);
      }),
    );
  });
});

describe('DateTimeOffset values', () => {
  it('are immutable and validate their fields', () => {
    const v = new DateTimeOffset(0n, 0);
    expect(Object.isFrozen(v)).toBe(true);
    expect(() => new DateTimeOffset(-1n)).toThrow(RangeError);
    expect(() => new DateTimeOffset(MAX_DATE_TICKS + 1n)).toThrow(RangeError);
    expect(() => new DateTimeOffset(UNIX_EPOCH_TICKS, 841)).toThrow(RangeError);
    expect(() => new DateTimeOffset(UNIX_EPOCH_TICKS, 1.5)).toThrow(RangeError);
    expect(() => new DateTimeOffset(0n, 60)).toThrow(RangeError);
    expect(() => new DateTimeOffset(5 as unknown as bigint)).toThrow(RangeError);
  });

  it('convert to and from Date and UTC ticks', () => {
    const d = new Date('2020-01-02T03:04:05.678Z');
    const v = DateTimeOffset.fromDate(d, -330);
    expect(String(v)).toBe('2020-01-01T21:34:05.6780000-05:30');
    expect(v.toDate().getTime()).toBe(d.getTime());
    expect(v.utcTicks).toBe(UNIX_EPOCH_TICKS + BigInt(d.getTime()) * TICKS_PER_MILLISECOND);
    expect(DateTimeOffset.fromUtcTicks(v.utcTicks, 120).toString()).toBe('2020-01-02T05:04:05.6780000+02:00');
    expect(() => DateTimeOffset.fromDate(new Date(NaN))).toThrow(RangeError);
    expect(() => DateTimeOffset.fromDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
  });

  it('drop ticks below a millisecond toward the past when converted to a Date', () => {
    expect(at('1969-12-31T23:59:59.9999999Z').toDate().toISOString()).toBe('1969-12-31T23:59:59.999Z');
    expect(at('0001-01-01T00:00:00.0000001Z').toDate().getTime()).toBe(-62135596800000);
  });

  it('are equal as instants whatever the offset, and JSON is the text', () => {
    expect(at('2020-01-02T03:04:05+02:00').equals(at('2020-01-02T01:04:05Z'))).toBe(true);
    expect(at('2020-01-02T03:04:05+02:00').equals(at('2020-01-02T03:04:05Z'))).toBe(false);
    expect(JSON.stringify([at('2020-01-02T03:04:05+02:00')])).toBe('["2020-01-02T03:04:05.0000000+02:00"]');
  });
});
