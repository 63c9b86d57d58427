/** The `flags` kind: a `[Flags]` .NET enum, written as its number; read as a number or comma-separated names in any case. */
import { parseInt64 } from '../../text/dotnet-number.js';
import type { FlagsSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Name tables of a flags schema. */
export interface FlagsTable {
  readonly byLower: ReadonlyMap<string, number>;
  readonly expected: string;
}
const tables = new WeakMap<object, FlagsTable>();

/** The cached tables of a flags schema. */
export function flagsTableOf(schema: FlagsSchema): FlagsTable {
  let t = tables.get(schema);
  if (t === undefined) {
    const entries = Object.entries(schema.members);
    t = {
      byLower: new Map(entries.map(([k, v]) => [k.toLowerCase(), v])),
      expected: `a number or names from ${entries.map(([k]) => k).join(', ')}`,
    };
    tables.set(schema, t);
  }
  return t;
}

/** Reads a flags value: a number, or comma-separated names in any case (`Read, Write`). */
export function readFlags(schema: FlagsSchema, text: string): number | typeof FAIL {
  const big = parseInt64(text);
  if (big !== undefined) {
    const n = Number(big);
    return Number.isSafeInteger(n) ? n : FAIL;
  }
  const t = flagsTableOf(schema);
  // Combined as 64-bit integers: flags() accepts every safe integer, and `|` on numbers would cut them to 32 bits.
  let value = 0n;
  for (const part of text.split(',')) {
    const bit = t.byLower.get(part.trim().toLowerCase());
    if (bit === undefined) return FAIL;
    value |= BigInt(bit);
  }
  return Number(value);
}

/** Everything about `flags({...})`. */
export const flagsKind = scalarKind<FlagsSchema>({
  kind: 'flags',
  code: 'INVALID_ENUM',
  expected: (schema) => flagsTableOf(schema).expected,
  read: readFlags,
  write: (_, v) => (typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : undefined),
  fromJson: (schema, v) => (typeof v === 'number' ? (Number.isSafeInteger(v) ? v : FAIL) : typeof v === 'string' ? readFlags(schema, v) : FAIL),
  defaultOf: () => 0,
});
