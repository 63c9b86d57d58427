/**
 * The `dateTime` kind: a .NET `System.DateTime` as a {@link DateTime} (100 ns ticks and the Kind), so every DateTime
 * text current ServiceStack writes round-trips byte for byte (`date()` keeps milliseconds only). `encode` also takes
 * a `Date` (as a Utc DateTime) and DateTime text. A missing member stays absent.
 */
import { DateTime, parseDateTime } from '../../text/date-time-value.js';
import type { DateTimeSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** The DateTime of a value `encode` accepts, or `undefined`. */
function toDateTime(v: unknown): DateTime | undefined {
  if (v instanceof DateTime) return v;
  if (typeof v === 'string') return parseDateTime(v);
  if (v instanceof Date) {
    const ms = v.getTime();
    return ms >= -62135596800000 && ms <= 253402300799999 ? DateTime.fromDate(v) : undefined;
  }
  return undefined;
}

/** Everything about `dateTime()`. */
export const dateTimeKind = /* @__PURE__ */ scalarKind<DateTimeSchema>({
  kind: 'dateTime',
  code: 'INVALID_DATE',
  expected: () => 'a date and time (e.g. 2020-01-02T03:04:05.1234567Z)',
  read: (_, text) => parseDateTime(text) ?? FAIL,
  write: (_, v) => toDateTime(v)?.toString(),
  fromJson: (_, v) => (typeof v === 'string' ? (parseDateTime(v) ?? FAIL) : FAIL),
  mayBeAbsent: true,
});
