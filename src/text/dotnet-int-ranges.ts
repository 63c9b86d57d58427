/**
 * The .NET integer types beyond `Int32`, with their exact ranges: `Byte`, `SByte`, `Int16`, `UInt16` and `UInt32` as
 * JS numbers, `Int64` and `UInt64` as bigints. Each range reads the same syntax as `int()` (optional surrounding
 * whitespace, an optional sign, ASCII digits, leading zeros fine; no fraction or exponent) and refuses values outside
 * its range, where .NET throws `OverflowException` (ServiceStack then silently leaves the default; we do not). Pure
 * functions: readers return `undefined` and never throw.
 */
import { parseInt32, parseInt64 } from './dotnet-number.js';

/** One .NET integer type: its name, its bounds, and how it reads and checks values. */
export interface DotnetIntRange<T extends number | bigint> {
  /** The .NET type name, e.g. `UInt16`. */
  readonly dotnetName: string;
  /** The smallest value. */
  readonly min: T;
  /** The largest value. */
  readonly max: T;
  /** Reads the integer text; `undefined` if it is not an integer or out of range. */
  parse(text: string): T | undefined;
  /** Whether `value` is a value of this type (an integer `number`, or a `bigint` for the 64-bit types, in range). */
  isValue(value: unknown): value is T;
}

/** A range of a .NET integer type held as a JS number (all within ±2^32). */
function numberRange(dotnetName: string, min: number, max: number): DotnetIntRange<number> {
  return Object.freeze({
    dotnetName,
    min,
    max,
    parse(text: string): number | undefined {
      let v = parseInt32(text);
      if (v === undefined) {
        if (max <= 2147483647) return undefined;
        const big = parseInt64(text); // UInt32 beyond Int32
        if (big === undefined || big > BigInt(max) || big < BigInt(min)) return undefined;
        v = Number(big);
      }
      return v >= min && v <= max ? v : undefined;
    },
    isValue(value: unknown): value is number {
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
    },
  });
}

/** A range of a 64-bit .NET integer type held as a JS bigint. */
function bigintRange(dotnetName: string, min: bigint, max: bigint): DotnetIntRange<bigint> {
  return Object.freeze({
    dotnetName,
    min,
    max,
    parse(text: string): bigint | undefined {
      const v = parseInt64(text);
      return v !== undefined && v >= min && v <= max ? v : undefined;
    },
    isValue(value: unknown): value is bigint {
      return typeof value === 'bigint' && value >= min && value <= max;
    },
  });
}

/** `System.Byte`: 0..255. */
export const BYTE_RANGE = /* @__PURE__ */ numberRange('Byte', 0, 255);
/** `System.SByte`: -128..127. */
export const SBYTE_RANGE = /* @__PURE__ */ numberRange('SByte', -128, 127);
/** `System.Int16`: -32768..32767. */
export const INT16_RANGE = /* @__PURE__ */ numberRange('Int16', -32768, 32767);
/** `System.UInt16`: 0..65535. */
export const UINT16_RANGE = /* @__PURE__ */ numberRange('UInt16', 0, 65535);
/** `System.UInt32`: 0..4294967295. */
export const UINT32_RANGE = /* @__PURE__ */ numberRange('UInt32', 0, 4294967295);
/** `System.Int64`: -9223372036854775808..9223372036854775807. */
export const INT64_RANGE = /* @__PURE__ */ bigintRange('Int64', -9_223_372_036_854_775_808n, 9_223_372_036_854_775_807n);
/** `System.UInt64`: 0..18446744073709551615. */
export const UINT64_RANGE = /* @__PURE__ */ bigintRange('UInt64', 0n, 18_446_744_073_709_551_615n);

/** Writes an integer as .NET does: invariant digits, `-` for negatives (negative zero is `0`). */
export function formatInteger(value: number | bigint): string {
  return String(value);
}
