/**
 * fast-check arbitraries of the .NET value classes (`Decimal`, `DateTimeOffset`, `DateTime`) and of the narrow .NET
 * scalars (float32 numbers, chars), for the property tests. Every value is valid for its type; edges (range ends,
 * scale 28, offsets ±14:00, year 0001/9999, midnight, negative zero) come up often.
 */
import fc from 'fast-check';
import { DateTimeOffset } from '../../src/text/date-time-offset-value.js';
import { MAX_DATE_TICKS } from '../../src/text/date-time-ticks.js';
import { DateTime } from '../../src/text/date-time-value.js';
import { Decimal, DECIMAL_MAX_COEFFICIENT } from '../../src/text/decimal-value.js';
import { TICKS_PER_DAY, TICKS_PER_MINUTE, TICKS_PER_SECOND } from '../../src/text/time-span.js';

/** Any .NET decimal: any coefficient within ±(2^96 - 1), any scale 0..28 (money-like values too). */
export const arbDecimal: fc.Arbitrary<Decimal> = fc.oneof(
  fc
    .record({ c: fc.bigInt({ min: -DECIMAL_MAX_COEFFICIENT, max: DECIMAL_MAX_COEFFICIENT }), s: fc.integer({ min: 0, max: 28 }) })
    .map(({ c, s }) => new Decimal(c, s)),
  fc.record({ c: fc.bigInt({ min: -100_000_000n, max: 100_000_000n }), s: fc.constantFrom(0, 2, 4) }).map(({ c, s }) => new Decimal(c, s)),
  fc.constantFrom(
    new Decimal(DECIMAL_MAX_COEFFICIENT),
    new Decimal(-DECIMAL_MAX_COEFFICIENT),
    new Decimal(1n, 28),
    new Decimal(0n, 28),
    new Decimal(0n),
  ),
);

/** Wall-clock ticks in the DateTime range: anywhere, whole seconds, midnights, and both ends. */
export const arbDateTicks: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: 0n, max: MAX_DATE_TICKS }),
  fc.bigInt({ min: 0n, max: MAX_DATE_TICKS / TICKS_PER_SECOND }).map((s) => s * TICKS_PER_SECOND),
  fc.bigInt({ min: 0n, max: MAX_DATE_TICKS / TICKS_PER_DAY }).map((d) => d * TICKS_PER_DAY),
  fc.constantFrom(0n, MAX_DATE_TICKS, 1n, MAX_DATE_TICKS - 1n),
);

/** A UTC offset in minutes within ±14:00: whole hours, half and quarter hours, the ends, or anything. */
export const arbOffsetMinutes: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -14, max: 14 }).map((h) => h * 60),
  fc.constantFrom(0, 330, -330, 345, 570, -570, 840, -840),
  fc.integer({ min: -840, max: 840 }),
);

/** Any valid DateTimeOffset (the UTC time is in range too). */
export const arbDateTimeOffset: fc.Arbitrary<DateTimeOffset> = fc
  .record({ ticks: arbDateTicks, offset: arbOffsetMinutes })
  .filter(({ ticks, offset }) => {
    const utc = ticks - BigInt(offset) * TICKS_PER_MINUTE;
    return utc >= 0n && utc <= MAX_DATE_TICKS;
  })
  .map(({ ticks, offset }) => new DateTimeOffset(ticks, offset));

/** Any valid DateTime, of any kind (Local ones with an offset). */
export const arbDateTime: fc.Arbitrary<DateTime> = fc
  .record({ ticks: arbDateTicks, kind: fc.constantFrom('Utc', 'Local', 'Unspecified' as const), offset: arbOffsetMinutes })
  .map(({ ticks, kind, offset }) => new DateTime(ticks, kind, kind === 'Local' ? offset : undefined));

/**
 * The DateTime values the text keeps apart: at midnight ServiceStack writes the date only, for any kind, so a midnight
 * value reads back as `Unspecified`; this gives midnight values that kind. Every other value of {@link arbDateTime}.
 */
export const arbDateTimeWritable: fc.Arbitrary<DateTime> = arbDateTime.map((v) =>
  v.ticks % TICKS_PER_DAY === 0n ? new DateTime(v.ticks, 'Unspecified') : v,
);

/** Any float32 value as a number (NaN and ±Infinity excluded; -0 and subnormals included). */
export const arbFloat32: fc.Arbitrary<number> = fc.float({ noNaN: true, noDefaultInfinity: true });

/** Any .NET char: one UTF-16 code unit, the JSV special characters and lone surrogates included. */
export const arbChar: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('"', ':', ',', '{', '}', '[', ']', '\r', '\n', ' ', '\\', '\0', 'a'),
);
