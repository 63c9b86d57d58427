/**
 * The shared definition of the .NET integer kinds beyond `Int32` (`byte` … `uint64`): a kind module names its range
 * from `text/dotnet-int-ranges.ts` and gets the reader, writer, JSON mapping and .NET default `0` (`0n`) from here.
 * Text must be an integer in the range (else `INVALID_NUMBER`, never a silent default); JSON may give a number or a
 * string of digits; the 64-bit kinds also take a safe-integer `number` when writing.
 */
import type { DotnetIntRange } from '../../text/dotnet-int-ranges.js';
import type { AnySchema } from '../types.js';
import { FAIL, type ScalarDefinition } from './kind.js';

/** A scalar definition for a .NET integer kind held as a `number`. */
export function numberIntegerDefinition<S extends AnySchema>(kind: S['kind'], range: DotnetIntRange<number>): ScalarDefinition<S> {
  const expected = `a ${range.dotnetName} (${range.min} to ${range.max})`;
  return {
    kind,
    code: 'INVALID_NUMBER',
    expected: () => expected,
    read: (_, text) => range.parse(text) ?? FAIL,
    write: (_, v) => (range.isValue(v) ? String(v === 0 ? 0 : v) : undefined),
    fromJson: (_, v) => (typeof v === 'number' ? (range.isValue(v) ? v : FAIL) : typeof v === 'string' ? (range.parse(v) ?? FAIL) : FAIL),
    defaultOf: () => 0,
  };
}

/** A scalar definition for a 64-bit .NET integer kind held as a `bigint`. */
export function bigintIntegerDefinition<S extends AnySchema>(kind: S['kind'], range: DotnetIntRange<bigint>): ScalarDefinition<S> {
  const expected = `a ${range.dotnetName} (${range.min} to ${range.max})`;
  const toBig = (v: unknown): bigint | undefined =>
    typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined;
  return {
    kind,
    code: 'INVALID_NUMBER',
    expected: () => expected,
    read: (_, text) => range.parse(text) ?? FAIL,
    write(_, v) {
      const b = toBig(v);
      return b !== undefined && range.isValue(b) ? b.toString() : undefined;
    },
    fromJson(_, v) {
      if (typeof v === 'string') return range.parse(v) ?? FAIL;
      const b = toBig(v);
      return b !== undefined && range.isValue(b) ? b : FAIL;
    },
    defaultOf: () => 0n,
  };
}
