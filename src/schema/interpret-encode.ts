/**
 * The interpreted encoder (the `jitless` path): walks the schema and writes what ServiceStack writes: members in
 * declared order, `undefined`/`null` members omitted, value-type defaults written, no whitespace. Each kind's rules
 * live in its module under `kinds/`; this module dispatches to them.
 */
import { JsvEncodeError, type PathSegment } from '../errors.js';
import { kindOf } from './kinds/index.js';
import { encodeFault as kindFault } from './kinds/shared.js';
import type { AnySchema, EncodeOptions } from './types.js';

/** Which written names an encoder uses. */
export type KeyCase = 'declared' | 'camel' | 'pascal';

/** The key case an options object asks for. */
export function keyCaseOf(options: EncodeOptions | undefined): KeyCase {
  const k = options?.keyCase;
  if (k === undefined) return 'declared';
  if (k === 'camel' || k === 'pascal') return k;
  throw new JsvEncodeError('INVALID_ARGUMENT', `keyCase must be 'camel' or 'pascal', received ${JSON.stringify(k)}`);
}

/** Fails: `v` does not fit `schema` at `path`. */
export function encodeFault(schema: AnySchema, v: unknown, path: readonly PathSegment[]): never {
  return kindFault(kindOf(schema), schema, v, path);
}

/**
 * Fails: a list whose only item is absent (`[null]`) has no JSV text. It would be written `[]` (as ServiceStack does)
 * and read back as an empty list, losing the item.
 */
export function soleEmptyItem(item: unknown, path: PathSegment[]): never {
  throw new JsvEncodeError('UNSUPPORTED_VALUE', `a list whose only item is ${item === null ? 'null' : 'undefined'} has no JSV text ([] reads back as an empty list)`, [...path, 0]);
}

/** Reads a member for writing: the value's own enumerable properties only, as `JSON.stringify` reads them. */
export function readMember(rec: Record<string, unknown>, name: string): unknown {
  return Object.prototype.propertyIsEnumerable.call(rec, name) ? rec[name] : undefined;
}

/** Writes `v` as `schema`; `''` for an absent value (the container omits it). `path` is only read on failure. */
export function encodeAt(schema: AnySchema, v: unknown, keyCase: KeyCase, path: PathSegment[]): string {
  const kind = kindOf(schema);
  if (v === undefined || v === null) return kind.mayBeAbsent ? '' : kindFault(kind, schema, v, path);
  return kind.encode(schema, v, keyCase, path);
}
