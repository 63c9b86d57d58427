/**
 * The registry of schema kinds: one line per kind. Everything about a kind lives in its own module here; the
 * interpreter, the code generator, `fromJsonValue` and Standard Schema find it through {@link kindOf}.
 *
 * Adding a kind: write `kinds/<kind>.ts` (a scalar: `scalarKind({...})`; see kind.ts), add its schema type to
 * `AnySchema`/`SchemaKind` in types.ts and its builder, and add one line below. (Only this module imports the container
 * kinds — array, dict, object, optional, required, lazy — which import the dispatchers back: keep it that way so the import cycle
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
import { lazyKind } from './lazy.js';
import type { Kind } from './kind.js';
import { numberKind } from './number.js';
import { objectKind } from './object.js';
import { optionalKind } from './optional.js';
import { requiredKind } from './required.js';
import { stringKind } from './string.js';
import { timeSpanKind } from './time-span.js';

/**
 * The .NET scalar kinds that join the registry when their builder first runs ({@link registerKind}), so that a bundle
 * that never calls `decimal()` or `dateTime()` does not carry their readers and writers (`npm run size`).
 */
export type RegisteredOnUseKind =
  | 'decimal' | 'dateTimeOffset' | 'dateTime' | 'char' | 'byte' | 'sbyte' | 'int16' | 'uint16' | 'uint32' | 'int64'
  | 'uint64' | 'float';

type Registry = { readonly [K in Exclude<SchemaKind, RegisteredOnUseKind>]: Kind<Extract<AnySchema, { readonly kind: K }>> };

/** The kinds every schema layer bundle has, by `kind` name. */
const CORE: Registry = {
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
  required: requiredKind,
  lazy: lazyKind,
};

/**
 * The kind module of a schema; `INVALID_SCHEMA` for an object that is not a jsv-codec schema. Called for every value
 * the interpreter reads or writes, so it is one keyed load; the `kind.kind === k` test rejects names inherited from
 * `Object.prototype` (`toString`, …) without a `hasOwnProperty` call.
 */
/** Every kind known so far: the core ones, plus each {@link RegisteredOnUseKind} whose builder has run. */
const KINDS = CORE as unknown as Record<string, Kind | undefined>; // (a spread copy would be kept by bundlers)

/** Adds a kind module to the registry; its builder calls this (one line per kind), before making a schema of it. */
export function registerKind<K extends RegisteredOnUseKind>(kind: Kind<Extract<AnySchema, { readonly kind: K }>>): void {
  KINDS[kind.kind] = kind as unknown as Kind;
}

export function kindOf<S extends AnySchema>(schema: S): Kind<S> {
  const k = schema.kind;
  const kind = KINDS[k];
  if (kind !== undefined && kind.kind === k) return kind as unknown as Kind<S>;
  throw new JsvError('INVALID_SCHEMA', `not a jsv-codec schema kind: ${JSON.stringify(k)}`);
}

/** Whether a schema is read from one scalar token (its kind was built with `scalarKind`). */
export function isScalar(schema: AnySchema): boolean {
  return 'scalar' in kindOf(schema);
}
