/**
 * .NET number text: the invariant-culture layout ServiceStack writes for `double`, and the parsers for
 * `double` (`NumberStyles.Float | AllowThousands`), `Int32` and the 64-bit integers. Pure functions: readers return
 * `undefined` on invalid text and never throw; the caller builds the positioned error.
 */

/** Whether `c` is .NET number whitespace: space or U+0009..U+000D (tab, LF, VT, FF, CR). */
function isWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * {@link formatDouble} writes magnitudes at or above this (decimal exponent 15 and up) as `E+XX`. This is the
 * threshold the conformance vectors pin (`1E+15`, .NET Framework's 15-digit "G" rule). .NET Core 3.0+ itself switches
 * only when the exponent reaches max(17, digit count), i.e. it would write `1000000000000000`; both read back the same.
 */
const FIXED_LIMIT = 1e15;

/**
 * Writes a double as ServiceStack JSV does: the shortest round-trip digits (the same digits as JS
 * `Number#toString`), in fixed notation when the decimal exponent is between -5 (exclusive) and 15 (exclusive), i.e.
 * `1e-4 <= |n| < 1e15`, otherwise as `d[.ddd]E+XX` / `d[.ddd]E-XX` with at least two exponent digits
 * (`1E+15`, `2.5E-05`, `-1.7976931348623157E+308`, `5E-324`). Non-finite values are `NaN`, `Infinity`, `-Infinity`;
 * negative zero is `-0`.
 */
export function formatDouble(n: number): string {
  if (n !== n) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const a = n < 0 ? -n : n;
  const s = String(n);
  // JS also uses fixed notation in this range, and the shortest digits of any double in it have an exponent in
  // [-4, 14] (the bounds are exact doubles whose shortest text is the bound itself).
  if (a >= 1e-4 && a < FIXED_LIMIT) return s;

  // Extract the shortest digits and the decimal exponent from the JS text.
  const start = n < 0 ? 1 : 0;
  let digits: string;
  let exp: number;
  const e = s.indexOf('e', start);
  if (e >= 0) {
    // d[.ddd]e(+|-)x
    const mant = s.slice(start, e);
    digits = mant.length > 1 ? mant.charAt(0) + mant.slice(2) : mant;
    exp = +s.slice(e + 1);
  } else {
    const dot = s.indexOf('.', start);
    const intPart = dot < 0 ? s.slice(start) : s.slice(start, dot);
    const frac = dot < 0 ? '' : s.slice(dot + 1);
    if (intPart === '0') {
      // 0.000ddd
      let z = 0;
      while (frac.charCodeAt(z) === 0x30) z++;
      digits = frac.slice(z);
      exp = -(z + 1);
    } else {
      exp = intPart.length - 1;
      digits = intPart + frac;
      let end = digits.length;
      while (end > 1 && digits.charCodeAt(end - 1) === 0x30) end--;
      digits = digits.slice(0, end);
    }
  }
  const absExp = exp < 0 ? -exp : exp;
  return (
    (n < 0 ? '-' : '') +
    digits.charAt(0) +
    (digits.length > 1 ? '.' + digits.slice(1) : '') +
    (exp < 0 ? 'E-' : 'E+') +
    (absExp < 10 ? '0' + absExp : String(absExp))
  );
}

/** Returns the infinity/NaN value named by `text[i, end)` (case-insensitive, optional sign), or `undefined`. */
function parseSymbol(text: string, i: number, end: number): number | undefined {
  let sign = 1;
  const c = text.charCodeAt(i);
  if (c === 0x2d /* - */) {
    sign = -1;
    i++;
  } else if (c === 0x2b /* + */) {
    i++;
  }
  const len = end - i;
  if (len === 1 && text.charCodeAt(i) === 0x221e /* ∞ */) return sign * Infinity;
  if (len === 8) {
    if (text.slice(i, end).toLowerCase() === 'infinity') return sign * Infinity;
  } else if (len === 3) {
    if (text.slice(i, end).toLowerCase() === 'nan') return NaN;
  }
  return undefined;
}

/**
 * Reads a double as .NET `double.Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, InvariantCulture)`:
 * optional surrounding whitespace, an optional `+`/`-` sign, digits with `,` group separators allowed in the integer
 * part after its first digit (`1,5` is 15), an optional `.` fraction (`.5` and `5.` are fine), and an optional
 * `e`/`E` exponent with an optional sign. Also `NaN`, `Infinity`, `+Infinity`, `-Infinity`, `∞`, `-∞` in any case.
 * Finite text whose value overflows to ±Infinity (`1e400`) and anything else is `undefined`. Linear time.
 */
export function parseDouble(text: string): number | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  if (i === end) return undefined;
  const start = i;
  let c = text.charCodeAt(i);
  if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
  let intDigits = 0;
  let commas = false;
  for (; i < end; c = text.charCodeAt(++i)) {
    if (c >= 0x30 && c <= 0x39) intDigits++;
    else if (c === 0x2c /* , */ && intDigits > 0) commas = true;
    else break;
  }
  let fracDigits = 0;
  if (i < end && c === 0x2e /* . */) {
    c = text.charCodeAt(++i);
    for (; i < end && c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) fracDigits++;
  }
  if (intDigits + fracDigits === 0) return parseSymbol(text, start, end);
  if (i < end && (c === 0x65 || c === 0x45) /* e E */) {
    c = text.charCodeAt(++i);
    if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++i);
    let expDigits = 0;
    for (; i < end && c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) expDigits++;
    if (expDigits === 0) return undefined;
  }
  if (i !== end) return undefined;
  let body = text.slice(start, end);
  if (commas) body = body.replaceAll(',', '');
  // The text now matches JS StrDecimalLiteral, whose conversion is correctly rounded.
  const v = Number(body);
  if (v === Infinity || v === -Infinity) return undefined;
  return v;
}

/**
 * Finds the ASCII-digit run of an integer text: optional surrounding whitespace, an optional `+`/`-` sign, then at
 * least one digit and nothing else. Returns `[negative, firstSignificantDigit, end]` with leading zeros skipped, or
 * `undefined`.
 */
function scanInteger(text: string): [boolean, number, number] | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  let negative = false;
  const c = text.charCodeAt(i);
  if (c === 0x2d) {
    negative = true;
    i++;
  } else if (c === 0x2b) {
    i++;
  }
  if (i >= end) return undefined;
  for (let j = i; j < end; j++) {
    const d = text.charCodeAt(j);
    if (d < 0x30 || d > 0x39) return undefined;
  }
  while (i < end - 1 && text.charCodeAt(i) === 0x30) i++;
  return [negative, i, end];
}

/**
 * Reads an `Int32` (also fine for the narrower .NET integers; range-check them yourself): optional surrounding
 * whitespace, an optional `-` or `+`, ASCII digits only (leading zeros are fine, `-0` is 0), in
 * -2147483648..2147483647. `1.0`, `1e3`, `2147483648` and empty text are `undefined`.
 */
export function parseInt32(text: string): number | undefined {
  const r = scanInteger(text);
  if (r === undefined) return undefined;
  const [negative, i, end] = r;
  if (end - i > 10) return undefined;
  let v = 0;
  for (let j = i; j < end; j++) v = v * 10 + (text.charCodeAt(j) - 0x30);
  if (negative) return v > 2147483648 ? undefined : v === 0 ? 0 : -v;
  return v > 2147483647 ? undefined : v;
}

const INT64_MIN = -9_223_372_036_854_775_808n; // -(2n ** 63n), as a literal so bundlers see no side effect
const UINT64_MAX = 18_446_744_073_709_551_615n; // 2n ** 64n - 1n

/**
 * Reads a 64-bit integer as a `bigint`: the same syntax as {@link parseInt32}, in -2^63 .. 2^64-1 (the union of the
 * `Int64` and `UInt64` ranges; narrow it yourself); otherwise `undefined`.
 */
export function parseInt64(text: string): bigint | undefined {
  const r = scanInteger(text);
  if (r === undefined) return undefined;
  const [negative, i, end] = r;
  const len = end - i;
  if (len > 20) return undefined;
  let v: bigint;
  if (len <= 15) {
    let n = 0;
    for (let j = i; j < end; j++) n = n * 10 + (text.charCodeAt(j) - 0x30);
    v = BigInt(n);
  } else {
    v = BigInt(text.slice(i, end));
  }
  if (negative) {
    v = -v;
    return v < INT64_MIN ? undefined : v;
  }
  return v > UINT64_MAX ? undefined : v;
}
