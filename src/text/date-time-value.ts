/**
 * {@link DateTime}: a .NET `System.DateTime` in JS, with its 100 ns ticks and its `Kind`, so that every DateTime text
 * current ServiceStack writes reads back into a value that writes the same text byte for byte. A JS `Date` has
 * milliseconds only and no Kind. A `Local` value also keeps the UTC offset it was written with: .NET takes that offset
 * from the writing machine's time zone, which the reader cannot know.
 */
import {
  epochMsToTicks,
  formatDateClock,
  formatDateOnly,
  formatOffset,
  isDateTicks,
  isMidnight,
  isOffsetMinutes,
  scanDateTime,
  scanWcfDate,
  ticksToEpochMs,
  ZONE_OFFSET,
  ZONE_UTC,
} from './date-time-ticks.js';
import { TICKS_PER_MINUTE } from './time-span.js';

/** .NET `DateTimeKind`. */
export type DateTimeKind = 'Utc' | 'Local' | 'Unspecified';

/**
 * Reads a .NET DateTime text with full tick precision. The Kind comes from what the text says, as ServiceStack reads
 * it: `…Z` is `Utc`; `…±hh:mm` (also `±hhmm`, `±hh`) is `Local`, keeping the written wall clock and offset; no zone at
 * all (`yyyy-MM-dd`, `yyyyMMdd`, `yyyy-MM-ddTHH:mm:ss[.f…]`) is `Unspecified`. WCF `/Date(ms)/` is `Utc`, and
 * `/Date(ms±hhmm)/` is `Local` at that offset. Also accepts 1-digit months and days, a space or `t` for the `T`, and
 * any number of fraction digits (past the seventh they are dropped). Offsets must be within ±14:00 and the wall clock
 * within years 0001..9999; anything else is `undefined`.
 */
export function parseDateTime(text: string): DateTime | undefined {
  const first = text.charCodeAt(0);
  if (first === 0x2f /* / */ || first === 0x5c /* \ */ || first <= 0x20) {
    const wcf = scanWcfDate(text);
    if (wcf !== undefined) {
      const utc = epochMsToTicks(wcf.epochMs);
      if (wcf.offsetMinutes === undefined) return isDateTicks(utc) ? new DateTime(utc, 'Utc') : undefined;
      const local = utc + BigInt(wcf.offsetMinutes) * TICKS_PER_MINUTE;
      return isDateTicks(local) ? new DateTime(local, 'Local', wcf.offsetMinutes) : undefined;
    }
  }
  const s = scanDateTime(text);
  if (s === undefined) return undefined;
  if (s.zone === ZONE_UTC) return new DateTime(s.ticks, 'Utc');
  if (s.zone === ZONE_OFFSET) return new DateTime(s.ticks, 'Local', s.offsetMinutes);
  return new DateTime(s.ticks, 'Unspecified');
}

/**
 * A .NET `System.DateTime`: `ticks` of wall-clock time (100 ns since 0001-01-01, .NET's `Ticks`) and its `kind`. A
 * `Local` value also has `offsetMinutes`, the UTC offset it is written with; `Utc` has 0, `Unspecified` `undefined`.
 * Immutable; {@link DateTime.toString} is the text ServiceStack writes for it.
 *
 * Make one with `new DateTime(ticks, kind, offsetMinutes)`, {@link DateTime.parse} or {@link DateTime.fromDate}.
 */
export class DateTime {
  /** Wall-clock ticks (.NET `DateTime.Ticks`), 0 .. 3155378975999999999 (`9999-12-31T23:59:59.9999999`). */
  readonly ticks: bigint;
  /** .NET `DateTime.Kind`. */
  readonly kind: DateTimeKind;
  /** `Local`: the UTC offset in minutes (east positive, within ±14:00). `Utc`: 0. `Unspecified`: `undefined`. */
  readonly offsetMinutes: number | undefined;

  /**
   * Throws a `RangeError` unless `ticks` is a bigint in the .NET range and `kind` a DateTimeKind; a `Local` value needs
   * `offsetMinutes` (whole minutes within ±14:00), the others take none.
   */
  constructor(ticks: bigint, kind: DateTimeKind = 'Unspecified', offsetMinutes?: number) {
    if (!isDateTicks(ticks)) {
      throw new RangeError(`DateTime ticks must be a bigint in 0..3155378975999999999, received ${String(ticks)}`);
    }
    if (kind === 'Local') {
      if (!isOffsetMinutes(offsetMinutes)) {
        throw new RangeError(`A Local DateTime needs its UTC offset in whole minutes within ±14:00, received ${String(offsetMinutes)}`);
      }
    } else if (kind !== 'Utc' && kind !== 'Unspecified') {
      throw new RangeError(`DateTime kind must be 'Utc', 'Local' or 'Unspecified', received ${String(kind)}`);
    } else if (offsetMinutes !== undefined && !(kind === 'Utc' && offsetMinutes === 0)) {
      throw new RangeError(`Only a Local DateTime has an offset (kind ${kind}, offset ${String(offsetMinutes)})`);
    }
    this.ticks = ticks;
    this.kind = kind;
    this.offsetMinutes = kind === 'Utc' ? 0 : kind === 'Local' ? offsetMinutes : undefined;
    Object.freeze(this);
  }

  /** Reads DateTime text (see {@link parseDateTime}); `undefined` if it is not one. */
  static parse(text: string): DateTime | undefined {
    return parseDateTime(text);
  }

  /**
   * A `Date`'s instant as a `Utc` DateTime (the default), or with `'Local'` as the wall clock of this JS runtime's time
   * zone with its offset at that instant. Throws a `RangeError` for an invalid Date or one outside years 0001..9999.
   */
  static fromDate(date: Date, kind: 'Utc' | 'Local' = 'Utc'): DateTime {
    const ms = date.getTime();
    if (!Number.isFinite(ms)) throw new RangeError('DateTime.fromDate: invalid Date');
    if (kind === 'Utc') return new DateTime(epochMsToTicks(ms), 'Utc');
    const offset = -date.getTimezoneOffset();
    return new DateTime(epochMsToTicks(ms) + BigInt(offset) * TICKS_PER_MINUTE, 'Local', offset);
  }

  /** The instant in ticks since 0001-01-01 UTC: a Local value less its offset; an Unspecified one is taken as UTC. */
  get utcTicks(): bigint {
    return this.kind === 'Local' ? this.ticks - BigInt(this.offsetMinutes!) * TICKS_PER_MINUTE : this.ticks;
  }

  /**
   * The instant as a `Date` (milliseconds; ticks below a millisecond are dropped toward the past). An `Unspecified`
   * value is taken as UTC, as `date()` reads text without an offset.
   */
  toDate(): Date {
    return new Date(ticksToEpochMs(this.utcTicks));
  }

  /**
   * The text ServiceStack writes: `yyyy-MM-dd` at midnight (any kind); otherwise `yyyy-MM-ddTHH:mm:ss` with
   * `.fffffff` (7 digits) when there is a fraction of a second, then `Z` for `Utc` and `±hh:mm` for `Local`. An
   * `Unspecified` value is written without a zone (ServiceStack would add the writing machine's offset, which makes it
   * read back as `Local`).
   */
  toString(): string {
    if (isMidnight(this.ticks)) return formatDateOnly(this.ticks);
    const clock = formatDateClock(this.ticks, 'when-needed');
    return this.kind === 'Utc' ? clock + 'Z' : this.kind === 'Local' ? clock + formatOffset(this.offsetMinutes!) : clock;
  }

  /** JSON form: the same text as {@link DateTime.toString}. */
  toJSON(): string {
    return this.toString();
  }
}
