/**
 * The `dateTimeOffset` kind: a .NET `System.DateTimeOffset` as a {@link DateTimeOffset} (100 ns ticks and the offset),
 * written as ServiceStack writes it (`2020-01-02T03:04:05.6780000+02:00`); reads `Z`, other ISO forms and WCF dates.
 * `encode` also takes a `Date` (written at offset +00:00) and DateTimeOffset text. A missing member stays absent.
 */
import { DateTimeOffset, parseDateTimeOffset } from '../../text/date-time-offset-value.js';
import type { DateTimeOffsetSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** The DateTimeOffset of a value `encode` accepts, or `undefined`. */
function toDateTimeOffset(v: unknown): DateTimeOffset | undefined {
  if (v instanceof DateTimeOffset) return v;
  if (typeof v === 'string') return parseDateTimeOffset(v);
  if (v instanceof Date) {
    const ms = v.getTime();
    return ms >= -62135596800000 && ms <= 253402300799999 ? DateTimeOffset.fromDate(v) : undefined;
  }
  return undefined;
}

/** Everything about `dateTimeOffset()`. */
export const dateTimeOffsetKind = /* @__PURE__ */ scalarKind<DateTimeOffsetSchema>({
  kind: 'dateTimeOffset',
  code: 'INVALID_DATE',
  expected: () => 'a date and time with an offset (e.g. 2020-01-02T03:04:05.6780000+02:00)',
  read: (_, text) => parseDateTimeOffset(text) ?? FAIL,
  write: (_, v) => toDateTimeOffset(v)?.toString(),
  fromJson: (_, v) => (typeof v === 'string' ? (parseDateTimeOffset(v) ?? FAIL) : FAIL),
  mayBeAbsent: true,
});
