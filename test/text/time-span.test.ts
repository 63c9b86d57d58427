import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTimeSpan,
  MAX_TICKS,
  MIN_TICKS,
  parseTimeSpan,
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MILLISECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
} from '../../src/text/time-span.js';

const ts = (d: number, h = 0, m = 0, s = 0, ms = 0, ticks = 0): bigint =>
  BigInt(d) * TICKS_PER_DAY +
  BigInt(h) * TICKS_PER_HOUR +
  BigInt(m) * TICKS_PER_MINUTE +
  BigInt(s) * TICKS_PER_SECOND +
  BigInt(ms) * TICKS_PER_MILLISECOND +
  BigInt(ticks);

/** An independent oracle for ToXsdDuration, written from the spec §3.2 steps with bigint arithmetic throughout. */
function reference(t: bigint): string {
  const neg = t < 0n;
  let a = neg ? -t : t;
  const days = a / TICKS_PER_DAY;
  a %= TICKS_PER_DAY;
  const h = a / TICKS_PER_HOUR;
  a %= TICKS_PER_HOUR;
  const m = a / TICKS_PER_MINUTE;
  a %= TICKS_PER_MINUTE;
  let out = neg ? '-P' : 'P';
  if (days > 0n) out += `${days}D`;
  if (days === 0n || h + m + a > 0n) {
    let time = '';
    if (h > 0n) time += `${h}H`;
    if (m > 0n) time += `${m}M`;
    if (a > 0n) {
      const s = `${a / TICKS_PER_SECOND}.${String(a % TICKS_PER_SECOND).padStart(7, '0')}`.replace(/\.?0+$/, '');
      time += `${s}S`;
    }
    out += 'T' + (time === '' ? '0S' : time);
  }
  return out;
}

describe('formatTimeSpan', () => {
  it.each([
    ['sstest-54', ts(1), 'P1D'],
    ['sstest-55', ts(0, 1), 'PT1H'],
    ['sstest-56', ts(0, 0, 1), 'PT1M'],
    ['sstest-57', ts(0, 0, 0, 1), 'PT1S'],
    ['sstest-58', ts(0, 0, 0, 0, 1), 'PT0.001S'],
    ['sstest-59', ts(1, 1, 1, 1, 1), 'P1DT1H1M1.001S'],
    ['sstest-60', ts(1, 2, 3, 4, 567, 1), 'P1DT2H3M4.5670001S'],
    ['sstest-61', -ts(1), '-P1D'],
    ['sstest-62', -ts(0, 1), '-PT1H'],
    ['sstest-63', -ts(0, 0, 0, 0, 1), '-PT0.001S'],
    ['sstest-64', -ts(1, 2, 3, 4, 567, 1), '-P1DT2H3M4.5670001S'],
    ['sstest-65', 1n, 'PT0.0000001S'],
    ['sstest-66', -1n, '-PT0.0000001S'],
    ['sstest-67', 0n, 'PT0S'],
    ['sstest-68', ts(3605), 'P3605D'],
    ['sstest-69', -ts(3605), '-P3605D'],
    ['sstest-70 (no int overflow)', ts(90000), 'P90000D'],
    ['sstest-49 (TimeOnly)', ts(0, 13, 13, 13), 'PT13H13M13S'],
    ['zoo-120', -ts(0, 0, 0, 1), '-PT1S'],
    ['zoo-121', ts(0, 1, 30), 'PT1H30M'],
    ['zoo-122', ts(1, 12), 'P1DT12H'],
    ['zoo-123', ts(400), 'P400D'],
    ['zoo-124', ts(0, 0, 0, 0, 2), 'PT0.002S'],
    ['zoo-127', ts(1, 2, 3, 4, 5), 'P1DT2H3M4.005S'],
    ['zoo-130', -ts(1, 1), '-P1DT1H'],
  ])('vector %s: is written %s', (_id, ticks, text) => {
    expect(formatTimeSpan(ticks)).toBe(text);
  });

  it('writes TimeSpan.MaxValue and MinValue exactly (the fixed strings of current ServiceStack)', () => {
    expect(formatTimeSpan(MAX_TICKS)).toBe('P10675199DT2H48M5.4775807S');
    expect(formatTimeSpan(MIN_TICKS)).toBe('-P10675199DT2H48M5.4775808S');
  });

  it('writes whole days then T only when a smaller part is non-zero', () => {
    expect(formatTimeSpan(ts(2, 0, 0, 0, 0, 1))).toBe('P2DT0.0000001S');
    expect(formatTimeSpan(ts(0, 0, 0, 59, 999, 9999))).toBe('PT59.9999999S');
    expect(formatTimeSpan(ts(0, 23, 59))).toBe('PT23H59M');
  });

  it('property: agrees with an independent bigint implementation of ToXsdDuration', () => {
    fc.assert(fc.property(fc.bigInt({ min: MIN_TICKS, max: MAX_TICKS }), (t) => formatTimeSpan(t) === reference(t)), {
      numRuns: 500,
    });
  });

  it('property: parseTimeSpan reads back every duration formatTimeSpan writes', () => {
    const ticks = fc.oneof(
      fc.bigInt({ min: MIN_TICKS, max: MAX_TICKS }),
      fc.bigInt({ min: -TICKS_PER_DAY * 3n, max: TICKS_PER_DAY * 3n }),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((s) => BigInt(s) * TICKS_PER_SECOND),
    );
    fc.assert(fc.property(ticks, (t) => parseTimeSpan(formatTimeSpan(t)) === t), { numRuns: 500 });
  });
});

describe('parseTimeSpan (XSD durations)', () => {
  it.each([
    ['parse-414', 'PT1H', ts(0, 1)],
    ['parse-418', 'PT0.5S', ts(0, 0, 0, 0, 500)],
    ['parse-419', 'P1D', ts(1)],
    ['parse-420', 'PT0S', 0n],
    ['sstest-60', 'P1DT2H3M4.5670001S', ts(1, 2, 3, 4, 567, 1)],
    ['sstest-66', '-PT0.0000001S', -1n],
    ['sstest-70', 'P90000D', ts(90000)],
  ])('vector %s: %s reads', (_id, text, ticks) => {
    expect(parseTimeSpan(text)).toBe(ticks);
  });

  it('reads components beyond their natural range, as XSD allows', () => {
    expect(parseTimeSpan('PT36H')).toBe(ts(1, 12));
    expect(parseTimeSpan('PT90M')).toBe(ts(0, 1, 30));
    expect(parseTimeSpan('PT3600S')).toBe(ts(0, 1));
  });

  it('allows surrounding whitespace and a fraction with or without integer digits', () => {
    expect(parseTimeSpan('  PT1S\t')).toBe(TICKS_PER_SECOND);
    expect(parseTimeSpan('PT.5S')).toBe(ts(0, 0, 0, 0, 500));
    expect(parseTimeSpan('PT5.S')).toBe(ts(0, 0, 0, 5));
  });

  it('truncates fraction digits past the seventh (below 100 ns)', () => {
    expect(parseTimeSpan('PT0.00000019S')).toBe(1n);
    expect(parseTimeSpan('-PT1.123456789S')).toBe(-11234567n);
  });

  it('reads TimeSpan.MinValue and MaxValue, and refuses one tick beyond', () => {
    expect(parseTimeSpan('P10675199DT2H48M5.4775807S')).toBe(MAX_TICKS);
    expect(parseTimeSpan('-P10675199DT2H48M5.4775808S')).toBe(MIN_TICKS);
    expect(parseTimeSpan('P10675199DT2H48M5.4775808S')).toBeUndefined();
    expect(parseTimeSpan('-P10675199DT2H48M5.4775809S')).toBeUndefined();
    expect(parseTimeSpan('P99999999999999999999D')).toBeUndefined();
    expect(parseTimeSpan('P' + '9'.repeat(1000) + 'D')).toBeUndefined();
  });

  it.each([
    ['parse-422', 'bad'],
    ['empty', ''],
    ['P alone', 'P'],
    ['-P alone', '-P'],
    ['PT alone', 'PT'],
    ['T without a component', 'P1DT'],
    ['years (refused rather than dropped)', 'P1Y'],
    ['months (refused rather than dropped)', 'P1M'],
    ['weeks (refused rather than dropped)', 'P1W'],
    ['years with a time', 'P1YT1H'],
    ['hours before T', 'P1H'],
    ['days after T', 'PT1D'],
    ['designators out of order', 'PT1S1M'],
    ['a repeated designator', 'PT1H2H'],
    ['two Ts', 'PT1HT1M'],
    ['a fraction on minutes', 'PT1.5M'],
    ['a fraction on days', 'P1.5D'],
    ['a number without a designator', 'PT1'],
    ['a designator without a number', 'PTS'],
    ['a dot alone', 'PT.S'],
    ['a negative component', 'P-1D'],
    ['lowercase designators', 'pt1h'],
    ['a + sign', '+PT1H'],
    ['trailing text', 'PT1Hx'],
    ['inner whitespace', 'PT1H 30M'],
  ])('rejects %s', (_name, text) => {
    expect(parseTimeSpan(text)).toBeUndefined();
  });
});

describe('parseTimeSpan (.NET c and g forms)', () => {
  it.each([
    ['01:00:00', ts(0, 1)],
    ['1.02:03:04.5', ts(1, 2, 3, 4, 500)],
    ['-00:00:01', -ts(0, 0, 0, 1)],
    ['00:00:00.0020000', ts(0, 0, 0, 0, 2)],
    ['00:00:00.0000001', 1n],
    ['1.12:00:00', ts(1, 12)],
    ['400.00:00:00', ts(400)],
    ['-1.01:00:00', -ts(1, 1)],
    ['1:2', ts(0, 1, 2)],
    ['23:59', ts(0, 23, 59)],
    ['1.02:03', ts(1, 2, 3)],
    ['1:02:03:04', ts(1, 2, 3, 4)],
    ['1:02:03:04.25', ts(1, 2, 3, 4, 250)],
    ['10675199.02:48:05.4775807', MAX_TICKS],
    ['-10675199.02:48:05.4775808', MIN_TICKS],
    [' 01:00:00 ', ts(0, 1)],
  ])('reads %s', (text, ticks) => {
    expect(parseTimeSpan(text)).toBe(ticks);
  });

  it.each([
    ['hour 24', '24:00:00'],
    ['minute 60', '00:60:00'],
    ['second 60', '00:00:60'],
    ['3-digit hours', '100:00:00'],
    ['3-digit minutes', '00:000:00'],
    ['8 fraction digits', '00:00:00.00000001'],
    ['a fraction without seconds', '00:00.5'],
    ['an empty field', '00::00'],
    ['a trailing colon', '00:00:'],
    ['a leading colon', ':00:00'],
    ['five fields', '1:02:03:04:05'],
    ['days dot with only hours', '1.02:'],
    ['two day separators', '1.2.03:04'],
    ['a + sign', '+01:00:00'],
    ['a double minus', '--01:00:00'],
    ['garbage', '01:00:0x'],
    ['beyond MaxValue', '10675199.02:48:05.4775808'],
  ])('rejects %s', (_name, text) => {
    expect(parseTimeSpan(text)).toBeUndefined();
  });

  it('property: reads the c form .NET writes for any value', () => {
    const cForm = (t: bigint): string => {
      const neg = t < 0n;
      let a = neg ? -t : t;
      const d = a / TICKS_PER_DAY;
      a %= TICKS_PER_DAY;
      const f = a % TICKS_PER_SECOND;
      const secs = Number(a / TICKS_PER_SECOND);
      const two = (n: number) => String(n).padStart(2, '0');
      return (
        (neg ? '-' : '') +
        (d > 0n ? `${d}.` : '') +
        `${two(Math.floor(secs / 3600))}:${two(Math.floor(secs / 60) % 60)}:${two(secs % 60)}` +
        (f > 0n ? '.' + String(f).padStart(7, '0') : '')
      );
    };
    fc.assert(
      fc.property(fc.bigInt({ min: MIN_TICKS, max: MAX_TICKS }), (t) => parseTimeSpan(cForm(t)) === t),
      { numRuns: 500 },
    );
  });
});

describe('parseTimeSpan (bare seconds)', () => {
  it('reads a bare number as seconds, as ServiceStack does', () => {
    expect(parseTimeSpan('3600')).toBe(ts(0, 1));
    expect(parseTimeSpan('1.5')).toBe(ts(0, 0, 0, 1, 500));
    expect(parseTimeSpan('-2')).toBe(-ts(0, 0, 0, 2));
    expect(parseTimeSpan('+2')).toBe(ts(0, 0, 0, 2));
    expect(parseTimeSpan('.25')).toBe(ts(0, 0, 0, 0, 250));
    expect(parseTimeSpan('0')).toBe(0n);
    expect(parseTimeSpan('0.000000099')).toBe(0n);
    expect(parseTimeSpan('1.02')).toBe(ts(0, 0, 0, 1, 20)); // no colon: seconds, not days.hours
  });

  it.each([
    ['a dot alone', '.'],
    ['a sign alone', '-'],
    ['an exponent', '1e3'],
    ['thousands separators', '1,000'],
    ['trailing text', '5s'],
    ['beyond the Int64 tick range', '922337203686'],
  ])('rejects %s', (_name, text) => {
    expect(parseTimeSpan(text)).toBeUndefined();
  });
});
