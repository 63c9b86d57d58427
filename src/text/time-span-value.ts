/**
 * {@link TimeSpan}: a .NET TimeSpan in JS. It keeps the exact count of 100 ns ticks as a `bigint`, because a
 * `number` of milliseconds cannot hold ticks (`PT0.0000001S`) and a `number` of ticks loses precision past 2^53
 * (about 28 years); the wire form round-trips exactly.
 */
import { formatTimeSpan, parseTimeSpan } from './time-span.js';

const TICKS_PER_MS = 10_000n;
const INT64_MIN = -9_223_372_036_854_775_808n; // -(2n ** 63n), as a literal so bundlers see no side effect
const INT64_MAX = 9_223_372_036_854_775_807n; // 2n ** 63n - 1n

/** A .NET TimeSpan: a signed count of 100-nanosecond ticks (the Int64 range). Immutable. */
export class TimeSpan {
  /** The exact length in 100 ns ticks. */
  readonly ticks: bigint;

  constructor(ticks: bigint) {
    if (typeof ticks !== 'bigint' || ticks < INT64_MIN || ticks > INT64_MAX) {
      throw new RangeError(`TimeSpan ticks must be a bigint in the Int64 range, received ${String(ticks)}`);
    }
    this.ticks = ticks;
    Object.freeze(this);
  }

  /** A TimeSpan of `ms` milliseconds (fractions down to 100 ns are kept). */
  static fromMilliseconds(ms: number): TimeSpan {
    return new TimeSpan(BigInt(Math.round(ms * 10_000)));
  }

  /** A TimeSpan of `s` seconds (fractions down to 100 ns are kept). */
  static fromSeconds(s: number): TimeSpan {
    return TimeSpan.fromMilliseconds(s * 1000);
  }

  /** Reads an XSD duration (`PT1H30M`), a .NET `c` form (`1.02:03:04.5`) or a number of seconds; `undefined` if invalid. */
  static parse(text: string): TimeSpan | undefined {
    const ticks = parseTimeSpan(text);
    return ticks === undefined ? undefined : new TimeSpan(ticks);
  }

  /** The length in milliseconds, as a number (may round below 1 ms). */
  get totalMilliseconds(): number {
    return Number(this.ticks) / Number(TICKS_PER_MS);
  }

  /** The XSD duration ServiceStack writes, e.g. `P1DT2H3M4.5670001S`. */
  toString(): string {
    return formatTimeSpan(this.ticks);
  }

  /** JSON form: the XSD duration. */
  toJSON(): string {
    return this.toString();
  }
}
