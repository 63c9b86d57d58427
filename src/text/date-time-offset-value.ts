/**
 * {@link DateTimeOffset}: a .NET `System.DateTimeOffset` in JS: a wall-clock time with 100 ns ticks and the UTC offset
 * it was written with. A JS `Date` keeps neither the offset nor anything below a millisecond, so
 * `2020-01-02T03:04:05.1234567+02:00` would come back as `…05.1230000+00:00`.
 */
import {
  epochMsToTicks,
  formatDateClock,
  formatOffset,
  isDateTicks,
  isOffsetMinutes,
  scanDateTime,
  scanWcfDate,
  ticksToEpochMs,
  ZONE_OFFSET,
} from './date-time-ticks.js';
import { TICKS_PER_MINUTE } from './time-span.js';

/** A wall-clock value and its offset, or `undefined` when either tick count leaves the .NET range. */
function make(ticks: bigint, offsetMinutes: number): DateTimeOffset | undefined {
  const utc = ticks - BigInt(offsetMinutes) * TICKS_PER_MINUTE;
  return isDateTicks(ticks) && isDateTicks(utc) ? new DateTimeOffset(ticks, offsetMinutes) : undefined;
}

/**
 * Reads a .NET DateTimeOffset as ServiceStack does (`DateTimeSerializer.ParseDateTimeOffset`): the "o" form it writes
 * (`2020-01-02T03:04:05.6780000+02:00`) and the other ISO forms (`Z`, `±hhmm`, fewer or no fraction digits, a space for
 * the `T`, a date alone); text without an offset is UTC, as ServiceStack appends `Z`. Also the WCF forms `/Date(ms)/`
 * (UTC) and `/Date(ms±hhmm)/` (that instant shown at that offset). Offsets must be within ±14:00, and both the written
 * and the UTC time within years 0001..9999, as .NET requires; anything else is `undefined`.
 */
export function parseDateTimeOffset(text: string): DateTimeOffset | undefined {
  const first = text.charCodeAt(0);
  if (first === 0x2f /* / */ || first === 0x5c /* \ */ || first <= 0x20) {
    const wcf = scanWcfDate(text);
    if (wcf !== undefined) {
      const offset = wcf.offsetMinutes ?? 0;
      return make(epochMsToTicks(wcf.epochMs) + BigInt(offset) * TICKS_PER_MINUTE, offset);
    }
  }
  const s = scanDateTime(text);
  if (s === undefined) return undefined;
  return make(s.ticks, s.zone === ZONE_OFFSET ? s.offsetMinutes : 0);
}

/**
 * A .NET `System.DateTimeOffset`: `ticks` of wall-clock time (100 ns since 0001-01-01, as .NET's `Ticks`) at
 * `offsetMinutes` east of UTC. Immutable; {@link DateTimeOffset.toString} is the text ServiceStack writes.
 *
 * Make one with `new DateTimeOffset(ticks, offsetMinutes)`, {@link DateTimeOffset.parse},
 * {@link DateTimeOffset.fromDate} or {@link DateTimeOffset.fromUtcTicks}.
 */
export class DateTimeOffset {
  /** Wall-clock ticks at the offset (.NET `DateTimeOffset.Ticks`), 0 .. 3155378975999999999. */
  readonly ticks: bigint;
  /** The UTC offset in minutes, east positive (`120` for `+02:00`), within ±840 (±14:00). */
  readonly offsetMinutes: number;

  /**
   * Throws a `RangeError` unless `ticks` is a bigint in the .NET DateTime range, `offsetMinutes` an integer within
   * ±840, and the UTC time (`ticks` less the offset) in the DateTime range too.
   */
  constructor(ticks: bigint, offsetMinutes = 0) {
    if (!isDateTicks(ticks)) {
      throw new RangeError(`DateTimeOffset ticks must be a bigint in 0..3155378975999999999, received ${String(ticks)}`);
    }
    if (!isOffsetMinutes(offsetMinutes)) {
      throw new RangeError(`DateTimeOffset offset must be whole minutes within ±14:00, received ${String(offsetMinutes)}`);
    }
    if (!isDateTicks(ticks - BigInt(offsetMinutes) * TICKS_PER_MINUTE)) {
      throw new RangeError('DateTimeOffset: the UTC time is outside years 0001..9999');
    }
    this.ticks = ticks;
    this.offsetMinutes = offsetMinutes;
    Object.freeze(this);
  }

  /** Reads DateTimeOffset text (see {@link parseDateTimeOffset}); `undefined` if it is not one. */
  static parse(text: string): DateTimeOffset | undefined {
    return parseDateTimeOffset(text);
  }

  /** The instant `utcTicks` (100 ns since 0001-01-01 UTC) shown at `offsetMinutes`. Throws a `RangeError` out of range. */
  static fromUtcTicks(utcTicks: bigint, offsetMinutes = 0): DateTimeOffset {
    if (!isOffsetMinutes(offsetMinutes)) {
      throw new RangeError(`DateTimeOffset offset must be whole minutes within ±14:00, received ${String(offsetMinutes)}`);
    }
    return new DateTimeOffset(utcTicks + BigInt(offsetMinutes) * TICKS_PER_MINUTE, offsetMinutes);
  }

  /** The instant of a `Date` shown at `offsetMinutes` (default UTC). Throws a `RangeError` for an invalid or out-of-range date. */
  static fromDate(date: Date, offsetMinutes = 0): DateTimeOffset {
    const ms = date.getTime();
    if (!Number.isFinite(ms)) throw new RangeError('DateTimeOffset.fromDate: invalid Date');
    return DateTimeOffset.fromUtcTicks(epochMsToTicks(ms), offsetMinutes);
  }

  /** The instant in ticks since 0001-01-01 UTC (.NET `UtcTicks`). */
  get utcTicks(): bigint {
    return this.ticks - BigInt(this.offsetMinutes) * TICKS_PER_MINUTE;
  }

  /** Whether both are the same instant, whatever their offsets (as .NET `==`). */
  equals(other: DateTimeOffset): boolean {
    return this.utcTicks === other.utcTicks;
  }

  /** The instant as a `Date` (milliseconds; ticks below a millisecond are dropped toward the past). */
  toDate(): Date {
    return new Date(ticksToEpochMs(this.utcTicks));
  }

  /** The text ServiceStack writes (.NET "o"): `2020-01-02T03:04:05.6780000+02:00`, always 7 digits and an offset. */
  toString(): string {
    return formatDateClock(this.ticks, 'always') + formatOffset(this.offsetMinutes);
  }

  /** JSON form: the same text as {@link DateTimeOffset.toString}. */
  toJSON(): string {
    return this.toString();
  }
}
