import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DATE_TICKS, UNIX_EPOCH_TICKS } from '../../src/text/date-time-ticks.js';
import { DateTime, parseDateTime } from '../../src/text/date-time-value.js';
import { TICKS_PER_DAY, TICKS_PER_MILLISECOND } from '../../src/text/time-span.js';
import { arbDateTime, arbDateTimeWritable } from '../support/dotnet-value-arbitraries.js';

const at = (text: string): DateTime => {
  const v = parseDateTime(text);
  if (v === undefined) throw new Error(`not read: ${text}`);
  return v;
};

// Every shape of DateTime text current ServiceStack writes (spec §3.1; 7-digit UTC fractions, machine offsets).
const WRITTEN = [
  ['midnight, any kind', '2020-01-02', 'Unspecified'],
  ['DateTime.MinValue', '0001-01-01', 'Unspecified'],
  ['last day', '9999-12-31', 'Unspecified'],
  ['Utc, whole seconds', '2020-01-02T03:04:05Z', 'Utc'],
  ['Utc, 1 ms', '1979-05-09T00:00:00.0010000Z', 'Utc'],
  ['Utc, 1 tick', '2020-01-02T03:04:05.0000001Z', 'Utc'],
  ['Utc, all 7 digits', '2020-01-02T03:04:05.1234567Z', 'Utc'],
  ['Utc, DateTime.MaxValue', '9999-12-31T23:59:59.9999999Z', 'Utc'],
  ['Utc, first second', '0001-01-01T00:00:01Z', 'Utc'],
  ['Local, whole seconds', '2020-01-02T03:04:05+01:00', 'Local'],
  ['Local on a UTC machine', '2020-01-02T03:04:05+00:00', 'Local'],
  ['Local, negative half-hour offset', '2020-01-02T03:04:05-03:30', 'Local'],
  ['Local, sub-second', '2020-01-02T03:04:05.1234567+05:45', 'Local'],
  ['Local, +14:00', '2020-01-02T03:04:05.0000001+14:00', 'Local'],
  ['Local, -12:00 at the last tick', '9999-12-31T23:59:59.9999999-12:00', 'Local'],
  ['no zone (SkipDateTimeConversion), whole seconds', '2012-01-02T03:04:05', 'Unspecified'],
  ['no zone, sub-second', '2012-01-02T03:04:05.1000000', 'Unspecified'],
] as const;

describe('DateTime text that ServiceStack writes', () => {
  it.each(WRITTEN)('%s: %s reads as %s and writes back byte for byte', (_what, text, kind) => {
    const v = at(text);
    expect(v.kind).toBe(kind);
    expect(String(v)).toBe(text);
  });

  it('keeps every tick: .1234567Z is not .1230000Z', () => {
    const v = at('2020-01-02T03:04:05.1234567Z');
    expect(v.ticks % 10_000_000n).toBe(1_234_567n);
  });
});

describe('parseDateTime: other forms ServiceStack reads', () => {
  it.each([
    ['2020-01-02T03:04:05.678Z', '2020-01-02T03:04:05.6780000Z', 'Utc'],
    ['2020-01-02T03:04:05.12345678Z', '2020-01-02T03:04:05.1234567Z', 'Utc'],
    ['2020-01-02 03:04:05Z', '2020-01-02T03:04:05Z', 'Utc'],
    ['2020-01-02t03:04:05z', '2020-01-02T03:04:05Z', 'Utc'],
    ['2020-01-02T03:04:05+0200', '2020-01-02T03:04:05+02:00', 'Local'],
    ['2020-01-02T03:04:05-02', '2020-01-02T03:04:05-02:00', 'Local'],
    ['2020-01-02T00:00:00Z', '2020-01-02', 'Utc'],
    ['2020-1-2', '2020-01-02', 'Unspecified'],
    ['20200102', '2020-01-02', 'Unspecified'],
    ['2020-01-02T03:04', '2020-01-02T03:04:00', 'Unspecified'],
    [' 2020-01-02T03:04:05Z\n', '2020-01-02T03:04:05Z', 'Utc'],
    ['/Date(1577934245678)/', '2020-01-02T03:04:05.6780000Z', 'Utc'],
    ['\\/Date(1577934245000)\\/', '2020-01-02T03:04:05Z', 'Utc'],
    ['/Date(1577934245000+0200)/', '2020-01-02T05:04:05+02:00', 'Local'],
    ['/Date(-1000)/', '1969-12-31T23:59:59Z', 'Utc'],
  ])('%s reads as %s (%s)', (text, written, kind) => {
    const v = at(text);
    expect(String(v)).toBe(written);
    expect(v.kind).toBe(kind);
  });

  it('gives the instant ServiceStack gives (the offset applied), as a Date', () => {
    expect(at('2020-01-02T03:04:05.678+02:00').toDate().toISOString()).toBe('2020-01-02T01:04:05.678Z');
    expect(at('2020-01-02T03:04:05Z').toDate().toISOString()).toBe('2020-01-02T03:04:05.000Z');
    expect(at('/Date(1577934245678-0500)/').toDate().getTime()).toBe(1577934245678);
    // no zone: taken as UTC, as date() reads it
    expect(at('2020-01-02T03:04:05').toDate().toISOString()).toBe('2020-01-02T03:04:05.000Z');
    expect(at('0001-01-01').toDate().getTime()).toBe(-62135596800000);
    expect(at('9999-12-31T23:59:59.9999999Z').toDate().getTime()).toBe(253402300799999);
  });

  it.each([
    '', 'bad', '2020', '2020-13-02', '2020-00-02', '2021-02-29', '2020-01-32', '0000-12-31', '10000-01-01',
    '2020-01-02T24:00:00', '2020-01-02T03:04:05.', '2020-01-02T03:04:05+14:01', '2020-01-02T03:04:05+1',
    '2020-01-02T03:04:05Zx', '2020-01-02T3:04:05', '/Date(x)/', '/Date(253402300800000)/', '/Date(-62135596800001)/',
    '/Date(0+1500)/',
  ])('refuses %j', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });
});

describe('DateTime values', () => {
  it('write the text ServiceStack writes for each kind', () => {
    const t = at('2020-01-02T03:04:05.5Z').ticks;
    expect(String(new DateTime(t, 'Utc'))).toBe('2020-01-02T03:04:05.5000000Z');
    expect(String(new DateTime(t, 'Local', -60))).toBe('2020-01-02T03:04:05.5000000-01:00');
    expect(String(new DateTime(t, 'Unspecified'))).toBe('2020-01-02T03:04:05.5000000');
    const midnight = (t / TICKS_PER_DAY) * TICKS_PER_DAY;
    for (const v of [new DateTime(midnight, 'Utc'), new DateTime(midnight, 'Local', 120), new DateTime(midnight)]) {
      expect(String(v)).toBe('2020-01-02');
    }
  });

  it('validate ticks, kind and offset', () => {
    expect(() => new DateTime(-1n)).toThrow(RangeError);
    expect(() => new DateTime(MAX_DATE_TICKS + 1n)).toThrow(RangeError);
    expect(() => new DateTime(0n, 'Local')).toThrow(RangeError);
    expect(() => new DateTime(0n, 'Local', 841)).toThrow(RangeError);
    expect(() => new DateTime(0n, 'Unspecified', 0)).toThrow(RangeError);
    expect(() => new DateTime(0n, 'Utc', 60)).toThrow(RangeError);
    expect(() => new DateTime(0n, 'utc' as 'Utc')).toThrow(RangeError);
    expect(new DateTime(0n, 'Utc', 0).offsetMinutes).toBe(0);
    expect(new DateTime(0n).kind).toBe('Unspecified');
    expect(Object.isFrozen(new DateTime(0n))).toBe(true);
  });

  it('convert from a Date as Utc, or as Local with this runtime offset', () => {
    const d = new Date('2020-07-02T03:04:05.678Z');
    const u = DateTime.fromDate(d);
    expect(u.kind).toBe('Utc');
    expect(u.ticks).toBe(UNIX_EPOCH_TICKS + BigInt(d.getTime()) * TICKS_PER_MILLISECOND);
    expect(String(u)).toBe('2020-07-02T03:04:05.6780000Z');
    const l = DateTime.fromDate(d, 'Local');
    expect(l.kind).toBe('Local');
    expect(l.offsetMinutes).toBe(-d.getTimezoneOffset());
    expect(l.toDate().getTime()).toBe(d.getTime());
    expect(() => DateTime.fromDate(new Date(NaN))).toThrow(RangeError);
  });

  it('JSON is the written text', () => {
    expect(JSON.stringify({ at: at('2020-01-02T03:04:05Z') })).toBe('{"at":"2020-01-02T03:04:05Z"}');
  });

  it('text reads back to the same value, for every value the text keeps apart (property)', () => {
    fc.assert(
      fc.property(arbDateTimeWritable, (v) => {
        expect(parseDateTime(v.toString())).toEqual(v);
      }),
    );
  });

  it('written text reads back and writes the same bytes, for every value (property)', () => {
    fc.assert(
      fc.property(arbDateTime, (v) => {
        const text = v.toString();
        const back = parseDateTime(text)!;
        expect(back.toString()).toBe(text);
        expect(back.ticks).toBe(v.ticks);
      }),
    );
  });

  it('at midnight the kind and offset are lost, as in ServiceStack: the date alone reads back Unspecified', () => {
    const v = new DateTime(at('2020-01-02').ticks, 'Local', 120);
    expect(parseDateTime(v.toString())).toEqual(new DateTime(v.ticks, 'Unspecified'));
  });

  it('write the same calendar date and clock as Date#toISOString (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62135596800000, max: 253402300799999 }), (ms) => {
        const iso = new Date(ms).toISOString();
        const text = DateTime.fromDate(new Date(ms)).toString();
        if (ms % 86_400_000 === 0) expect(text).toBe(iso.slice(0, 10));
        else if (ms % 1000 === 0) expect(text).toBe(iso.slice(0, 19) + 'Z');
        else expect(text).toBe(iso.slice(0, 23) + '0000Z');
      }),
    );
  });
});
