/**
 * The schema builders: `string()`, `int()`, `enumOf([...])`, `object({...})`, … Each returns a frozen plain-data
 * schema that also implements Standard Schema v1 (its `validate` decodes JSV text).
 */
import { JsvError } from '../errors.js';
import type { StandardSchemaV1 } from './standard-schema.js';
import { standardValidate } from './standard-validate.js';
import { registerKind } from './kinds/index.js';
import { checkWireClashes, checkWireNames } from './wire-names.js';
import { decimalKind } from './kinds/decimal.js';
import { dateTimeOffsetKind } from './kinds/date-time-offset.js';
import { dateTimeKind } from './kinds/date-time.js';
import { charKind } from './kinds/char.js';
import { byteKind } from './kinds/byte.js';
import { sbyteKind } from './kinds/sbyte.js';
import { int16Kind } from './kinds/int16.js';
import { uint16Kind } from './kinds/uint16.js';
import { uint32Kind } from './kinds/uint32.js';
import { int64Kind } from './kinds/int64.js';
import { uint64Kind } from './kinds/uint64.js';
import { floatKind } from './kinds/float.js';
import type {
  AnySchema, ArraySchema, BigIntSchema, BooleanSchema, BytesSchema, DateSchema, DictSchema, EnumSchema, FlagsSchema,
  EnumOptions, GuidSchema, IntSchema, LazySchema, MemberInfo, Merge, NumberSchema, ObjectOptions, ObjectSchema, OptionalSchema,
  RequiredSchema, SchemaKind,
  Shape, StringSchema, TimeSpanSchema,
} from './types.js';
import type {
  ByteSchema, CharSchema, DateTimeOffsetSchema, DateTimeSchema, DecimalSchema, FloatSchema, Int16Schema, Int64Schema,
  SByteSchema, UInt16Schema, UInt32Schema, UInt64Schema,
} from './types.js';

function standard<T>(schema: object): StandardSchemaV1.Props<string, T> {
  return { version: 1, vendor: 'jsv-codec', validate: (input: unknown) => standardValidate(schema as AnySchema, input) as StandardSchemaV1.Result<T> };
}

function make<S extends { kind: SchemaKind }>(fields: Omit<S, '~standard' | '__type'>): S {
  const schema = { ...fields } as S & { '~standard': unknown };
  schema['~standard'] = standard(schema);
  return Object.freeze(schema);
}

function assertSchema(s: unknown, where: string): asserts s is AnySchema {
  if (s === null || typeof s !== 'object' || typeof (s as { kind?: unknown }).kind !== 'string') {
    throw new JsvError('INVALID_SCHEMA', `${where} must be a jsv-codec schema`);
  }
}

/** A string member: any text (a `{…}`/`[…]` block where a string is expected is kept as its raw text). */
/* @__NO_SIDE_EFFECTS__ */
export function string(): StringSchema {
  return make<StringSchema>({ kind: 'string' });
}
/** A .NET `double`: exponents, `NaN`, `Infinity` and thousands separators are read; written the way .NET writes doubles. */
/* @__NO_SIDE_EFFECTS__ */
export function number(): NumberSchema {
  return make<NumberSchema>({ kind: 'number' });
}
/** A .NET `int` (32-bit): fractions and out-of-range values fail with `INVALID_NUMBER`. */
/* @__NO_SIDE_EFFECTS__ */
export function int(): IntSchema {
  return make<IntSchema>({ kind: 'int' });
}
/** A .NET `long`/`ulong` as a `bigint` (the Int64 and UInt64 ranges), all 64 bits kept. */
/* @__NO_SIDE_EFFECTS__ */
export function bigint(): BigIntSchema {
  return make<BigIntSchema>({ kind: 'bigint' });
}
/** A .NET `bool`: written `True`/`False`; `True`/`False` in any case, `1` and `0` are read. */
/* @__NO_SIDE_EFFECTS__ */
export function boolean(): BooleanSchema {
  return make<BooleanSchema>({ kind: 'boolean' });
}
/** A .NET `DateTime` as a `Date` (UTC). Text without an offset is taken as UTC. */
/* @__NO_SIDE_EFFECTS__ */
export function date(): DateSchema {
  return make<DateSchema>({ kind: 'date' });
}
/** A .NET `TimeSpan` as a `TimeSpan` (exact 100 ns ticks); XSD durations both ways, .NET `c` form read too. */
/* @__NO_SIDE_EFFECTS__ */
export function timeSpan(): TimeSpanSchema {
  return make<TimeSpanSchema>({ kind: 'timeSpan' });
}
/** A .NET `Guid` as its lowercase dashed text; N/D/B/P forms read, the 32-digit N form written. */
/* @__NO_SIDE_EFFECTS__ */
export function guid(): GuidSchema {
  return make<GuidSchema>({ kind: 'guid' });
}
/** A .NET `byte[]` as a `Uint8Array`; base64 on the wire. */
/* @__NO_SIDE_EFFECTS__ */
export function bytes(): BytesSchema {
  return make<BytesSchema>({ kind: 'bytes' });
}

const RESERVED = new Set(['kind', 'values', '__type', '~standard', 'members']);

/**
 * A plain .NET enum, written by name; names are read in any case and so are the numbers of defined members
 * (`values[i]` is `i`). The schema is also a frozen map of its names: `State.Active === 'Active'`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function enumOf<const V extends readonly string[]>(values: V, options?: EnumOptions<V[number]>): EnumSchema<V[number]> & { readonly [K in V[number]]: K } {
  if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) {
    throw new JsvError('INVALID_SCHEMA', 'enumOf() takes a non-empty list of non-empty names');
  }
  const wire = checkWireNames('enumOf()', values, options?.wireNames);
  checkWireClashes('enumOf()', values, wire);
  const fields: Record<string, unknown> = { kind: 'enum', values: Object.freeze([...values]) };
  if (wire !== undefined) fields['wireNames'] = Object.freeze(Object.fromEntries(wire));
  for (const v of values) {
    if (RESERVED.has(v)) throw new JsvError('INVALID_SCHEMA', `enumOf(): the name ${JSON.stringify(v)} is reserved`);
    fields[v] = v;
  }
  return make(fields as never);
}

/** A `[Flags]` .NET enum: written as its number; read as a number or comma-separated names in any case (`Read, Write`). */
/* @__NO_SIDE_EFFECTS__ */
export function flags<const M extends Record<string, number>>(members: M): FlagsSchema<M> {
  for (const [k, v] of Object.entries(members)) {
    if (!Number.isSafeInteger(v)) throw new JsvError('INVALID_SCHEMA', `flags(): ${k} must be an integer`);
  }
  return make<FlagsSchema<M>>({ kind: 'flags', members: Object.freeze({ ...members }) });
}

/** A list or array of `item`. */
/* @__NO_SIDE_EFFECTS__ */
export function array<S extends AnySchema>(item: S): ArraySchema<S> {
  assertSchema(item, 'array(item)');
  return make<ArraySchema<S>>({ kind: 'array', item });
}

/** A `Dictionary<string, T>`: decodes to a plain object in text order; `null` values are omitted when writing. */
/* @__NO_SIDE_EFFECTS__ */
export function dict<S extends AnySchema>(value: S): DictSchema<S> {
  assertSchema(value, 'dict(value)');
  return make<DictSchema<S>>({ kind: 'dict', value });
}

/** The value may be absent: a missing member or empty value decodes to `undefined` (`null` in a list) instead of a default or an error. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<S extends AnySchema>(inner: S): OptionalSchema<S> {
  assertSchema(inner, 'optional(inner)');
  return make<OptionalSchema<S>>({ kind: 'optional', inner });
}

/**
 * The member must be present and not empty (ServiceStack's `isRequired`): a missing member or empty value fails with
 * `MISSING_MEMBER`, `Infer` gives a non-optional property, and `encode` refuses `undefined`/`null` for it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function required<S extends AnySchema>(inner: S): RequiredSchema<S> {
  assertSchema(inner, 'required(inner)');
  return make<RequiredSchema<S>>({ kind: 'required', inner });
}

/**
 * A schema defined later, for recursive and mutually recursive DTOs: `getter` runs on first use and must return an
 * object, array or dict schema. Annotate the recursive constant (see `Schema<T>`):
 * `const Node: Schema<Node> = object({ name: string(), children: array(lazy(() => Node)) })`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazy<S extends AnySchema>(getter: () => S): LazySchema<S> {
  if (typeof getter !== 'function') throw new JsvError('INVALID_SCHEMA', 'lazy(getter) takes a function returning a schema');
  return make<LazySchema<S>>({ kind: 'lazy', getter });
}

/**
 * A .NET class: `members` in wire order (declared order). Member names are matched case-insensitively when reading;
 * `encode(…, { keyCase })` picks the written case.
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Shape>(shape: S, options?: ObjectOptions<S>): ObjectSchema<S> {
  return buildObject(shape, membersOf('object()', shape, options?.wireNames), options?.name);
}

/** The members of a shape, with their declared wire names (checked). */
function membersOf(where: string, shape: Shape, wireNames: unknown): MemberInfo[] {
  const names = Object.keys(shape);
  const wire = checkWireNames(where, names, wireNames);
  const members: MemberInfo[] = [];
  for (const name of names) {
    const s = shape[name];
    assertSchema(s, `${where}: member ${JSON.stringify(name)}`);
    const w = wire?.get(name);
    members.push(Object.freeze(w === undefined ? { name, schema: s } : { name, schema: s, wireName: w }));
  }
  return members;
}

function buildObject<S extends Shape>(shape: S, members: MemberInfo[], name: string | undefined): ObjectSchema<S> {
  const seen = new Set<string>();
  for (const m of members) {
    const lower = m.name.toLowerCase();
    if (seen.has(lower)) throw new JsvError('INVALID_SCHEMA', `object(): two members named ${JSON.stringify(m.name)} (names are case-insensitive)`);
    seen.add(lower);
  }
  const wire = new Map(members.filter((m) => m.wireName !== undefined).map((m) => [m.name, m.wireName!]));
  checkWireClashes('object()', members.map((m) => m.name), wire.size === 0 ? undefined : wire);
  const schema: ObjectSchema<S> = make<ObjectSchema<S>>({
    kind: 'object',
    shape: Object.freeze({ ...shape }),
    members: Object.freeze(members),
    name,
    extend<E extends Shape>(more: E, options?: ObjectOptions<E> & { readonly order?: 'derived-first' | 'base-first' }): ObjectSchema<Merge<S, E>> {
      const added = membersOf('extend()', more, options?.wireNames);
      const overridden = new Set(added.map((m) => m.name.toLowerCase()));
      const base = members.filter((m) => !overridden.has(m.name.toLowerCase()));
      const order = options?.order ?? 'derived-first';
      const all = order === 'derived-first' ? [...added, ...base] : [...base, ...added];
      const merged = Object.fromEntries(all.map((m) => [m.name, m.schema])) as unknown as Merge<S, E>;
      return buildObject(merged, all, options?.name);
    },
  } as never);
  return schema;
}

/** A .NET `Decimal` as a `Decimal` (every digit and the scale kept); `encode` also takes decimal text, a `bigint`, a finite `number`. */
/* @__NO_SIDE_EFFECTS__ */
export function decimal(): DecimalSchema {
  registerKind(decimalKind);
  return make<DecimalSchema>({ kind: 'decimal' });
}
/** A .NET `DateTimeOffset` as a `DateTimeOffset` (ticks and offset), written `2020-01-02T03:04:05.6780000+02:00`. */
/* @__NO_SIDE_EFFECTS__ */
export function dateTimeOffset(): DateTimeOffsetSchema {
  registerKind(dateTimeOffsetKind);
  return make<DateTimeOffsetSchema>({ kind: 'dateTimeOffset' });
}
/** A .NET `DateTime` as a `DateTime` (ticks and Kind), so ServiceStack's text round-trips byte for byte. */
/* @__NO_SIDE_EFFECTS__ */
export function dateTime(): DateTimeSchema {
  registerKind(dateTimeKind);
  return make<DateTimeSchema>({ kind: 'dateTime' });
}
/** A .NET `char`: one UTF-16 code unit as a one-character string. */
/* @__NO_SIDE_EFFECTS__ */
export function char(): CharSchema {
  registerKind(charKind);
  return make<CharSchema>({ kind: 'char' });
}
/** A .NET `byte` (0..255) as a number. */
/* @__NO_SIDE_EFFECTS__ */
export function byte(): ByteSchema {
  registerKind(byteKind);
  return make<ByteSchema>({ kind: 'byte' });
}
/** A .NET `sbyte` (-128..127) as a number. */
/* @__NO_SIDE_EFFECTS__ */
export function sbyte(): SByteSchema {
  registerKind(sbyteKind);
  return make<SByteSchema>({ kind: 'sbyte' });
}
/** A .NET `short` (Int16, -32768..32767) as a number. */
/* @__NO_SIDE_EFFECTS__ */
export function int16(): Int16Schema {
  registerKind(int16Kind);
  return make<Int16Schema>({ kind: 'int16' });
}
/** A .NET `ushort` (UInt16, 0..65535) as a number. */
/* @__NO_SIDE_EFFECTS__ */
export function uint16(): UInt16Schema {
  registerKind(uint16Kind);
  return make<UInt16Schema>({ kind: 'uint16' });
}
/** A .NET `uint` (UInt32, 0..4294967295) as a number. */
/* @__NO_SIDE_EFFECTS__ */
export function uint32(): UInt32Schema {
  registerKind(uint32Kind);
  return make<UInt32Schema>({ kind: 'uint32' });
}
/** A .NET `long` (Int64) as a `bigint` in its exact range. */
/* @__NO_SIDE_EFFECTS__ */
export function int64(): Int64Schema {
  registerKind(int64Kind);
  return make<Int64Schema>({ kind: 'int64' });
}
/** A .NET `ulong` (UInt64) as a `bigint` in its exact range. */
/* @__NO_SIDE_EFFECTS__ */
export function uint64(): UInt64Schema {
  registerKind(uint64Kind);
  return make<UInt64Schema>({ kind: 'uint64' });
}
/** A .NET `float` (Single): numbers rounded to float32, written with the shortest float32 digits. */
/* @__NO_SIDE_EFFECTS__ */
export function float(): FloatSchema {
  registerKind(floatKind);
  return make<FloatSchema>({ kind: 'float' });
}
