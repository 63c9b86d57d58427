import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, MAX_DATE_MS, MIN_DATE_MS, parseDate } from '../../src/text/dotnet-date.js';

const ms = (iso: string): number => Date.parse(iso);

describe('formatDate', () => {
  it.each([
    ['sstest-05 (midnight: date only)', '1979-05-09T00:00:00Z', '1979-05-09'],
    ['sstest-71 (whole seconds)', '1979-05-09T00:00:01Z', '1979-05-09T00:00:01Z'],
    ['sstest-73 (1 ms: 7 fraction digits)', '1979-05-09T00:00:00.001Z', '1979-05-09T00:00:00.0010000Z'],
    ['sstest-75', '2010-12-20T00:00:00Z', '2010-12-20'],
    ['zoo-94', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05Z'],
    ['zoo-99', '2020-01-02T00:00:00Z', '2020-01-02'],
    ['zoo-104 (epoch)', '1970-01-01T00:00:00Z', '1970-01-01'],
    ['zoo-105 (before the epoch)', '1969-12-31T23:59:59Z', '1969-12-31T23:59:59Z'],
    ['zoo-108 (DateTime.MinValue)', '0001-01-01T00:00:00Z', '0001-01-01'],
    ['zoo-110', '0001-01-02T00:00:00Z', '0001-01-02'],
    ['zoo-111', '9999-12-31T00:00:00Z', '9999-12-31'],
    ['zoo-246 (leap day)', '2020-02-29T00:00:01Z', '2020-02-29T00:00:01Z'],
  ])('vector %s: %s is written %s', (_id, iso, text) => {
    expect(formatDate(ms(iso))).toBe(text);
  });

  it('writes sub-second instants with exactly 7 fraction digits', () => {
    expect(formatDate(ms('2020-01-02T03:04:05.678Z'))).toBe('2020-01-02T03:04:05.6780000Z');
    expect(formatDate(ms('2020-01-02T03:04:05.010Z'))).toBe('2020-01-02T03:04:05.0100000Z');
    expect(formatDate(ms('1969-12-31T23:59:59.999Z'))).toBe('1969-12-31T23:59:59.9990000Z');
    expect(formatDate(MAX_DATE_MS)).toBe('9999-12-31T23:59:59.9990000Z');
  });

  it('zero-pads years below 1000 to 4 digits', () => {
    expect(formatDate(MIN_DATE_MS)).toBe('0001-01-01');
    expect(formatDate(new Date('0099-03-04T05:06:07Z').getTime())).toBe('0099-03-04T05:06:07Z');
    expect(formatDate(new Date('0999-12-31T00:00:00Z').getTime())).toBe('0999-12-31');
  });

  it('refuses NaN, non-integers and instants outside years 0001..9999', () => {
    expect(formatDate(NaN)).toBeUndefined();
    expect(formatDate(Infinity)).toBeUndefined();
    expect(formatDate(1.5)).toBeUndefined();
    expect(formatDate(MIN_DATE_MS - 1)).toBeUndefined();
    expect(formatDate(MAX_DATE_MS + 1)).toBeUndefined();
  });

  it('property: matches the fields of Date#toISOString', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DATE_MS, max: MAX_DATE_MS }), (t) => {
        const iso = new Date(t).toISOString(); // yyyy-mm-ddThh:mm:ss.sssZ for years 0..9999
        const date = iso.slice(0, 10);
        const time = iso.slice(10, 19);
        const msec = iso.slice(20, 23);
        const want =
          t % 86_400_000 === 0 ? date : msec === '000' ? date + time + 'Z' : date + time + '.' + msec + '0000Z';
        return formatDate(t) === want;
      }),
      { numRuns: 500 },
    );
  });

  it('property: parseDate reads back every instant formatDate writes', () => {
    const instants = fc.oneof(
      fc.integer({ min: MIN_DATE_MS, max: MAX_DATE_MS }),
      fc.integer({ min: -3e6, max: 3e6 }).map((d) => d * 86_400_000).filter((t) => t >= MIN_DATE_MS && t <= MAX_DATE_MS),
      fc.integer({ min: -3e6, max: 3e6 }).map((s) => s * 1000 + 1_000_000_000_000),
    );
    fc.assert(fc.property(instants, (t) => parseDate(formatDate(t) as string) === t), { numRuns: 500 });
  });
});

describe('parseDate', () => {
  it.each([
    ['parse-386 (date only: UTC midnight)', '2020-01-02', '2020-01-02T00:00:00.000Z'],
    ['parse-387 (no offset: UTC)', '2020-01-02T03:04:05', '2020-01-02T03:04:05.000Z'],
    ['parse-388', '2020-01-02T03:04:05Z', '2020-01-02T03:04:05.000Z'],
    ['parse-389', '2020-01-02T03:04:05.123Z', '2020-01-02T03:04:05.123Z'],
    ['parse-390 (7 digits truncated to ms)', '2020-01-02T03:04:05.1234567Z', '2020-01-02T03:04:05.123Z'],
    ['parse-391 (±hh:mm offset)', '2020-01-02T03:04:05.123+02:00', '2020-01-02T01:04:05.123Z'],
    ['parse-392 (±hhmm offset)', '2020-01-02T03:04:05+0200', '2020-01-02T01:04:05.000Z'],
    ['parse-393 (WCF)', '/Date(1577934245000)/', '2020-01-02T03:04:05.000Z'],
    ['parse-395 (WCF before the epoch)', '/Date(-1000)/', '1969-12-31T23:59:59.000Z'],
    ['parse-399 (yyyyMMdd)', '20200102', '2020-01-02T00:00:00.000Z'],
    ['parse-403 (MaxValue without offset)', '9999-12-31T23:59:59.9999999', '9999-12-31T23:59:59.999Z'],
    ['sstest-72 (Framework trimmed fraction)', '1979-05-09T00:00:00.001Z', '1979-05-09T00:00:00.001Z'],
    ['sstest-73 (7 fraction digits)', '1979-05-09T00:00:00.0010000Z', '1979-05-09T00:00:00.001Z'],
    ['zoo-97 (1 tick truncated)', '2020-01-02T03:04:05.0000001Z', '2020-01-02T03:04:05.000Z'],
    ['zoo-98 (1 µs truncated)', '2020-01-02T03:04:05.000001Z', '2020-01-02T03:04:05.000Z'],
    ['zoo-100 (+00:00)', '2020-01-02T03:04:05+00:00', '2020-01-02T03:04:05.000Z'],
    ['zoo-109 (MaxValue UTC)', '9999-12-31T23:59:59.9999999Z', '9999-12-31T23:59:59.999Z'],
    ['zoo-108 (MinValue)', '0001-01-01', '0001-01-01T00:00:00.000Z'],
    ['zoo-242 (1 fraction digit)', '2020-01-02T03:04:05.1Z', '2020-01-02T03:04:05.100Z'],
    ['zoo-243 (2 fraction digits)', '2020-01-02T03:04:05.01Z', '2020-01-02T03:04:05.010Z'],
    ['zoo-246 (leap day)', '2020-02-29T00:00:01Z', '2020-02-29T00:00:01.000Z'],
  ])('vector %s: %s reads as %s', (_id, text, iso) => {
    expect(parseDate(text)).toBe(ms(iso));
  });

  it.each([
    ['parse-400', 'bad'],
    ['empty', ''],
    ['month 13', '2020-13-01'],
    ['month 0', '2020-00-01'],
    ['day 0', '2020-01-00'],
    ['Feb 29 in a common year', '2019-02-29'],
    ['Feb 29 in a century year', '1900-02-29'],
    ['Apr 31', '2020-04-31'],
    ['hour 24', '2020-01-02T24:00:00'],
    ['minute 60', '2020-01-02T03:60:00'],
    ['second 60', '2020-01-02T03:04:60Z'],
    ['year 0', '0000-01-01'],
    ['a 5-digit year', '12020-01-01'],
    ['a 2-digit year', '20-01-01'],
    ['3-digit month', '2020-001-01'],
    ['a missing day', '2020-01-'],
    ['a dot without fraction digits', '2020-01-02T03:04:05.Z'],
    ['an hour without minutes', '2020-01-02T03'],
    ['1-digit hour', '2020-01-02T3:04:05'],
    ['offset hour 24', '2020-01-02T03:04:05+24:00'],
    ['offset minute 60', '2020-01-02T03:04:05+01:60'],
    ['a 3-digit offset', '2020-01-02T03:04:05+010'],
    ['text after Z', '2020-01-02T03:04:05Zx'],
    ['an unknown separator', '2020-01-02X03:04:05'],
    ['yyyyMMdd with time', '20200102T03:04:05'],
    ['7 digits', '2020010'],
    ['9 digits', '202001021'],
    ['invalid yyyyMMdd', '20201302'],
    ['before 0001-01-01 after the offset', '0001-01-01T00:00:00+01:00'],
    ['after 9999 after the offset', '9999-12-31T23:59:59-01:00'],
    ['WCF without digits', '/Date()/'],
    ['WCF with garbage', '/Date(12a)/'],
    ['WCF unterminated', '/Date(1000'],
    ['WCF with a bad offset', '/Date(1000+02)/'],
    ['WCF out of range', '/Date(999999999999999)/'],
    ['dd/MM/yyyy', '02/01/2020'],
  ])('rejects %s', (_name, text) => {
    expect(parseDate(text)).toBeUndefined();
  });

  it('accepts 1-digit months and days, a space instead of T, lowercase t and z, and surrounding whitespace', () => {
    expect(parseDate('2020-1-2')).toBe(ms('2020-01-02T00:00:00Z'));
    expect(parseDate('2020-11-2')).toBe(ms('2020-11-02T00:00:00Z'));
    expect(parseDate('2020-01-02 03:04:05')).toBe(ms('2020-01-02T03:04:05Z'));
    expect(parseDate('2020-01-02t03:04:05z')).toBe(ms('2020-01-02T03:04:05Z'));
    expect(parseDate(' \t2020-01-02T03:04:05Z\r\n')).toBe(ms('2020-01-02T03:04:05Z'));
  });

  it('accepts minutes without seconds, and the ±hh offset form', () => {
    expect(parseDate('2020-01-02T03:04')).toBe(ms('2020-01-02T03:04:00Z'));
    expect(parseDate('2020-01-02T03:04Z')).toBe(ms('2020-01-02T03:04:00Z'));
    expect(parseDate('2020-01-02T03:04:05-05')).toBe(ms('2020-01-02T08:04:05Z'));
    expect(parseDate('2020-01-02T03:04:05.5-0530')).toBe(ms('2020-01-02T08:34:05.500Z'));
  });

  it('truncates any number of fraction digits to the millisecond', () => {
    expect(parseDate('2020-01-02T03:04:05.9999999999Z')).toBe(ms('2020-01-02T03:04:05.999Z'));
  });

  it('reads WCF dates as UTC milliseconds, ignoring an offset suffix, also with escaped slashes', () => {
    expect(parseDate('/Date(1577934245000+0200)/')).toBe(1577934245000);
    expect(parseDate('/Date(1577934245000-0500)/')).toBe(1577934245000);
    expect(parseDate('\\/Date(1577934245000)\\/')).toBe(1577934245000);
    expect(parseDate('/Date(0)/')).toBe(0);
  });

  it('handles years below 100 without the Date two-digit-year quirk', () => {
    expect(parseDate('0050-06-15T12:00:00Z')).toBe(new Date('0050-06-15T12:00:00Z').getTime());
    expect(parseDate('0004-02-29')).toBe(new Date('0004-02-29T00:00:00Z').getTime());
  });

  it('property: agrees with Date.parse on ISO text with any offset', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    const text = fc
      .record({
        t: fc.integer({ min: MIN_DATE_MS + 86_400_000, max: MAX_DATE_MS - 86_400_000 }),
        oh: fc.integer({ min: 0, max: 14 }),
        om: fc.integer({ min: 0, max: 59 }),
        neg: fc.boolean(),
      })
      .map(({ t, oh, om, neg }) => {
        const iso = new Date(t).toISOString().slice(0, 23);
        return iso + (neg ? '-' : '+') + two(oh) + ':' + two(om);
      });
    fc.assert(fc.property(text, (s) => parseDate(s) === Date.parse(s)), { numRuns: 500 });
  });
});
