/**
 * {@link Decimal}: a .NET `System.Decimal` in JS, exactly. It keeps the signed unscaled value as a `bigint` and the
 * scale (the number of fraction digits, 0..28), so `100.00` stays `100.00` and `79228162514264337593543950335` keeps
 * every digit; a `number` can do neither. The text functions are pure: readers return `undefined` on text that is not
 * a decimal or does not fit one, and never throw.
 */

/** The largest unscaled value of a .NET decimal: 2^96 - 1 = 79228162514264337593543950335. */
export const DECIMAL_MAX_COEFFICIENT = 79_228_162_514_264_337_593_543_950_335n; // 2n ** 96n - 1n, as a literal so bundlers see no side effect
/** The most fraction digits a .NET decimal holds. */
export const DECIMAL_MAX_SCALE = 28;

/** Whether `c` is .NET number whitespace: space or U+0009..U+000D. */
function isWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** `10n ** n`, from a small table for the common scales. */
let POW10: readonly bigint[] | undefined;
function pow10(n: number): bigint {
  // Built on first use: a module-level table would be kept by bundlers in every bundle (npm run size).
  POW10 ??= Array.from({ length: 30 }, (_, i) => 10n ** BigInt(i));
  return POW10[n] ?? 10n ** BigInt(n);
}

/**
 * Builds a decimal from the significant digits `digits` (ASCII, at least one), a sign and a decimal exponent
 * (`value = ±digits × 10^exp`). Trailing zeros beyond what a decimal can hold are dropped, as .NET drops them (the value
 * is unchanged); a value that still needs more than 28 fraction digits or more than 96 bits is `undefined`, unless
 * `round` is set, in which case it is rounded half to even to 28 fraction digits.
 */
function fromDigits(negative: boolean, digits: string, exp: number, round: boolean): Decimal | undefined {
  let end = digits.length;
  let start = 0;
  while (start < end - 1 && digits.charCodeAt(start) === 0x30) start++;
  const zero = end - start === 1 && digits.charCodeAt(start) === 0x30;
  if (exp >= 0) {
    if (zero) return new Decimal(0n, 0);
    // 29 digits at most: anything longer is beyond 7.9e28
    if (end - start + exp > 29) return undefined;
    const c = BigInt(digits.slice(start, end)) * pow10(exp);
    return c > DECIMAL_MAX_COEFFICIENT ? undefined : new Decimal(negative ? -c : c, 0);
  }
  let scale = -exp;
  // Drop trailing zeros that do not fit (a decimal has at most 28 fraction digits and 29 digits in all).
  while (scale > 0 && (scale > DECIMAL_MAX_SCALE || end - start > 29) && digits.charCodeAt(end - 1) === 0x30) {
    end--;
    scale--;
    if (end === start) {
      end++; // keep one zero digit
      break;
    }
  }
  if (zero || (end - start === 1 && digits.charCodeAt(start) === 0x30)) {
    return new Decimal(0n, scale > DECIMAL_MAX_SCALE ? DECIMAL_MAX_SCALE : scale);
  }
  const text = digits.slice(start, end);
  let c = text.length <= 15 ? BigInt(+text) : BigInt(text);
  if (scale > DECIMAL_MAX_SCALE) {
    if (!round) return undefined;
    const div = pow10(scale - DECIMAL_MAX_SCALE);
    let q = c / div;
    const r = c - q * div;
    const half = div / 2n;
    if (r > half || (r === half && (q & 1n) === 1n)) q++;
    if (q === 0n) return new Decimal(0n, 0);
    c = q;
    scale = DECIMAL_MAX_SCALE;
  }
  while (c > DECIMAL_MAX_COEFFICIENT && scale > 0 && c % 10n === 0n) {
    c /= 10n;
    scale--;
  }
  if (c > DECIMAL_MAX_COEFFICIENT) return undefined;
  return new Decimal(negative ? -c : c, scale);
}

/**
 * Reads a .NET decimal from its text: optional surrounding whitespace, an optional `+`/`-` sign, digits (with `,`
 * group separators after the first digit, as `NumberStyles.Number` allows), an optional `.` fraction (`.5` and `5.` are
 * fine) and an optional `e`/`E` exponent (as current ServiceStack builds accept). The scale is the number of fraction
 * digits written, less the exponent (`100.00` has scale 2, `1.50e1` is `15.0`). The value must be a decimal exactly:
 * within ±79228162514264337593543950335 and with at most 28 fraction digits once trailing zeros that do not fit are
 * dropped; anything else, including `NaN` and `Infinity`, is `undefined`. Negative zero is zero. Linear time.
 */
export function parseDecimal(text: string): Decimal | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  if (i === end) return undefined;
  let c = text.charCodeAt(i);
  const negative = c === 0x2d;
  if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
  const intStart = i;
  let commas = false;
  for (; i < end; c = text.charCodeAt(++i)) {
    if (c >= 0x30 && c <= 0x39) continue;
    if (c === 0x2c /* , */ && i > intStart) commas = true;
    else break;
  }
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (i < end && c === 0x2e /* . */) {
    fracStart = ++i;
    c = text.charCodeAt(i);
    for (; i < end && c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i));
    fracEnd = i;
  }
  if (intEnd === intStart && fracEnd === fracStart) return undefined;
  let exp = 0;
  if (i < end && (c === 0x65 || c === 0x45) /* e E */) {
    c = text.charCodeAt(++i);
    const expNegative = c === 0x2d;
    if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
    const expStart = i;
    for (; i < end && c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) {
      if (exp < 100_000) exp = exp * 10 + (c - 0x30); // far past any decimal; stop growing
    }
    if (i === expStart) return undefined;
    if (expNegative) exp = -exp;
  }
  if (i !== end) return undefined;
  let intDigits = text.slice(intStart, intEnd);
  if (commas) intDigits = intDigits.replaceAll(',', '');
  const digits = intDigits + text.slice(fracStart, fracEnd);
  return fromDigits(negative, digits === '' ? '0' : digits, exp - (fracEnd - fracStart), false);
}

/** Writes a decimal's unscaled value and scale as .NET `decimal.ToString(InvariantCulture)`: never an exponent. */
export function formatDecimal(coefficient: bigint, scale: number): string {
  const negative = coefficient < 0n;
  let s = String(negative ? -coefficient : coefficient);
  if (scale > 0) {
    if (s.length <= scale) s = '0'.repeat(scale - s.length + 1) + s;
    s = s.slice(0, s.length - scale) + '.' + s.slice(s.length - scale);
  }
  return negative ? '-' + s : s;
}

/**
 * A .NET `System.Decimal`: `coefficient × 10^-scale`, with `|coefficient| <= 2^96 - 1` and `scale` in 0..28. Immutable.
 * Keeps the scale (`1.10` is not `1.1`), as .NET does; {@link Decimal.equals} compares values.
 *
 * Make one with `new Decimal(coefficient, scale)` (`new Decimal(110n, 2)` is `1.10`), {@link Decimal.parse} (text),
 * {@link Decimal.fromNumber} or {@link Decimal.from} (a `Decimal`, decimal text, a `bigint` or a finite `number`).
 */
export class Decimal {
  /** The signed unscaled value (`110n` for `1.10`). Never negative zero: a bigint has none, as .NET prints none. */
  readonly coefficient: bigint;
  /** The number of fraction digits, 0..28 (`2` for `1.10`). */
  readonly scale: number;

  /** Throws a `RangeError` unless `coefficient` is a bigint within ±(2^96 - 1) and `scale` an integer in 0..28. */
  constructor(coefficient: bigint, scale = 0) {
    if (typeof coefficient !== 'bigint' || coefficient > DECIMAL_MAX_COEFFICIENT || coefficient < -DECIMAL_MAX_COEFFICIENT) {
      throw new RangeError(`Decimal coefficient must be a bigint within ±(2^96 - 1), received ${String(coefficient)}`);
    }
    if (!Number.isInteger(scale) || scale < 0 || scale > DECIMAL_MAX_SCALE) {
      throw new RangeError(`Decimal scale must be an integer in 0..28, received ${String(scale)}`);
    }
    this.coefficient = coefficient;
    this.scale = scale;
    Object.freeze(this);
  }

  /** Reads decimal text (see {@link parseDecimal}); `undefined` if it is not a decimal. */
  static parse(text: string): Decimal | undefined {
    return parseDecimal(text);
  }

  /**
   * The decimal of a finite number's shortest round-trip digits (the digits `String(n)` shows: `0.1` is `0.1`,
   * `0.1 + 0.2` is `0.30000000000000004`), rounded half to even to 28 fraction digits if it has more (`1e-30` is `0`).
   * `undefined` for NaN, ±Infinity and magnitudes beyond the decimal range.
   */
  static fromNumber(n: number): Decimal | undefined {
    if (!Number.isFinite(n)) return undefined;
    if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) return new Decimal(BigInt(n), 0);
    const s = String(n < 0 ? -n : n); // `d.ddd`, `0.000ddd` or `d.ddde±x`
    const e = s.indexOf('e');
    const mant = e < 0 ? s : s.slice(0, e);
    const dot = mant.indexOf('.');
    const digits = dot < 0 ? mant : mant.slice(0, dot) + mant.slice(dot + 1);
    const exp = (e < 0 ? 0 : +s.slice(e + 1)) - (dot < 0 ? 0 : mant.length - dot - 1);
    return fromDigits(n < 0, digits, exp, true);
  }

  /**
   * A decimal from what `encode` accepts for one: a `Decimal` (itself), decimal text (see {@link parseDecimal}), a
   * `bigint` in range (scale 0) or a finite `number` (see {@link Decimal.fromNumber}); otherwise `undefined`.
   */
  static from(value: unknown): Decimal | undefined {
    if (value instanceof Decimal) return value;
    switch (typeof value) {
      case 'string':
        return parseDecimal(value);
      case 'bigint':
        return value > DECIMAL_MAX_COEFFICIENT || value < -DECIMAL_MAX_COEFFICIENT ? undefined : new Decimal(value, 0);
      case 'number':
        return Decimal.fromNumber(value);
      default:
        return undefined;
    }
  }

  /** Whether the value is below zero. */
  get negative(): boolean {
    return this.coefficient < 0n;
  }

  /** Whether both have the same value, whatever their scales (`1.10` equals `1.1`, as in .NET). */
  equals(other: Decimal): boolean {
    return this.compareTo(other) === 0;
  }

  /** -1, 0 or 1 as this value is below, equal to or above `other` (scales do not matter). */
  compareTo(other: Decimal): -1 | 0 | 1 {
    let a = this.coefficient;
    let b = other.coefficient;
    if (this.scale < other.scale) a *= pow10(other.scale - this.scale);
    else if (this.scale > other.scale) b *= pow10(this.scale - other.scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** The nearest `number` (correctly rounded; large or long values lose digits). */
  toNumber(): number {
    return Number(this.toString());
  }

  /** The text .NET writes: `1.10`, `-0.0000001`, `79228162514264337593543950335`; never an exponent. */
  toString(): string {
    return formatDecimal(this.coefficient, this.scale);
  }

  /** JSON form: the .NET text as a string, so no digit is lost. */
  toJSON(): string {
    return this.toString();
  }
}
