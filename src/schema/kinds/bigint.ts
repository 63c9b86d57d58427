/** The `bigint` kind: a .NET `Int64` or `UInt64` as a `bigint`, all 64 bits kept. */
import { parseInt64 } from '../../text/dotnet-number.js';
import type { BigIntSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;

/** Everything about `bigint()`. */
export const bigintKind = scalarKind<BigIntSchema>({
  kind: 'bigint',
  code: 'INVALID_NUMBER',
  expected: () => 'a 64-bit integer',
  read: (_, text) => parseInt64(text) ?? FAIL,
  write(_, v) {
    const b = typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined;
    return b !== undefined && b >= INT64_MIN && b <= UINT64_MAX ? b.toString() : undefined;
  },
  fromJson: (_, v) => (typeof v === 'number' ? (Number.isSafeInteger(v) ? BigInt(v) : FAIL) : typeof v === 'string' ? (parseInt64(v) ?? FAIL) : FAIL),
  defaultOf: () => 0n,
});
