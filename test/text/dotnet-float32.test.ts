import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOAT32_MAX, formatFloat32, isFloat32, parseFloat32, toFloat32 } from '../../src/text/dotnet-float32.js';
import { formatDouble } from '../../src/text/dotnet-number.js';
import { arbFloat32 } from '../support/dotnet-value-arbitraries.js';

/** The number of significant digits in a written number. */
function significantDigits(text: string): number {
  const mant = text.replace(/^-/, '').replace(/E.*$/, '').replace('.', '').replace(/^0+/, '');
  return mant.replace(/0+$/, '').length || 1;
}

/** A naive shortest search: the first precision whose correctly rounded digits read back (may miss a neighbour). */
function naiveDigits(f: number): number {
  for (let p = 1; p <= 9; p++) if (Math.fround(Number(f.toPrecision(p))) === f) return p;
  return 9;
}

describe('formatFloat32', () => {
  it.each([
    [0.1, '0.1'],
    [1 / 3, '0.33333334'],
    [2 / 3, '0.6666667'],
    [Math.PI, '3.1415927'],
    [16777216, '16777216'],
    [16777217, '16777216'],
    [123456789, '123456790'],
    [1111111.11, '1111111.1'],
    [FLOAT32_MAX, '3.4028235E+38'],
    [-FLOAT32_MAX, '-3.4028235E+38'],
    [1.401298464324817e-45, '1E-45'],
    [1.1754943508222875e-38, '1.1754944E-38'],
    [1e15, '1E+15'],
    [1e14, '100000000000000'],
    [0.0001, '0.0001'],
    [0.00001, '1E-05'],
    [2.5e-5, '2.5E-05'],
    [1.5, '1.5'],
    [-0, '-0'],
    [0, '0'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [1e39, 'Infinity'],
  ])('writes %d as %s', (n, text) => {
    expect(formatFloat32(n)).toBe(text);
  });

  it('reads back as the same float32, with no more digits than the naive search (property)', () => {
    fc.assert(
      fc.property(arbFloat32, (f) => {
        const text = formatFloat32(f);
        expect(Object.is(parseFloat32(text), f)).toBe(true);
        if (f !== 0) expect(significantDigits(text)).toBeLessThanOrEqual(naiveDigits(f));
      }),
    );
  });

  it('lays the digits out as doubles are laid out (property)', () => {
    fc.assert(
      fc.property(arbFloat32, (f) => {
        const text = formatFloat32(f);
        expect(formatDouble(Number(text))).toBe(text);
      }),
    );
  });
});

describe('parseFloat32', () => {
  it('reads double syntax and rounds to float32', () => {
    expect(parseFloat32('0.1')).toBe(Math.fround(0.1));
    expect(parseFloat32(' 1,000.5 ')).toBe(1000.5);
    expect(parseFloat32('3.4028235E+38')).toBe(FLOAT32_MAX);
    expect(parseFloat32('1e-46')).toBe(0);
    expect(Object.is(parseFloat32('-0'), -0)).toBe(true);
    expect(parseFloat32('NaN')).toBeNaN();
    expect(parseFloat32('-Infinity')).toBe(-Infinity);
  });

  it('refuses finite text beyond the float32 range, and non-numbers', () => {
    expect(parseFloat32('1e39')).toBeUndefined();
    expect(parseFloat32('-3.5e38')).toBeUndefined();
    expect(parseFloat32('')).toBeUndefined();
    expect(parseFloat32('1.2.3')).toBeUndefined();
  });
});

describe('toFloat32 and isFloat32', () => {
  it('round to the nearest float32 and tell float32 values apart', () => {
    expect(toFloat32(0.1)).toBe(0.10000000149011612);
    expect(isFloat32(0.1)).toBe(false);
    expect(isFloat32(toFloat32(0.1))).toBe(true);
    expect(isFloat32(NaN)).toBe(true);
    expect(isFloat32(Infinity)).toBe(true);
  });
});
