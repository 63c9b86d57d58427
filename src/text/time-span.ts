/**
 * .NET `TimeSpan` text, with the full 100 ns tick precision as `bigint` ticks (the Int64 range). Writes the XSD
 * duration of ServiceStack's `TimeSpanConverter.ToXsdDuration`; reads XSD durations, the .NET `c`/`g` forms and a
 * bare number of seconds. Pure functions: the reader returns `undefined` on invalid text and never throws.
 */

/** Ticks (100 ns) in one millisecond. */
export const TICKS_PER_MILLISECOND = 10_000n;
/** Ticks (100 ns) in one second. */
export const TICKS_PER_SECOND = 10_000_000n;
/** Ticks (100 ns) in one minute. */
export const TICKS_PER_MINUTE = 600_000_000n;
/** Ticks (100 ns) in one hour. */
export const TICKS_PER_HOUR = 36_000_000_000n;
/** Ticks (100 ns) in one day. */
export const TICKS_PER_DAY = 864_000_000_000n;
/** The smallest TimeSpan in ticks (.NET `TimeSpan.MinValue`, -2^63). */
export const MIN_TICKS = -9_223_372_036_854_775_808n; // -(2n ** 63n), as a literal so bundlers see no side effect
/** The largest TimeSpan in ticks (.NET `TimeSpan.MaxValue`, 2^63 - 1). */
export const MAX_TICKS = 9_223_372_036_854_775_807n; // 2n ** 63n - 1n

/**
 * Writes ticks as ServiceStack's XSD duration (`TimeSpanConverter.ToXsdDuration`): `-P` if negative else `P`; then
 * `{days}D` if there are whole days; then, if there are no days or any smaller part is non-zero, `T` followed by
 * `{h}H` and `{m}M` when non-zero, the seconds with up to 7 fraction digits (trailing zeros and the dot trimmed) and
 * `S` when non-zero, or `0S` when nothing else followed the `T`. Exact for the whole Int64 range (e.g. `P1D`, `PT0S`,
 * `P1DT2H3M4.5670001S`, `-PT0.0000001S`, `P10675199DT2H48M5.4775807S`).
 */
export function formatTimeSpan(ticks: bigint): string {
  const negative = ticks < 0n;
  const abs = negative ? -ticks : ticks;
  let out = negative ? '-P' : 'P';
  const days = abs / TICKS_PER_DAY;
  // The rest of the day fits a double exactly (< 8.64e11).
  const rest = Number(abs - days * TICKS_PER_DAY);
  if (days > 0n) out += days + 'D';
  if (days === 0n || rest !== 0) {
    out += 'T';
    const fracTicks = rest % 10_000_000;
    const secs = (rest - fracTicks) / 10_000_000;
    const h = Math.floor(secs / 3600);
    const m = Math.floor(secs / 60) % 60;
    const s = secs % 60;
    if (h > 0) out += h + 'H';
    if (m > 0) out += m + 'M';
    if (s > 0 || fracTicks > 0) {
      out += s;
      if (fracTicks > 0) {
        let f = String(fracTicks + 10_000_000).slice(1); // 7 digits, zero-padded
        let e = 7;
        while (f.charCodeAt(e - 1) === 0x30) e--;
        f = f.slice(0, e);
        out += '.' + f;
      }
      out += 'S';
    } else if (h === 0 && m === 0) {
      out += '0S';
    }
  }
  return out;
}

/** Whether `c` is whitespace trimmed around a time span: space or U+0009..U+000D. */
function isWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Whether `c` is an ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The non-negative integer of the digits `text[i, end)` as a bigint, or `undefined` if it has more than 20 significant digits. */
function bigDigits(text: string, i: number, end: number): bigint | undefined {
  while (i < end - 1 && text.charCodeAt(i) === 0x30) i++;
  const n = end - i;
  if (n > 20) return undefined; // far beyond Int64 ticks in any unit
  if (n <= 15) {
    let v = 0;
    for (; i < end; i++) v = v * 10 + (text.charCodeAt(i) - 0x30);
    return BigInt(v);
  }
  return BigInt(text.slice(i, end));
}

/** Ticks of the fraction digits `text[i, end)` (seconds), truncated to 7 digits (100 ns). */
function fractionTicks(text: string, i: number, end: number): bigint {
  let v = 0;
  for (let k = 0; k < 7; k++) v = v * 10 + (i + k < end ? text.charCodeAt(i + k) - 0x30 : 0);
  return BigInt(v);
}

/** Returns `ticks` negated when `negative`, if the result is within the Int64 range; else `undefined`. */
function signed(ticks: bigint, negative: boolean): bigint | undefined {
  const v = negative ? -ticks : ticks;
  return v < MIN_TICKS || v > MAX_TICKS ? undefined : v;
}

/** Reads the XSD duration `P[nD][T[nH][nM][n[.f]S]]` from `text[i, end)` (`i` just after the `P`). */
function parseXsd(text: string, i: number, end: number, negative: boolean): bigint | undefined {
  let total = 0n;
  let any = false;
  let inTime = false;
  // designators allowed next, in order: D (0), T (1), H (2), M (3), S (4)
  let next = 0;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (c === 0x54 /* T */) {
      if (next > 1) return undefined;
      inTime = true;
      next = 2;
      i++;
      if (i === end) return undefined; // T must be followed by a component
      continue;
    }
    const start = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    const intEnd = i;
    let fracStart = -1;
    let fracEnd = -1;
    if (i < end && text.charCodeAt(i) === 0x2e /* . */) {
      fracStart = ++i;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      fracEnd = i;
    }
    if (intEnd === start && fracEnd === fracStart) return undefined; // no digits
    if (i === end) return undefined; // no designator
    c = text.charCodeAt(i++);
    let unit: bigint;
    if (c === 0x44 /* D */ && !inTime && next === 0) {
      unit = TICKS_PER_DAY;
      next = 1;
    } else if (c === 0x48 /* H */ && inTime && next <= 2) {
      unit = TICKS_PER_HOUR;
      next = 3;
    } else if (c === 0x4d /* M */ && inTime && next <= 3) {
      unit = TICKS_PER_MINUTE;
      next = 4;
    } else if (c === 0x53 /* S */ && inTime && next <= 4) {
      unit = TICKS_PER_SECOND;
      next = 5;
    } else {
      return undefined; // Y, months, W, a designator out of order, or garbage
    }
    if (fracStart >= 0 && unit !== TICKS_PER_SECOND) return undefined; // only seconds take a fraction
    const n = bigDigits(text, start, intEnd);
    if (n === undefined) return undefined;
    total += n * unit;
    if (fracStart >= 0) total += fractionTicks(text, fracStart, fracEnd);
    if (total > MAX_TICKS + 1n) return undefined;
    any = true;
  }
  return any ? signed(total, negative) : undefined;
}

/**
 * Reads the .NET `c`/`g` forms `[-][d.]h:mm[:ss[.fffffff]]` and `[-]d:h:mm:ss[.fffffff]` from `text[i, end)` (`i`
 * after the sign). Hours 0-23, minutes and seconds 0-59 (1 or 2 digits), fraction 1-7 digits.
 */
function parseClock(text: string, i: number, end: number, negative: boolean): bigint | undefined {
  // Split into numeric fields: digits separated by '.' or ':'.
  const values: number[] = [];
  const seps: number[] = [];
  let dayDigits: bigint | undefined;
  let fracStart = -1;
  let fracEnd = -1;
  while (i < end) {
    const start = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === start) return undefined;
    const sepBefore = seps.length > 0 ? seps[seps.length - 1] : -1;
    if (sepBefore === 0x2e && values.length > 0 && seps.length > 1) {
      // a '.' after the seconds: the fraction
      if (i - start > 7 || i !== end) return undefined;
      fracStart = start;
      fracEnd = i;
      break;
    }
    if (values.length === 0) {
      // the first field may be days (any size) or hours
      dayDigits = bigDigits(text, start, i);
      if (dayDigits === undefined) return undefined;
      values.push(i - start <= 2 ? Number(dayDigits) : -1);
    } else {
      if (i - start > 2) return undefined;
      values.push(+text.slice(start, i));
    }
    if (i === end) break;
    const s = text.charCodeAt(i++);
    if (s !== 0x3a /* : */ && s !== 0x2e /* . */) return undefined;
    if (i === end) return undefined;
    seps.push(s);
    if (seps.length > 4) return undefined;
  }
  // Shapes (seps): [:] h:m, [:,:] h:m:s, [:,:,.] h:m:s.f, [.,:] d.h:m, [.,:,:] d.h:m:s, [.,:,:,.] d.h:m:s.f,
  // [:,:,:] d:h:m:s, [:,:,:,.] d:h:m:s.f
  let k = seps.length;
  if (fracStart >= 0) k--; // the last '.' introduced the fraction
  const fieldSeps = seps.slice(0, k);
  let days = 0n;
  let f = 0;
  if (fieldSeps[0] === 0x2e || fieldSeps.length === 3) {
    days = dayDigits ?? 0n;
    f = 1;
  } else if (values[0] === -1) {
    return undefined; // more than 2 hour digits
  }
  for (let j = f; j < fieldSeps.length; j++) if (fieldSeps[j] !== 0x3a) return undefined;
  const clock = values.slice(f);
  if (clock.length < 2 || clock.length > 3) return undefined;
  if (fracStart >= 0 && clock.length !== 3) return undefined;
  const [h = 0, m = 0, s = 0] = clock;
  if (h < 0 || h > 23 || m > 59 || s > 59) return undefined;
  let total = days * TICKS_PER_DAY + BigInt((h * 3600 + m * 60 + s) * 10_000_000);
  if (fracStart >= 0) total += fractionTicks(text, fracStart, fracEnd);
  return signed(total, negative);
}

/** Reads a bare number of seconds `[+|-]digits[.digits]` from `text[i, end)`; the fraction is truncated to 100 ns. */
function parseSeconds(text: string, i: number, end: number): bigint | undefined {
  let negative = false;
  const c = text.charCodeAt(i);
  if (c === 0x2d || c === 0x2b) {
    negative = c === 0x2d;
    i++;
  }
  const start = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  let fracStart = i;
  if (i < end && text.charCodeAt(i) === 0x2e) {
    fracStart = ++i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
  }
  if (i !== end || (intEnd === start && i === fracStart)) return undefined;
  const n = bigDigits(text, start, intEnd);
  if (n === undefined) return undefined;
  let total = n * TICKS_PER_SECOND;
  if (fracStart < end) total += fractionTicks(text, fracStart, end);
  return signed(total, negative);
}

/**
 * Reads a .NET TimeSpan text as ticks. Surrounding whitespace is allowed. Accepted:
 * - the XSD duration `[-]P[nD][T[nH][nM][n[.f]S]]` (at least one component; `T` must be followed by one; only the
 *   seconds take a fraction). `Y`, month `M` and `W` are refused (ServiceStack silently drops them; we refuse rather
 *   than lose data). Components may exceed their natural range (`PT36H`, as XSD allows);
 * - the .NET forms `[-][d.]h:mm[:ss[.fffffff]]` (`c`) and `[-]d:h:mm:ss[.fffffff]` (`g`): hours 0-23, minutes and
 *   seconds 0-59, 1-7 fraction digits;
 * - a bare number of seconds, integer or decimal, optionally signed (`3600` is one hour), as ServiceStack reads it.
 *
 * Fraction digits past the seventh (below 100 ns) in an XSD duration or a number of seconds are truncated, as
 * ServiceStack's conversion to ticks truncates. Results outside the Int64 tick range, and anything else, are
 * `undefined`.
 */
export function parseTimeSpan(text: string): bigint | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  if (i === end) return undefined;
  const c0 = text.charCodeAt(i);
  const negative = c0 === 0x2d;
  const j = negative ? i + 1 : i;
  if (text.charCodeAt(j) === 0x50 /* P */) return parseXsd(text, j + 1, end, negative);
  const colon = text.indexOf(':', i);
  if (colon >= 0 && colon < end) return parseClock(text, j, end, negative);
  return parseSeconds(text, i, end);
}
