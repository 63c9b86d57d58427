/**
 * .NET `DateTime` text as ServiceStack JSV writes and reads it, for UTC instants held as epoch milliseconds. Pure
 * functions: the reader returns `undefined` on invalid text and never throws. Calendar arithmetic is done on day
 * numbers (proleptic Gregorian, as .NET), so years below 100 need no `Date` special-casing.
 */

const MS_PER_DAY = 86_400_000;
/** `0001-01-01T00:00:00Z` (.NET `DateTime.MinValue`) in epoch milliseconds. */
export const MIN_DATE_MS = -62_135_596_800_000;
/** `9999-12-31T23:59:59.999Z` (the last millisecond of .NET `DateTime.MaxValue`) in epoch milliseconds. */
export const MAX_DATE_MS = 253_402_300_799_999;

/** Days since 1970-01-01 of the proleptic Gregorian date `y-m-d` (H. Hinnant's `days_from_civil`). */
function daysFromCivil(y: number, m: number, d: number): number {
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Whether `y` is a Gregorian leap year. */
function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** The number of days in month `m` (1-12) of year `y`. */
function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `v` as two digits. */
function pad2(v: number): string {
  return v < 10 ? '0' + v : String(v);
}

/**
 * Writes a UTC instant (epoch milliseconds) in the form current ServiceStack builds write for a UTC `DateTime`:
 * `yyyy-MM-dd` when the time of day is exactly midnight, `yyyy-MM-ddTHH:mm:ssZ` for whole seconds, otherwise
 * `yyyy-MM-ddTHH:mm:ss.fffffffZ` with exactly 7 fraction digits (`.0010000Z` for 1 ms). `undefined` for NaN, a
 * non-integer, or an instant outside years 0001..9999.
 */
export function formatDate(ms: number): string | undefined {
  if (!Number.isInteger(ms) || ms < MIN_DATE_MS || ms > MAX_DATE_MS) return undefined;
  let z = Math.floor(ms / MS_PER_DAY);
  const msOfDay = ms - z * MS_PER_DAY;
  // civil_from_days
  z += 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const date = (y < 10 ? '000' : y < 100 ? '00' : y < 1000 ? '0' : '') + y + '-' + pad2(m) + '-' + pad2(d);
  if (msOfDay === 0) return date;
  const msec = msOfDay % 1000;
  const secs = (msOfDay - msec) / 1000;
  const time = 'T' + pad2(Math.floor(secs / 3600)) + ':' + pad2(Math.floor(secs / 60) % 60) + ':' + pad2(secs % 60);
  if (msec === 0) return date + time + 'Z';
  return date + time + '.' + (msec < 10 ? '00' : msec < 100 ? '0' : '') + msec + '0000Z';
}

/** Whether `c` is whitespace trimmed around a date: space or U+0009..U+000D. */
function isWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** The value of the `n` ASCII digits at `text[i]`, or -1 if any of them is not a digit. */
function digits(text: string, i: number, n: number): number {
  let v = 0;
  for (const end = i + n; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30; // NaN past the end of the text
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Whether `c` is an ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Returns `ms` if it is a representable .NET `DateTime` instant, else `undefined`. */
function inRange(ms: number): number | undefined {
  return ms >= MIN_DATE_MS && ms <= MAX_DATE_MS ? ms : undefined;
}

/**
 * Reads a WCF date `/Date(ms)/`, `/Date(ms±hhmm)/` or the escaped `\/Date(…)\/` from `text[i, end)`. The milliseconds
 * are UTC; an offset suffix only says how the instant was displayed and is ignored.
 */
function parseWcf(text: string, i: number, end: number): number | undefined {
  if (text.charCodeAt(i) === 0x5c /* \ */) i++;
  if (!text.startsWith('/Date(', i)) return undefined;
  i += 6;
  if (text.charCodeAt(end - 1) !== 0x2f /* / */) return undefined;
  end--;
  if (text.charCodeAt(end - 1) === 0x5c) end--;
  if (text.charCodeAt(end - 1) !== 0x29 /* ) */) return undefined;
  end--;
  const neg = text.charCodeAt(i) === 0x2d;
  if (neg) i++;
  const start = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const n = i - start;
  if (n === 0 || n > 16) return undefined;
  if (i !== end) {
    const s = text.charCodeAt(i);
    if ((s !== 0x2b && s !== 0x2d) || end - i !== 5 || digits(text, i + 1, 4) < 0) return undefined;
  }
  const ms = +text.slice(start, start + n);
  return inRange(neg ? -ms : ms);
}

/**
 * Reads a .NET `DateTime` text as a UTC instant (epoch milliseconds). Surrounding whitespace is allowed. Accepted:
 * `yyyy-MM-dd` (also 1-digit month and day), `yyyyMMdd`, `yyyy-MM-ddTHH:mm`, `yyyy-MM-ddTHH:mm:ss`, with an optional
 * fraction of any number of digits (truncated to the millisecond) after the seconds, `T`/`t` or a space before the
 * time, then an optional `Z`/`z`, `±hh:mm`, `±hhmm` or `±hh` offset, which is applied (text without one is UTC). Also
 * the WCF forms `/Date(ms)/`, `/Date(ms±hhmm)/` and `\/Date(ms)\/` (the milliseconds are UTC; the offset is ignored).
 * Fields are range-checked (real calendar days, hours 0-23, minutes and seconds 0-59, offsets up to ±23:59) and the
 * instant must lie in years 0001..9999; anything else is `undefined`.
 */
export function parseDate(text: string): number | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  const len = end - i;
  if (len < 8) return undefined;
  const first = text.charCodeAt(i);
  if (first === 0x2f /* / */ || first === 0x5c /* \ */) return parseWcf(text, i, end);

  const y = digits(text, i, 4);
  if (y < 1) return undefined;
  i += 4;
  let m: number;
  let d: number;
  if (text.charCodeAt(i) === 0x2d /* - */) {
    // yyyy-M[M]-d[d]
    i++;
    m = digits(text, i, 1);
    if (m < 0) return undefined;
    i++;
    if (isDigit(text.charCodeAt(i)) && i < end) m = m * 10 + (text.charCodeAt(i++) - 0x30);
    if (text.charCodeAt(i) !== 0x2d || i >= end) return undefined;
    i++;
    d = digits(text, i, 1);
    if (d < 0 || i >= end) return undefined;
    i++;
    if (i < end && isDigit(text.charCodeAt(i))) d = d * 10 + (text.charCodeAt(i++) - 0x30);
  } else {
    // yyyyMMdd, nothing after
    if (len !== 8) return undefined;
    m = digits(text, i, 2);
    d = digits(text, i + 2, 2);
    if (m < 0 || d < 0) return undefined;
    i += 4;
  }
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const day = daysFromCivil(y, m, d);
  if (i === end) return inRange(day * MS_PER_DAY);

  // time
  const sep = text.charCodeAt(i);
  if (sep !== 0x54 /* T */ && sep !== 0x74 /* t */ && sep !== 0x20) return undefined;
  i++;
  if (end - i < 5 || text.charCodeAt(i + 2) !== 0x3a /* : */) return undefined;
  const hh = digits(text, i, 2);
  const mi = digits(text, i + 3, 2);
  if (hh < 0 || hh > 23 || mi < 0 || mi > 59) return undefined;
  i += 5;
  let ss = 0;
  let frac = 0;
  if (i < end && text.charCodeAt(i) === 0x3a) {
    if (end - i < 3) return undefined;
    ss = digits(text, i + 1, 2);
    if (ss < 0 || ss > 59) return undefined;
    i += 3;
    if (i < end && text.charCodeAt(i) === 0x2e /* . */) {
      i++;
      const start = i;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      const n = i - start;
      if (n === 0) return undefined;
      // truncate to milliseconds
      frac = digits(text, start, n < 3 ? n : 3) * (n === 1 ? 100 : n === 2 ? 10 : 1);
    }
  }
  let offsetMin = 0;
  if (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
      if (++i !== end) return undefined;
    } else if (c === 0x2b /* + */ || c === 0x2d /* - */) {
      const rest = end - i - 1;
      const oh = digits(text, i + 1, 2);
      let om = 0;
      if (rest === 5 && text.charCodeAt(i + 3) === 0x3a) om = digits(text, i + 4, 2);
      else if (rest === 4) om = digits(text, i + 3, 2);
      else if (rest !== 2) return undefined;
      if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
      offsetMin = (oh * 60 + om) * (c === 0x2d ? -1 : 1);
    } else {
      return undefined;
    }
  }
  return inRange(day * MS_PER_DAY + ((hh * 60 + mi - offsetMin) * 60 + ss) * 1000 + frac);
}
