/**
 * Reading and writing the scalar kinds from and to their text, shared by the interpreter, the generated code and the
 * JSON mapping. Readers return {@link FAIL} for text that does not fit; writers return `undefined` for values that do
 * not fit. Both leave the error (with path and position) to the caller.
 */
import type { JsvErrorCode } from '../errors.js';
import { decodeBase64, encodeBase64 } from '../text/base64.js';
import { parseBoolean } from '../text/dotnet-boolean.js';
import { formatDate, parseDate } from '../text/dotnet-date.js';
import { formatDouble, parseDouble, parseInt32, parseInt64 } from '../text/dotnet-number.js';
import { formatGuid, parseGuid } from '../text/guid.js';
import { quoteString } from '../text/quote.js';
import { TimeSpan } from '../text/time-span-value.js';
import { enumTableOf, flagsTableOf } from './layout.js';
import type { AnySchema, EnumSchema, FlagsSchema } from './types.js';

/** Returned by a reader when the text does not fit. */
export const FAIL: unique symbol = Symbol('jsv-codec.fail');

/** The kinds read from one scalar token. */
export type ScalarKind = 'string' | 'number' | 'int' | 'bigint' | 'boolean' | 'date' | 'timeSpan' | 'guid' | 'bytes' | 'enum' | 'flags';

/** Whether a schema is read from one scalar token. */
export function isScalar(schema: AnySchema): boolean {
  const k = schema.kind;
  return k !== 'array' && k !== 'dict' && k !== 'object' && k !== 'optional';
}

const INT64_MIN = -9_223_372_036_854_775_808n; // -(2n ** 63n), as a literal so bundlers see no side effect
const UINT64_MAX = 18_446_744_073_709_551_615n; // 2n ** 64n - 1n

/**
 * Reads an enum member from its name or the number of a defined member. Names match exactly first, then in any case
 * (the first declared of names that differ only by case), surrounding spaces allowed; the generated decoder compares
 * exact names first too and then calls this, so both modes follow one rule.
 */
export function readEnum(schema: EnumSchema, text: string): string | typeof FAIL {
  const t = enumTableOf(schema);
  if (t.names.has(text)) return text;
  const trimmed = text.trim();
  if (t.names.has(trimmed)) return trimmed;
  const hit = t.byLower.get(text.toLowerCase()) ?? t.byLower.get(trimmed.toLowerCase());
  if (hit !== undefined) return hit;
  const n = parseInt32(text);
  if (n !== undefined && n >= 0 && n < schema.values.length) return schema.values[n]!;
  return FAIL;
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

/** Reads a scalar kind from its (unquoted) text; {@link FAIL} when it does not fit. */
export function readScalar(schema: AnySchema, text: string): unknown {
  switch (schema.kind) {
    case 'string':
      return text;
    case 'number':
      return parseDouble(text) ?? FAIL;
    case 'int':
      return parseInt32(text) ?? FAIL;
    case 'bigint':
      return parseInt64(text) ?? FAIL;
    case 'boolean':
      return parseBoolean(text) ?? FAIL;
    case 'date': {
      const ms = parseDate(text);
      return ms === undefined ? FAIL : new Date(ms);
    }
    case 'timeSpan':
      return TimeSpan.parse(text) ?? FAIL;
    case 'guid':
      return parseGuid(text) ?? FAIL;
    case 'bytes':
      return decodeBase64(text) ?? FAIL;
    case 'enum':
      return readEnum(schema, text);
    case 'flags':
      return readFlags(schema, text);
    default:
      return FAIL;
  }
}

/** The error code for a scalar kind that did not fit. */
export function codeOf(schema: AnySchema): JsvErrorCode {
  switch (schema.kind) {
    case 'number':
    case 'int':
    case 'bigint':
      return 'INVALID_NUMBER';
    case 'boolean':
      return 'INVALID_BOOLEAN';
    case 'date':
      return 'INVALID_DATE';
    case 'timeSpan':
      return 'INVALID_TIMESPAN';
    case 'guid':
      return 'INVALID_GUID';
    case 'bytes':
      return 'INVALID_BYTES';
    case 'enum':
    case 'flags':
      return 'INVALID_ENUM';
    case 'array':
      return 'EXPECTED_ARRAY';
    case 'object':
    case 'dict':
      return 'EXPECTED_OBJECT';
    case 'string':
      return 'EXPECTED_STRING';
    default:
      return 'EXPECTED_VALUE';
  }
}

/** Describes what a schema expects, for messages. */
export function describeSchema(schema: AnySchema): string {
  switch (schema.kind) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'int':
      return 'a 32-bit integer';
    case 'bigint':
      return 'a 64-bit integer';
    case 'boolean':
      return 'True or False';
    case 'date':
      return 'a date';
    case 'timeSpan':
      return 'a time span (e.g. PT1H30M)';
    case 'guid':
      return 'a GUID';
    case 'bytes':
      return 'base64 bytes';
    case 'enum':
      return enumTableOf(schema).expected;
    case 'flags':
      return flagsTableOf(schema).expected;
    case 'array':
      return 'a list [...]';
    case 'dict':
      return 'a dictionary {...}';
    case 'object':
      return schema.name ? `an object {...} (${schema.name})` : 'an object {...}';
    case 'optional':
      return `${describeSchema(schema.inner)} or nothing`;
  }
}

/** Writes a scalar value as JSV text (quoted when needed); `undefined` when the value does not fit the kind. */
export function writeScalar(schema: AnySchema, v: unknown): string | undefined {
  switch (schema.kind) {
    case 'string':
      return typeof v === 'string' ? quoteString(v) : undefined;
    case 'number':
      return typeof v === 'number' ? formatDouble(v) : undefined;
    case 'int':
      return typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 ? String(v === 0 ? 0 : v) : undefined;
    case 'bigint': {
      const b = typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined;
      return b !== undefined && b >= INT64_MIN && b <= UINT64_MAX ? b.toString() : undefined;
    }
    case 'boolean':
      return v === true ? 'True' : v === false ? 'False' : undefined;
    case 'date':
      return v instanceof Date ? formatDate(v.getTime()) : undefined;
    case 'timeSpan':
      if (v instanceof TimeSpan) return v.toString();
      if (typeof v === 'string') return TimeSpan.parse(v)?.toString();
      return undefined;
    case 'guid':
      return typeof v === 'string' ? formatGuid(v) : undefined;
    case 'bytes':
      if (!(v instanceof Uint8Array)) return undefined;
      return v.length === 0 ? '""' : encodeBase64(v);
    case 'enum':
      return typeof v === 'string' && enumTableOf(schema).names.has(v) ? quoteString(v) : undefined;
    case 'flags':
      return typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : undefined;
    default:
      return undefined;
  }
}
