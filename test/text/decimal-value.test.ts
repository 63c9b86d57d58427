import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, DECIMAL_MAX_COEFFICIENT, formatDecimal, parseDecimal } from '../../src/text/decimal-value.js';
import { arbDecimal } from '../support/dotnet-value-arbitraries.js';
import { scalarVectors } from './oracle-types-vectors.js';

const MAX = '79228162514264337593543950335';

/** An independent writer: integer and fraction parts by bigint division. */
function reference(c: bigint, scale: number): string {
  const neg = c < 0n;
  const a = neg ? -c : c;
  const p = 10n ** BigInt(scale);
  const body = scale === 0 ? `${a}` : `${a / p}.${String(a % p).padStart(scale, '0')}`;
  return (neg ? '-' : '') + body;
}

describe('Decimal text: the oracle-types vectors', () => {
  const { ok, errors } = scalarVectors('decimal');
  it.each(ok.map((v) => [v.id, v.jsv] as const))('vector %s: %s reads and writes back byte for byte', (_id, jsv) => {
    const d = parseDecimal(jsv);
    expect(d).toBeInstanceOf(Decimal);
    expect(String(d)).toBe(jsv);
  });
  it.each(errors.map((v) => [v.id, v.jsv] as const))('vector %s: %s is refused', (_id, jsv) => {
    expect(parseDecimal(jsv)).toBeUndefined();
  });
});

describe('parseDecimal', () => {
  it('keeps the scale as written', () => {
    expect(parseDecimal('100.00')).toEqual(new Decimal(10000n, 2));
    expect(parseDecimal('1.10')).toEqual(new Decimal(110n, 2));
    expect(parseDecimal('0.000')).toEqual(new Decimal(0n, 3));
  });

  it('reads both ends of the range and refuses one past them', () => {
    expect(String(parseDecimal(MAX))).toBe(MAX);
    expect(String(parseDecimal('-' + MAX))).toBe('-' + MAX);
    expect(parseDecimal('79228162514264337593543950336')).toBeUndefined();
    expect(parseDecimal('-79228162514264337593543950336')).toBeUndefined();
    expect(parseDecimal('100000000000000000000000000000')).toBeUndefined();
    expect(String(parseDecimal('7.9228162514264337593543950335'))).toBe('7.9228162514264337593543950335');
    expect(parseDecimal('7.9228162514264337593543950336')).toBeUndefined();
  });

  it('takes at most 28 fraction digits; trailing zeros that do not fit are dropped, as .NET drops them', () => {
    expect(String(parseDecimal('0.0000000000000000000000000001'))).toBe('0.0000000000000000000000000001');
    expect(parseDecimal('0.00000000000000000000000000001')).toBeUndefined();
    expect(parseDecimal('1.00000000000000000000000000001')).toBeUndefined();
    expect(String(parseDecimal('0.00000000000000000000000000010'))).toBe('0.0000000000000000000000000001');
    expect(String(parseDecimal(MAX + '.000'))).toBe(MAX);
    expect(String(parseDecimal('9.0000000000000000000000000000'))).toBe('9.000000000000000000000000000');
    expect(parseDecimal('7922816251426433759354395033.55')).toBeUndefined();
    expect(String(parseDecimal('0.' + '0'.repeat(40)))).toBe('0.' + '0'.repeat(28));
  });

  it('reads negative zero as zero (a .NET decimal never prints -0)', () => {
    expect(String(parseDecimal('-0'))).toBe('0');
    expect(String(parseDecimal('-0.00'))).toBe('0.00');
    expect(parseDecimal('-0')!.negative).toBe(false);
  });

  it('reads the other forms .NET reads: sign, whitespace, group separators, bare dot, exponent', () => {
    expect(String(parseDecimal('+1.5'))).toBe('1.5');
    expect(String(parseDecimal(' \t1.5\r\n'))).toBe('1.5');
    expect(String(parseDecimal('1,000,000.25'))).toBe('1000000.25');
    expect(String(parseDecimal('.5'))).toBe('0.5');
    expect(String(parseDecimal('5.'))).toBe('5');
    expect(String(parseDecimal('1.50e1'))).toBe('15.0');
    expect(String(parseDecimal('1E3'))).toBe('1000');
    expect(String(parseDecimal('15e-3'))).toBe('0.015');
    expect(String(parseDecimal('-2.5E+2'))).toBe('-250');
    expect(String(parseDecimal('0e999999999'))).toBe('0');
    expect(parseDecimal('1e29')).toBeUndefined();
    expect(parseDecimal('1e-29')).toBeUndefined();
  });

  it.each(['', ' ', '-', '+', '.', 'e5', '1e', '1e+', '1.2.3', '1 2', ',1', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000', '١', '1.5m', '--1'])(
    'refuses %j',
    (text) => {
      expect(parseDecimal(text)).toBeUndefined();
    },
  );

  it('reads what it writes, for every decimal (property)', () => {
    fc.assert(
      fc.property(arbDecimal, (d) => {
        expect(parseDecimal(d.toString())).toEqual(d);
      }),
    );
  });
});

describe('formatDecimal and Decimal#toString', () => {
  it('writes the .NET text, never an exponent', () => {
    expect(formatDecimal(1n, 28)).toBe('0.0000000000000000000000000001');
    expect(formatDecimal(-15n, 1)).toBe('-1.5');
    expect(formatDecimal(10n ** 21n, 0)).toBe('1000000000000000000000');
    expect(formatDecimal(0n, 2)).toBe('0.00');
    expect(new Decimal(-1n, 7).toString()).toBe('-0.0000001');
  });

  it('agrees with an independent writer (property)', () => {
    fc.assert(
      fc.property(arbDecimal, (d) => {
        expect(d.toString()).toBe(reference(d.coefficient, d.scale));
      }),
    );
  });

  it('is the JSON form, and String() of the value', () => {
    const d = new Decimal(10000n, 2);
    expect(JSON.stringify({ price: d })).toBe('{"price":"100.00"}');
    expect(`${d}`).toBe('100.00');
  });
});

describe('Decimal values', () => {
  it('are immutable', () => {
    const d = new Decimal(1n, 1);
    expect(Object.isFrozen(d)).toBe(true);
    expect(() => {
      (d as { scale: number }).scale = 3;
    }).toThrow(TypeError);
  });

  it('refuse coefficients and scales a .NET decimal cannot hold', () => {
    expect(() => new Decimal(DECIMAL_MAX_COEFFICIENT + 1n)).toThrow(RangeError);
    expect(() => new Decimal(-DECIMAL_MAX_COEFFICIENT - 1n)).toThrow(RangeError);
    expect(() => new Decimal(1n, 29)).toThrow(RangeError);
    expect(() => new Decimal(1n, -1)).toThrow(RangeError);
    expect(() => new Decimal(1n, 1.5)).toThrow(RangeError);
    expect(() => new Decimal(1 as unknown as bigint)).toThrow(RangeError);
    expect(new Decimal(DECIMAL_MAX_COEFFICIENT).toString()).toBe(MAX);
  });

  it('compare by value, whatever the scale', () => {
    expect(new Decimal(110n, 2).equals(new Decimal(11n, 1))).toBe(true);
    expect(new Decimal(110n, 2).equals(new Decimal(111n, 2))).toBe(false);
    expect(new Decimal(-1n, 0).compareTo(new Decimal(1n, 28))).toBe(-1);
    expect(new Decimal(2n, 0).compareTo(new Decimal(19999n, 4))).toBe(1);
  });

  it('convert to the nearest number', () => {
    expect(new Decimal(110n, 2).toNumber()).toBe(1.1);
    expect(new Decimal(DECIMAL_MAX_COEFFICIENT).toNumber()).toBe(7.922816251426434e28);
  });
});

describe('Decimal.fromNumber and Decimal.from', () => {
  it('take the shortest round-trip digits of a number', () => {
    expect(String(Decimal.fromNumber(0.1))).toBe('0.1');
    expect(String(Decimal.fromNumber(0.1 + 0.2))).toBe('0.30000000000000004');
    expect(String(Decimal.fromNumber(-5))).toBe('-5');
    expect(String(Decimal.fromNumber(-0))).toBe('0');
    expect(String(Decimal.fromNumber(1e21))).toBe('1000000000000000000000');
    expect(String(Decimal.fromNumber(1.5e-7))).toBe('0.00000015');
    expect(String(Decimal.fromNumber(7.9e28))).toBe('79000000000000000000000000000');
  });

  it('round half to even to 28 fraction digits, and refuse what is out of range or not finite', () => {
    expect(String(Decimal.fromNumber(1.2345e-25))).toBe('0.0000000000000000000000001234');
    expect(String(Decimal.fromNumber(1.2355e-25))).toBe('0.0000000000000000000000001236');
    expect(String(Decimal.fromNumber(1e-30))).toBe('0');
    expect(Decimal.fromNumber(8e28)).toBeUndefined();
    expect(Decimal.fromNumber(NaN)).toBeUndefined();
    expect(Decimal.fromNumber(Infinity)).toBeUndefined();
  });

  it('reads back every finite number in range to the same number (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -7.9e28, max: 7.9e28 }), (n) => {
        const d = Decimal.fromNumber(n)!;
        if (Math.abs(n) >= 1e-12) expect(d.toNumber()).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('accept a Decimal, decimal text, a bigint in range and a finite number', () => {
    const d = new Decimal(15n, 1);
    expect(Decimal.from(d)).toBe(d);
    expect(String(Decimal.from('100.00'))).toBe('100.00');
    expect(String(Decimal.from(12n))).toBe('12');
    expect(String(Decimal.from(1.25))).toBe('1.25');
    expect(Decimal.from(2n ** 96n)).toBeUndefined();
    expect(Decimal.from('abc')).toBeUndefined();
    expect(Decimal.from(null)).toBeUndefined();
    expect(Decimal.from({ toString: () => '1' })).toBeUndefined();
  });
});
