/**
 * The registry of schema kinds: one line per kind. Everything about a kind lives in its own module here; the
 * interpreter, the code generator, `fromJsonValue` and Standard Schema find it through {@link kindOf}.
 *
 * Adding a kind: write `kinds/<kind>.ts` (a scalar: `scalarKind({...})`; see kind.ts), add its schema type to
 * `AnySchema`/`SchemaKind` in types.ts and its builder, and add one line below. (Only this module imports the container
 * kinds — array, dict, object, optional — which import the dispatchers back: keep it that way so the import cycle
 * always enters here first.)
 */
import { JsvError } from '../../errors.js';
import type { AnySchema, SchemaKind } from '../types.js';
import { arrayKind } from './array.js';
import { bigintKind } from './bigint.js';
import { booleanKind } from './boolean.js';
import { bytesKind } from './bytes.js';
import { dateKind } from './date.js';
import { dictKind } from './dict.js';
import { enumKind } from './enum.js';
import { flagsKind } from './flags.js';
import { guidKind } from './guid.js';
import { intKind } from './int.js';
import type { Kind } from './kind.js';
import { numberKind } from './number.js';
import { objectKind } from './object.js';
import { optionalKind } from './optional.js';
import { stringKind } from './string.js';
import { timeSpanKind } from './time-span.js';
import { decimalKind } from './decimal.js';
import { dateTimeOffsetKind } from './date-time-offset.js';
import { dateTimeKind } from './date-time.js';
import { charKind } from './char.js';
import { byteKind } from './byte.js';
import { sbyteKind } from './sbyte.js';
import { int16Kind } from './int16.js';
import { uint16Kind } from './uint16.js';
import { uint32Kind } from './uint32.js';
import { int64Kind } from './int64.js';
import { uint64Kind } from './uint64.js';
import { floatKind } from './float.js';

type Registry = { readonly [K in SchemaKind]: Kind<Extract<AnySchema, { readonly kind: K }>> };

/** Every kind, by its `kind` name. */
const KINDS: Registry = {
  string: stringKind,
  number: numberKind,
  int: intKind,
  bigint: bigintKind,
  boolean: booleanKind,
  date: dateKind,
  timeSpan: timeSpanKind,
  guid: guidKind,
  bytes: bytesKind,
  enum: enumKind,
  flags: flagsKind,
  array: arrayKind,
  dict: dictKind,
  object: objectKind,
  optional: optionalKind,
  decimal: decimalKind,
  dateTimeOffset: dateTimeOffsetKind,
  dateTime: dateTimeKind,
  char: charKind,
  byte: byteKind,
  sbyte: sbyteKind,
  int16: int16Kind,
  uint16: uint16Kind,
  uint32: uint32Kind,
  int64: int64Kind,
  uint64: uint64Kind,
  float: floatKind,
};

/**
 * The kind module of a schema; `INVALID_SCHEMA` for an object that is not a jsv-codec schema. Called for every value
 * the interpreter reads or writes, so it is one keyed load; the `kind.kind === k` test rejects names inherited from
 * `Object.prototype` (`toString`, …) without a `hasOwnProperty` call.
 */
export function kindOf<S extends AnySchema>(schema: S): Kind<S> {
  const k = schema.kind;
  const kind = (KINDS as Record<string, Kind | undefined>)[k];
  if (kind !== undefined && kind.kind === k) return kind as unknown as Kind<S>;
  throw new JsvError('INVALID_SCHEMA', `not a jsv-codec schema kind: ${JSON.stringify(k)}`);
}

/** Whether a schema is read from one scalar token (its kind was built with `scalarKind`). */
export function isScalar(schema: AnySchema): boolean {
  return 'scalar' in kindOf(schema);
}
