/**
 * .NET date-time text with full 100 ns tick precision, shared by {@link DateTime} and {@link DateTimeOffset}: the
 * Gregorian calendar on ticks since 0001-01-01 (the .NET `DateTime.Ticks` scale, computed as .NET computes it), a
 * scanner for the ISO-8601 forms ServiceStack reads, a scanner for the WCF `/Date(ms±hhmm)/` form, and the writers of
 * the date, clock and offset parts. Pure functions: scanners return `undefined` on invalid text and never throw.
 */
import { TICKS_PER_DAY, TICKS_PER_MILLISECOND } from './time-span.js';

/** Ticks of .NET `DateTime.MaxValue` (`9999-12-31T23:59:59.9999999`); `DateTime.MinValue` is 0. */
export const MAX_DATE_TICKS = 3_155_378_975_999_999_999n;
/** Ticks of the Unix epoch, `1970-01-01T00:00:00Z`. */
export const UNIX_EPOCH_TICKS = 621_355_968_000_000_000n;
/** The largest UTC offset .NET allows, in minutes (±14:00). */
export const MAX_OFFSET_MINUTES = 840;

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365] as const;
const DAYS_BEFORE_MONTH_LEAP = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366] as const;

/** Whether `y` is a Gregorian leap year. */
function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** Days from 0001-01-01 to `y-m-d` (.NET `DateToTicks`); the date must be valid. */
function daysOf(y: number, m: number, d: number): number {
  const table = isLeap(y) ? DAYS_BEFORE_MONTH_LEAP : DAYS_BEFORE_MONTH;
  const p = y - 1;
  return p * 365 + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400) + table[m - 1]! + d - 1;
}

/** `v` as two digits. */
function pad2(v: number): string {
  return v < 10 ? '0' + v : String(v);
}

/** `yyyy-MM-dd` of a day count from 0001-01-01 (.NET `GetDatePart`), for days 0 .. 3652058. */
function dateOfDays(n: number): string {
  const y400 = Math.floor(n / 146_097);
  n -= y400 * 146_097;
  let y100 = Math.floor(n / 36_524);
  if (y100 === 4) y100 = 3;
  n -= y100 * 36_524;
  const y4 = Math.floor(n / 1461);
  n -= y4 * 1461;
  let y1 = Math.floor(n / 365);
  if (y1 === 4) y1 = 3;
  n -= y1 * 365;
  const y = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
  const table = y1 === 3 && (y4 !== 24 || y100 === 3) ? DAYS_BEFORE_MONTH_LEAP : DAYS_BEFORE_MONTH;
  let m = (n >> 5) + 1; // a first guess at or below the month
  while (n >= table[m]!) m++;
  const d = n - table[m - 1]! + 1;
  return (y < 10 ? '000' : y < 100 ? '00' : y < 1000 ? '0' : '') + y + '-' + pad2(m) + '-' + pad2(d);
}

/** Splits ticks (0 .. {@link MAX_DATE_TICKS}) into whole days and the ticks of the day (a number, < 8.64e11). */
export function splitTicks(ticks: bigint): [days: number, tickOfDay: number] {
  const days = ticks / TICKS_PER_DAY;
  return [Number(days), Number(ticks - days * TICKS_PER_DAY)];
}

/** Whether ticks fall at midnight (no time of day). */
export function isMidnight(ticks: bigint): boolean {
  return ticks % TICKS_PER_DAY === 0n;
}

/**
 * Writes ticks as `yyyy-MM-ddTHH:mm:ss`, followed by `.fffffff` (always 7 digits) when there is a fraction of a second
 * or `fraction` is `'always'` (the DateTimeOffset "o" form). Ticks must be in 0 .. {@link MAX_DATE_TICKS}.
 */
export function formatDateClock(ticks: bigint, fraction: 'always' | 'when-needed'): string {
  const [days, t] = splitTicks(ticks);
  const sub = t % 10_000_000;
  const secs = (t - sub) / 10_000_000;
  let out =
    dateOfDays(days) + 'T' + pad2(Math.floor(secs / 3600)) + ':' + pad2(Math.floor(secs / 60) % 60) + ':' + pad2(secs % 60);
  if (sub !== 0 || fraction === 'always') out += '.' + String(sub + 10_000_000).slice(1);
  return out;
}

/** Writes the date part of ticks, `yyyy-MM-dd`. */
export function formatDateOnly(ticks: bigint): string {
  return dateOfDays(splitTicks(ticks)[0]);
}

/** Writes an offset in minutes as `+hh:mm` / `-hh:mm` (`+00:00` for zero). */
export function formatOffset(minutes: number): string {
  const a = minutes < 0 ? -minutes : minutes;
  return (minutes < 0 ? '-' : '+') + pad2(Math.floor(a / 60)) + ':' + pad2(a % 60);
}

/** Whether `minutes` is a valid .NET UTC offset: an integer within ±14:00. */
export function isOffsetMinutes(minutes: unknown): minutes is number {
  return Number.isInteger(minutes) && (minutes as number) >= -MAX_OFFSET_MINUTES && (minutes as number) <= MAX_OFFSET_MINUTES;
}

/** Whether `ticks` is a bigint in the .NET DateTime range. */
export function isDateTicks(ticks: unknown): ticks is bigint {
  return typeof ticks === 'bigint' && ticks >= 0n && ticks <= MAX_DATE_TICKS;
}

/** Epoch milliseconds (floored) of UTC ticks; exact for the whole DateTime range. */
export function ticksToEpochMs(utcTicks: bigint): number {
  const d = utcTicks - UNIX_EPOCH_TICKS;
  const q = d / TICKS_PER_MILLISECOND;
  return Number(d < 0n && q * TICKS_PER_MILLISECOND !== d ? q - 1n : q);
}

/** UTC ticks of epoch milliseconds (an integer; fractions of a millisecond are dropped toward -∞). */
export function epochMsToTicks(ms: number): bigint {
  return BigInt(Math.floor(ms)) * TICKS_PER_MILLISECOND + UNIX_EPOCH_TICKS;
}

/** What the time-zone part of a scanned text said: {@link ZONE_NONE}, {@link ZONE_UTC} or {@link ZONE_OFFSET}. */
export type Zone = 0 | 1 | 2;
/** No designator: the text says nothing about the zone. */
export const ZONE_NONE = 0;
/** `Z`. */
export const ZONE_UTC = 1;
/** `±hh:mm`, `±hhmm` or `±hh`: see `offsetMinutes`. */
export const ZONE_OFFSET = 2;

/** The parts of a date-time text: wall-clock ticks as written, and what it said about the zone. */
export interface ScannedDateTime {
  /** Ticks of the written date and clock (0 .. {@link MAX_DATE_TICKS}), before any offset is applied. */
  readonly ticks: bigint;
  /** Whether the text had no time of day at all (`yyyy-MM-dd`, `yyyyMMdd`). */
  readonly dateOnly: boolean;
  readonly zone: Zone;
  /** The written offset (east of UTC positive) when `zone` is {@link ZONE_OFFSET}, else 0. */
  readonly offsetMinutes: number;
}

/** Whether `c` is whitespace trimmed around a date: space or U+0009..U+000D. */
function isWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Whether `c` is an ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The value of the `n` ASCII digits at `text[i]`, or -1 if any of them is not a digit. */
function digitsAt(text: string, i: number, n: number): number {
  let v = 0;
  for (const end = i + n; i < end; i++) {
    const d = text.charCodeAt(i) - 0x30; // NaN past the end of the text
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Scans a date-time text (surrounding whitespace allowed): `yyyy-M[M]-d[d]` or `yyyyMMdd`, optionally followed by
 * `T`/`t`/space and `HH:mm[:ss[.f…]]`, then an optional `Z`/`z`, `±hh:mm`, `±hhmm` or `±hh` (offsets up to ±14:00).
 * Fraction digits past the seventh (below 100 ns) are dropped. Fields are range-checked (real calendar days, years
 * 0001..9999, hours 0-23, minutes and seconds 0-59); anything else is `undefined`.
 */
export function scanDateTime(text: string): ScannedDateTime | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  if (end - i < 8) return undefined;
  const y = digitsAt(text, i, 4);
  if (y < 1) return undefined;
  i += 4;
  let m: number;
  let d: number;
  if (text.charCodeAt(i) === 0x2d /* - */) {
    i++;
    m = digitsAt(text, i++, 1);
    if (m < 0) return undefined;
    if (i < end && isDigit(text.charCodeAt(i))) m = m * 10 + (text.charCodeAt(i++) - 0x30);
    if (i >= end || text.charCodeAt(i) !== 0x2d) return undefined;
    i++;
    if (i >= end) return undefined;
    d = digitsAt(text, i++, 1);
    if (d < 0) return undefined;
    if (i < end && isDigit(text.charCodeAt(i))) d = d * 10 + (text.charCodeAt(i++) - 0x30);
  } else {
    if (end - i !== 4) return undefined; // yyyyMMdd, nothing after
    m = digitsAt(text, i, 2);
    d = digitsAt(text, i + 2, 2);
    i += 4;
  }
  if (m < 1 || m > 12 || d < 1) return undefined;
  const table = isLeap(y) ? DAYS_BEFORE_MONTH_LEAP : DAYS_BEFORE_MONTH;
  if (d > table[m]! - table[m - 1]!) return undefined;
  const days = daysOf(y, m, d);
  if (i === end) return { ticks: BigInt(days) * TICKS_PER_DAY, dateOnly: true, zone: ZONE_NONE, offsetMinutes: 0 };

  const sep = text.charCodeAt(i);
  if (sep !== 0x54 /* T */ && sep !== 0x74 /* t */ && sep !== 0x20) return undefined;
  i++;
  if (end - i < 5 || text.charCodeAt(i + 2) !== 0x3a /* : */) return undefined;
  const hh = digitsAt(text, i, 2);
  const mi = digitsAt(text, i + 3, 2);
  if (hh < 0 || hh > 23 || mi < 0 || mi > 59) return undefined;
  i += 5;
  let ss = 0;
  let frac = 0;
  if (i < end && text.charCodeAt(i) === 0x3a) {
    ss = digitsAt(text, i + 1, 2);
    if (ss < 0 || ss > 59 || i + 3 > end) return undefined;
    i += 3;
    if (i < end && text.charCodeAt(i) === 0x2e /* . */) {
      const start = ++i;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      const n = i - start;
      if (n === 0) return undefined;
      frac = digitsAt(text, start, n < 7 ? n : 7) * 10 ** (n < 7 ? 7 - n : 0);
    }
  }
  let zone: Zone = ZONE_NONE;
  let offsetMinutes = 0;
  if (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
      if (i + 1 !== end) return undefined;
      zone = ZONE_UTC;
    } else if (c === 0x2b /* + */ || c === 0x2d /* - */) {
      const rest = end - i - 1;
      const oh = digitsAt(text, i + 1, 2);
      let om = 0;
      if (rest === 5 && text.charCodeAt(i + 3) === 0x3a) om = digitsAt(text, i + 4, 2);
      else if (rest === 4) om = digitsAt(text, i + 3, 2);
      else if (rest !== 2) return undefined;
      if (oh < 0 || om < 0 || om > 59) return undefined;
      offsetMinutes = oh * 60 + om;
      if (offsetMinutes > MAX_OFFSET_MINUTES) return undefined;
      if (c === 0x2d) offsetMinutes = -offsetMinutes;
      zone = ZONE_OFFSET;
    } else {
      return undefined;
    }
  }
  const tickOfDay = ((hh * 60 + mi) * 60 + ss) * 10_000_000 + frac;
  return { ticks: BigInt(days) * TICKS_PER_DAY + BigInt(tickOfDay), dateOnly: false, zone, offsetMinutes };
}

/** A scanned WCF date: UTC epoch milliseconds and the offset suffix, if one was written. */
export interface ScannedWcfDate {
  readonly epochMs: number;
  /** The `±hhmm` suffix in minutes, or `undefined` when there was none. */
  readonly offsetMinutes: number | undefined;
}

/**
 * Scans a WCF date `/Date(ms)/`, `/Date(ms±hhmm)/` or the escaped `\/Date(…)\/` (surrounding whitespace allowed). The
 * milliseconds are UTC (at most 16 digits); the offset (up to ±14:00) says how the instant was displayed.
 */
export function scanWcfDate(text: string): ScannedWcfDate | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(i) === 0x5c /* \ */) i++;
  if (!text.startsWith('/Date(', i)) return undefined;
  i += 6;
  if (text.charCodeAt(end - 1) !== 0x2f /* / */) return undefined;
  end--;
  if (text.charCodeAt(end - 1) === 0x5c) end--;
  if (text.charCodeAt(end - 1) !== 0x29 /* ) */) return undefined;
  end--;
  const negative = text.charCodeAt(i) === 0x2d;
  if (negative) i++;
  const start = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const n = i - start;
  if (n === 0 || n > 16) return undefined;
  let offsetMinutes: number | undefined;
  if (i !== end) {
    const s = text.charCodeAt(i);
    const oh = digitsAt(text, i + 1, 2);
    const om = digitsAt(text, i + 3, 2);
    if ((s !== 0x2b && s !== 0x2d) || end - i !== 5 || oh < 0 || om < 0 || om > 59) return undefined;
    offsetMinutes = oh * 60 + om;
    if (offsetMinutes > MAX_OFFSET_MINUTES) return undefined;
    if (s === 0x2d) offsetMinutes = -offsetMinutes;
  }
  const ms = +text.slice(start, start + n);
  return { epochMs: negative ? -ms : ms, offsetMinutes };
}
