/**
 * Arbitraries of the scalar kinds' values, each mixing the kind's edge values (range ends, zero, `NaN`, `-0`, the first
 * and last instant .NET can hold, single ticks) into an arbitrary of its whole range. Every value is one `encode`
 * accepts and that decodes back equal.
 */
import fc from 'fast-check';
import { TimeSpan } from '../text/time-span-value.js';
import type { ArbitraryContext } from './options.js';
import type { EnumSchema, FlagsSchema } from '../schema/types.js';

/** `edges` often (one time in five), otherwise `arb`. */
export function withEdges<T>(edges: readonly T[], arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...edges) }, { weight: 4, arbitrary: arb });
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z, .NET DateTime's range in milliseconds. */
export const MIN_DATE_MS = -62_135_596_800_000;
export const MAX_DATE_MS = 253_402_300_799_999;
const DAY_MS = 86_400_000;

/** .NET `double`: any double, `NaN`, `±Infinity` and `-0` included. */
export const numberValue: fc.Arbitrary<number> = withEdges(
  [0, -0, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1e15, 1e-5, 1e-4, 0.1, 1 / 3, -1.5, INT32_MAX, INT32_MIN],
  fc.double(),
);

/** .NET `int`: the Int32 range. */
export const intValue: fc.Arbitrary<number> = withEdges([0, 1, -1, INT32_MIN, INT32_MAX, INT32_MIN + 1, INT32_MAX - 1], fc.integer({ min: INT32_MIN, max: INT32_MAX }));

/** `long`/`ulong` as `bigint`: Int64's minimum up to UInt64's maximum. */
export const bigintValue: fc.Arbitrary<bigint> = withEdges(
  [0n, 1n, -1n, INT64_MIN, INT64_MAX, INT64_MAX + 1n, UINT64_MAX, 2n ** 53n, -(2n ** 53n), 2n ** 53n + 1n],
  fc.oneof(fc.bigInt({ min: INT64_MIN, max: UINT64_MAX }), fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n })),
);

/** `DateTime` as `Date`: 0001-01-01 to 9999-12-31T23:59:59.999 UTC, with whole days and seconds (the short written forms). */
export const dateValue: fc.Arbitrary<Date> = withEdges(
  [MIN_DATE_MS, MAX_DATE_MS, MIN_DATE_MS + 1, MAX_DATE_MS - 999, MAX_DATE_MS + 1 - DAY_MS, 0, -1, 1, 951_782_400_000],
  fc.oneof(
    fc.integer({ min: MIN_DATE_MS, max: MAX_DATE_MS }),
    fc.integer({ min: MIN_DATE_MS / DAY_MS, max: Math.floor(MAX_DATE_MS / DAY_MS) }).map((d) => d * DAY_MS),
    fc.integer({ min: MIN_DATE_MS / 1000, max: Math.floor(MAX_DATE_MS / 1000) }).map((s) => s * 1000),
  ),
).map((ms) => new Date(ms));

/** `TimeSpan`: the Int64 range of 100 ns ticks, single ticks and whole units included. */
export const timeSpanValue: fc.Arbitrary<TimeSpan> = withEdges(
  [0n, 1n, -1n, INT64_MIN, INT64_MAX, 10_000n, 10_000_000n, 600_000_000n, 36_000_000_000n, 864_000_000_000n, -864_000_000_001n],
  fc.oneof(fc.bigInt({ min: INT64_MIN, max: INT64_MAX }), fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n })),
).map((t) => new TimeSpan(t));

const hexDigit = fc.constantFrom(...'0123456789abcdef');
/** `Guid` as lowercase dashed text. */
export const guidValue: fc.Arbitrary<string> = withEdges(
  ['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
  fc.oneof(
    fc.uuid(),
    fc.string({ unit: hexDigit, minLength: 32, maxLength: 32 }).map((h) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`),
  ),
);

/** `byte[]` as `Uint8Array` (empty included). */
export function bytesValue(ctx: ArbitraryContext): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 2, 3).map((n) => new Uint8Array(n).fill(255)) },
    { weight: 4, arbitrary: fc.uint8Array({ maxLength: ctx.maxItems * 4 }) },
  );
}

/** A plain enum: one of its names. */
export function enumValue(schema: EnumSchema): fc.Arbitrary<string> {
  return fc.constantFrom(...schema.values);
}

/** A `[Flags]` enum: any Int32, each member, none, all. */
export function flagsValue(schema: FlagsSchema): fc.Arbitrary<number> {
  const bits = Object.values(schema.members);
  const all = bits.reduce((a, b) => a | b, 0);
  return withEdges([0, all, -1, INT32_MIN, INT32_MAX, ...bits], fc.oneof(
    fc.integer({ min: INT32_MIN, max: INT32_MAX }),
    fc.subarray(bits).map((bs) => bs.reduce((a, b) => a | b, 0)),
  ));
}
