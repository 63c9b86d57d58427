/**
 * Arbitraries of the .NET value kinds beyond the first set: `decimal`, `dateTimeOffset`, `dateTime`, `float`, `char`
 * and the sized integers, each with its range ends.
 */
import fc from 'fast-check';
import { DateTimeOffset } from '../text/date-time-offset-value.js';
import { DateTime, type DateTimeKind } from '../text/date-time-value.js';
import { Decimal } from '../text/decimal-value.js';
import { withEdges } from './scalar-arbitraries.js';

const MAX_TICKS = 3_155_378_975_999_999_999n;
const TICKS_PER_MINUTE = 600_000_000n;
const TICKS_PER_SECOND = 10_000_000n;
const TICKS_PER_DAY = 864_000_000_000n;
const DECIMAL_MAX = 2n ** 96n - 1n;

/** An integer kind of range `min..max` (a `number`). */
export function integerValue(min: number, max: number): fc.Arbitrary<number> {
  return withEdges([min, max, 0, min + 1, max - 1].filter((n) => n >= min && n <= max), fc.integer({ min, max }));
}

/** A 64-bit kind of range `min..max` (a `bigint`). */
export function int64Value(min: bigint, max: bigint): fc.Arbitrary<bigint> {
  return withEdges([min, max, 0n, 1n, max - 1n].filter((n) => n >= min && n <= max), fc.bigInt({ min, max }));
}

/** `float` (`Single`): float32 values, `NaN`, `±Infinity` and `-0` included. */
export const floatValue: fc.Arbitrary<number> = withEdges(
  [0, -0, NaN, Infinity, -Infinity, Math.fround(3.4028234663852886e38), Math.fround(1.401298464324817e-45), Math.fround(0.1)],
  fc.float(),
);

/** `char`: one UTF-16 code unit (lone surrogates and `\0` included). */
export const charValue: fc.Arbitrary<string> = withEdges(
  ['\0', ' ', '"', ',', ':', '{', '}', '[', ']', '\r', '\n', '\ud800', '\udfff', '\uffff'],
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);

/** `decimal`: coefficients within ±(2^96 - 1), scales 0..28. */
export const decimalValue: fc.Arbitrary<Decimal> = fc.tuple(
  withEdges([0n, 1n, -1n, DECIMAL_MAX, -DECIMAL_MAX, 100n], fc.oneof(fc.bigInt({ min: -DECIMAL_MAX, max: DECIMAL_MAX }), fc.bigInt({ min: -100000n, max: 100000n }))),
  withEdges([0, 28, 2], fc.integer({ min: 0, max: 28 })),
).map(([c, s]) => new Decimal(c, s));

const ticks = withEdges(
  [0n, 1n, MAX_TICKS, MAX_TICKS - 1n, 621_355_968_000_000_000n, MAX_TICKS + 1n - TICKS_PER_DAY, TICKS_PER_DAY - 1n],
  fc.oneof(
    fc.bigInt({ min: 0n, max: MAX_TICKS }),
    // Whole seconds (no fraction written) and midnights (the date-only form).
    fc.bigInt({ min: 0n, max: MAX_TICKS / TICKS_PER_SECOND }).map((t) => t * TICKS_PER_SECOND),
    fc.bigInt({ min: 0n, max: MAX_TICKS / TICKS_PER_DAY }).map((t) => t * TICKS_PER_DAY),
  ),
);
const offset = withEdges([0, 840, -840, 60, -330, 345], fc.integer({ min: -840, max: 840 }));

/** `DateTimeOffset`: wall-clock ticks and an offset whose UTC time is in range too. */
export const dateTimeOffsetValue: fc.Arbitrary<DateTimeOffset> = fc.tuple(ticks, offset).map(([t, o]) => {
  const utc = t - BigInt(o) * TICKS_PER_MINUTE;
  // Near 0001-01-01 and 9999-12-31 an offset can take the UTC time out of range: those get offset 0.
  return utc < 0n || utc > MAX_TICKS ? new DateTimeOffset(t, 0) : new DateTimeOffset(t, o);
});

const KINDS: readonly DateTimeKind[] = ['Utc', 'Local', 'Unspecified'];

/**
 * `DateTime`: wall-clock ticks over years 0001..9999 (single ticks, whole seconds and midnights often), each Kind, a
 * Local value with an offset within ±14:00. At midnight ServiceStack writes the date only, whatever the Kind, and that
 * reads back `Unspecified`: so a midnight value is always `Unspecified` (the only midnight value that round-trips).
 */
export const dateTimeValue: fc.Arbitrary<DateTime> = fc.tuple(ticks, fc.constantFrom(...KINDS), offset).map(([t, k, o]) =>
  t % TICKS_PER_DAY === 0n || k === 'Unspecified' ? new DateTime(t, 'Unspecified') : k === 'Utc' ? new DateTime(t, 'Utc') : new DateTime(t, 'Local', o),
);
