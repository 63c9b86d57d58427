import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDouble, parseDouble, parseInt32, parseInt64 } from '../../src/text/dotnet-number.js';

/** An independent oracle for formatDouble: shortest digits from toExponential(), laid out by the .NET rule. */
function reference(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const [mant = '', e = ''] = Math.abs(n).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(e);
  const sign = n < 0 ? '-' : '';
  if (exp >= -5 + 1 && exp < 15) {
    if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
    if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
    return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  const a = Math.abs(exp);
  return sign + digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') + (exp < 0 ? 'E-' : 'E+') + (a < 10 ? '0' : '') + a;
}

describe('formatDouble', () => {
  it.each([
    ['zoo-25', 0, '0'],
    ['zoo-26', 1.5, '1.5'],
    ['zoo-29', 1e21, '1E+21'],
    ['zoo-30', 1e20, '1E+20'],
    ['zoo-36', -1.7976931348623157e308, '-1.7976931348623157E+308'],
    ['zoo-39', Infinity, 'Infinity'],
    ['zoo-40', -Infinity, '-Infinity'],
    ['zoo-41', 100, '100'],
    ['zoo-42', 1e15, '1E+15'],
    ['zoo-44', 1e17, '1E+17'],
    ['zoo-46', 4.35, '4.35'],
    ['zoo-47', 2.5e-5, '2.5E-05'],
    ['zoo-251', -1e-10, '-1E-10'],
    ['zoo-253', 1e-6, '1E-06'],
    ['zoo-254', 1e-4, '0.0001'],
    ['zoo-255', 1e-5, '1E-05'],
    ['zoo-256', 123.456, '123.456'],
    ['zoo-257', 1e14, '100000000000000'],
    ['zoo-262', 1e300, '1E+300'],
    ['zoo-263', 6.02214076e23, '6.02214076E+23'],
    ['sstest-76', 2.11, '2.11'],
    ['zoo-270 (decimal)', -1.5, '-1.5'],
    ['zoo-271 (decimal)', 12345.6789, '12345.6789'],
  ])('vector %s: %d is written %s', (_id, n, text) => {
    expect(formatDouble(n)).toBe(text);
  });

  it('writes the shortest round-trip digits, not 15 significant digits (.NET Core 3.0+)', () => {
    expect(formatDouble(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatDouble(1 / 3)).toBe('0.3333333333333333');
  });

  it('switches to E notation at decimal exponent 15 and below exponent -4', () => {
    expect(formatDouble(999999999999999.9)).toBe('999999999999999.9');
    expect(formatDouble(1000000000000000.2)).toBe('1.0000000000000002E+15');
    expect(formatDouble(9007199254740992)).toBe('9.007199254740992E+15');
    expect(formatDouble(0.00012345)).toBe('0.00012345');
    expect(formatDouble(0.000099)).toBe('9.9E-05');
    expect(formatDouble(1.5e-7)).toBe('1.5E-07');
  });

  it('writes at least two exponent digits and an explicit exponent sign', () => {
    expect(formatDouble(5e-324)).toBe('5E-324');
    expect(formatDouble(1e100)).toBe('1E+100');
    expect(formatDouble(-2e16)).toBe('-2E+16');
    expect(formatDouble(1.2345678901234568e20)).toBe('1.2345678901234568E+20');
  });

  it('writes NaN as NaN and negative zero as -0 (.NET Core 3.0+)', () => {
    expect(formatDouble(NaN)).toBe('NaN');
    expect(formatDouble(-0)).toBe('-0');
  });

  it('property: agrees with an independent layout of toExponential() digits', () => {
    fc.assert(fc.property(fc.double(), (n) => formatDouble(n) === reference(n)), { numRuns: 500 });
  });

  it('property: parseDouble(formatDouble(x)) is x for every double (incl. -0 and NaN)', () => {
    fc.assert(
      fc.property(fc.double(), (n) => Object.is(parseDouble(formatDouble(n)), n)),
      { numRuns: 500 },
    );
  });
});

describe('parseDouble', () => {
  it.each([
    ['parse-371', '1.5', 1.5],
    ['parse-372 (thousands separator)', '1,5', 15],
    ['parse-373', 'NaN', NaN],
    ['parse-374', 'Infinity', Infinity],
    ['parse-378', '1E-7', 1e-7],
    ['parse-379 (no integer digits)', '.5', 0.5],
    ['zoo-31 (15-digit Framework output)', '123456789.123457', 123456789.123457],
    ['zoo-37 (Framework MinValue text)', '4.94065645841247E-324', 5e-324],
    ['zoo-252', '1.23456789012346E+19', 1.23456789012346e19],
    ['zoo-259', '9.00719925474099E+15', 9007199254740990],
    ['zoo-260', '2.2250738585072E-308', 2.2250738585072e-308],
    ['zoo-70 (decimal max)', '79228162514264337593543950335', 79228162514264337593543950335],
    ['zoo-74 (decimal scale kept in text)', '1.000', 1],
  ])('vector %s: %s reads as %d', (_id, text, n) => {
    expect(parseDouble(text)).toBe(n);
  });

  it.each([
    ['parse-376 (overflow to infinity)', '1e400'],
    ['parse-380 (empty)', ''],
    ['-1e400', '-1e400'],
    ['only whitespace', ' \t'],
    ['only a sign', '-'],
    ['only a dot', '.'],
    ['dot with exponent only', '.e5'],
    ['exponent without digits', '1e'],
    ['exponent sign without digits', '1e+'],
    ['leading comma', ',5'],
    ['comma in the fraction', '1.2,3'],
    ['two dots', '1.2.3'],
    ['space after the sign', '- 1'],
    ['trailing sign', '1-'],
    ['hex', '0x10'],
    ['binary', '0b1'],
    ['underscore separators', '1_000'],
    ['garbage', 'abc'],
    ['internal space', '1 2'],
    ['Inf abbreviation', 'Inf'],
    ['parentheses', '(1)'],
  ])('rejects %s', (_name, text) => {
    expect(parseDouble(text)).toBeUndefined();
  });

  it('allows surrounding whitespace (space, tab, CR, LF)', () => {
    expect(parseDouble(' \t1.5\r\n')).toBe(1.5);
  });

  it('allows a leading + or - sign', () => {
    expect(parseDouble('+2')).toBe(2);
    expect(parseDouble('-2.5')).toBe(-2.5);
    expect(Object.is(parseDouble('-0'), -0)).toBe(true);
  });

  it('allows thousands separators anywhere in the integer part after the first digit', () => {
    expect(parseDouble('1,111.1')).toBe(1111.1);
    expect(parseDouble('1,,0')).toBe(10);
    expect(parseDouble('1,')).toBe(1);
    expect(parseDouble('-1,000,000e-3')).toBe(-1000);
  });

  it('allows a trailing dot and an exponent in either case with a sign', () => {
    expect(parseDouble('5.')).toBe(5);
    expect(parseDouble('5.e2')).toBe(500);
    expect(parseDouble('1e+2')).toBe(100);
    expect(parseDouble('1E-2')).toBe(0.01);
  });

  it('reads NaN and infinities in any case, with ∞ as an alternative', () => {
    expect(parseDouble('nan')).toBeNaN();
    expect(parseDouble('-Infinity')).toBe(-Infinity);
    expect(parseDouble('+infinity')).toBe(Infinity);
    expect(parseDouble('INFINITY')).toBe(Infinity);
    expect(parseDouble('∞')).toBe(Infinity);
    expect(parseDouble('-∞')).toBe(-Infinity);
  });

  it('underflows to zero rather than failing', () => {
    expect(parseDouble('1e-400')).toBe(0);
  });

  it('is linear: a million-digit number parses quickly', () => {
    const big = '1' + '0'.repeat(1_000_000);
    const t = performance.now();
    expect(parseDouble(big)).toBeUndefined(); // overflows
    expect(parseDouble('0.' + '0'.repeat(1_000_000) + '1')).toBe(0);
    expect(parseDouble('1'.repeat(500_000) + 'x')).toBeUndefined();
    expect(performance.now() - t).toBeLessThan(2000);
  });

  it('property: agrees with Number() on decimal text', () => {
    const text = fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        fc.stringMatching(/^[0-9]{0,20}$/),
        fc.option(fc.stringMatching(/^[0-9]{0,20}$/)),
        fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 330 }))),
      )
      .filter(([, i, f]) => i.length + (f ?? '').length > 0)
      .map(([s, i, f, e]) => s + i + (f === null ? '' : '.' + f) + (e === null ? '' : e[0] + e[1] + e[2]));
    fc.assert(
      fc.property(text, (t) => {
        const want = Number(t);
        const got = parseDouble(t);
        return Number.isFinite(want) ? Object.is(got, want) : got === undefined;
      }),
      { numRuns: 500 },
    );
  });

  it('property: thousands separators in the integer part do not change the value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: 4 }), (n, g) => {
        const s = String(n);
        let grouped = '';
        for (let k = 0; k < s.length; k++) grouped += (k > 0 && (s.length - k) % g === 0 ? ',' : '') + s[k];
        return parseDouble(grouped) === n;
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseInt32', () => {
  it.each([
    ['zoo-2', '1', 1],
    ['zoo-5', '2147483647', 2147483647],
    ['zoo-6', '-2147483648', -2147483648],
    ['parse-362 (trailing space)', '1 ', 1],
    ['parse-365 (negative zero)', '-0', 0],
    ['sstest-80', '99', 99],
  ])('vector %s: %s reads as %d', (_id, text, n) => {
    expect(parseInt32(text)).toBe(n);
  });

  it('returns +0 for -0', () => {
    expect(Object.is(parseInt32('-0'), 0)).toBe(true);
  });

  it.each([
    ['parse-363 (decimal point)', '1.0'],
    ['parse-364 (empty)', ''],
    ['parse-366 (overflow)', '2147483648'],
    ['parse-368 (exponent)', '1e3'],
    ['below the range', '-2147483649'],
    ['far out of range', '99999999999999999999'],
    ['only a sign', '+'],
    ['thousands separator', '1,000'],
    ['internal space', '1 0'],
    ['space after the sign', '- 1'],
    ['two signs', '--1'],
    ['non-ASCII digits', '١'],
    ['hex', '0x1'],
  ])('rejects %s', (_name, text) => {
    expect(parseInt32(text)).toBeUndefined();
  });

  it('allows surrounding whitespace, a + sign and leading zeros', () => {
    expect(parseInt32('\t+0042\n')).toBe(42);
    expect(parseInt32('-000000000000000000002147483648')).toBe(-2147483648);
  });

  it('property: reads back every Int32 written in decimal', () => {
    fc.assert(fc.property(fc.integer(), (n) => parseInt32(String(n)) === n), { numRuns: 500 });
  });

  it('property: rejects every integer outside the Int32 range', () => {
    const out = fc.oneof(
      fc.bigInt({ min: 2n ** 31n, max: 2n ** 70n }),
      fc.bigInt({ min: -(2n ** 70n), max: -(2n ** 31n) - 1n }),
    );
    fc.assert(fc.property(out, (n) => parseInt32(String(n)) === undefined), { numRuns: 500 });
  });
});

describe('parseInt64', () => {
  it.each([
    ['zoo-7', '0', 0n],
    ['zoo-8', '-1', -1n],
    ['zoo-9 (beyond 2^53)', '9007199254740993', 9007199254740993n],
    ['zoo-10 (Int64.MaxValue)', '9223372036854775807', 9223372036854775807n],
    ['zoo-11 (Int64.MinValue)', '-9223372036854775808', -9223372036854775808n],
    ['zoo-14 (UInt64.MaxValue)', '18446744073709551615', 18446744073709551615n],
    ['zoo-23 (UInt32.MaxValue)', '4294967295', 4294967295n],
  ])('vector %s: %s reads as %s', (_id, text, n) => {
    expect(parseInt64(text)).toBe(n);
  });

  it.each([
    ['above UInt64.MaxValue', '18446744073709551616'],
    ['below Int64.MinValue', '-9223372036854775809'],
    ['decimal point', '1.0'],
    ['exponent', '1e3'],
    ['empty', ''],
    ['only a sign', '-'],
    ['thousands separator', '1,000'],
  ])('rejects %s', (_name, text) => {
    expect(parseInt64(text)).toBeUndefined();
  });

  it('allows surrounding whitespace, a + sign and leading zeros (-0 is 0)', () => {
    expect(parseInt64(' +000000000000000000000000000018446744073709551615 ')).toBe(18446744073709551615n);
    expect(parseInt64('-0')).toBe(0n);
  });

  it('property: reads back every value in -2^63 .. 2^64-1', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }), (n) => parseInt64(String(n)) === n),
      { numRuns: 500 },
    );
  });

  it('property: rejects every value outside -2^63 .. 2^64-1', () => {
    const out = fc.oneof(
      fc.bigInt({ min: 2n ** 64n, max: 2n ** 80n }),
      fc.bigInt({ min: -(2n ** 80n), max: -(2n ** 63n) - 1n }),
    );
    fc.assert(fc.property(out, (n) => parseInt64(String(n)) === undefined), { numRuns: 500 });
  });
});
