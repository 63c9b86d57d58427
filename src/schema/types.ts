/**
 * The schema objects. A schema is plain data (a `kind` plus what that kind needs) so that the interpreter and the code
 * generator walk the same description; `Infer<typeof s>` gives the TypeScript type of the values it decodes.
 */
import type { StandardSchemaV1 } from './standard-schema.js';
import type { TimeSpan } from '../text/time-span-value.js';
import type { DateTimeOffset } from '../text/date-time-offset-value.js';
import type { DateTime } from '../text/date-time-value.js';
import type { Decimal } from '../text/decimal-value.js';

/** Options for `decode`, `safeDecode` and the compiled codecs' decoders. */
export interface DecodeOptions {
  /** Skip whitespace around `{ } [ ] : ,` (pretty-printed or hand-written text). Off by default: ServiceStack writes leading and trailing spaces of values unquoted. */
  readonly lenient?: boolean;
  /** The deepest nesting of `{` and `[` allowed (default 512); deeper text fails with `MAX_DEPTH`. */
  readonly maxDepth?: number;
  /** The longest text accepted, in UTF-16 code units (default unlimited); longer text fails with `MAX_LENGTH` before any work. */
  readonly maxLength?: number;
}

/** Options for `encode`. */
export interface EncodeOptions {
  /** Write member names in this case (`'camel'` follows ServiceStack's rule: `URLValue` → `urlValue`); default: as declared. */
  readonly keyCase?: 'camel' | 'pascal';
}

/** Every schema kind. */
export type SchemaKind =
  | 'string' | 'number' | 'int' | 'bigint' | 'boolean' | 'date' | 'timeSpan' | 'guid' | 'bytes'
  | 'enum' | 'flags' | 'array' | 'dict' | 'object' | 'optional' | 'required'
  | 'decimal' | 'dateTimeOffset' | 'dateTime' | 'char' | 'byte' | 'sbyte' | 'int16' | 'uint16' | 'uint32' | 'int64'
  | 'uint64' | 'float' | 'lazy';

/** What every schema has: its kind, a phantom of its value type, and the Standard Schema v1 interface. */
export interface BaseSchema<K extends SchemaKind, T> {
  readonly kind: K;
  /** Type-level only: the decoded value type. Never set at run time. */
  readonly __type?: T;
  /** Standard Schema v1: `validate` takes JSV text. */
  readonly '~standard': StandardSchemaV1.Props<string, T>;
}

/** `string()`: any text; a `{…}`/`[…]` block where a string is expected is kept as its raw text. */
export interface StringSchema extends BaseSchema<'string', string> {}
/** `number()`: a .NET double. */
export interface NumberSchema extends BaseSchema<'number', number> {}
/** `int()`: a .NET Int32. */
export interface IntSchema extends BaseSchema<'int', number> {}
/** `bigint()`: a .NET Int64 or UInt64, as `bigint`. */
export interface BigIntSchema extends BaseSchema<'bigint', bigint> {}
/** `boolean()`: written `True`/`False`. */
export interface BooleanSchema extends BaseSchema<'boolean', boolean> {}
/** `date()`: a .NET DateTime, as a `Date` (UTC). */
export interface DateSchema extends BaseSchema<'date', Date> {}
/** `timeSpan()`: a .NET TimeSpan, as a {@link TimeSpan} that keeps 100 ns ticks. */
export interface TimeSpanSchema extends BaseSchema<'timeSpan', TimeSpan> {}
/** `guid()`: a .NET Guid, as its lowercase dashed text. */
export interface GuidSchema extends BaseSchema<'guid', string> {}
/** `bytes()`: a .NET `byte[]`, base64 on the wire, `Uint8Array` in JS. */
export interface BytesSchema extends BaseSchema<'bytes', Uint8Array> {}

/** `enumOf([...])`: a plain .NET enum, written by name; `values[i]` has the number `i`. */
export interface EnumSchema<V extends string = string> extends BaseSchema<'enum', V> {
  readonly values: readonly V[];
  /** Declared wire names (`[EnumMember(Value = "…")]`) by value; values without one are written by their name. */
  readonly wireNames?: Readonly<Partial<Record<V, string>>>;
}
/** Options for `enumOf()`. */
export interface EnumOptions<V extends string = string> {
  /** Wire names (`[EnumMember(Value = "…")]`): the value is read and written as this text; the JS value stays its name. */
  readonly wireNames?: { readonly [K in V]?: string };
}
/** `flags({...})`: a `[Flags]` .NET enum, written as its number. */
export interface FlagsSchema<M extends Record<string, number> = Record<string, number>> extends BaseSchema<'flags', number> {
  readonly members: Readonly<M>;
}
/** `array(s)`: a .NET list or array. */
export interface ArraySchema<S extends AnySchema = AnySchema> extends BaseSchema<'array', Array<InferItem<S>>> {
  readonly item: S;
}
/** `dict(s)`: a .NET `Dictionary<string, T>`, as a plain object in text order. */
export interface DictSchema<S extends AnySchema = AnySchema> extends BaseSchema<'dict', Record<string, Infer<S>>> {
  readonly value: S;
}
/** `optional(s)`: the value may be absent (`undefined`), and an empty value means absent instead of an error. */
export interface OptionalSchema<S extends AnySchema = AnySchema> extends BaseSchema<'optional', Infer<S> | undefined> {
  readonly inner: S;
}
/** `required(s)`: the member must be present and not empty (ServiceStack's `isRequired`); missing fails with `MISSING_MEMBER`. */
export interface RequiredSchema<S extends AnySchema = AnySchema> extends BaseSchema<'required', Exclude<Infer<S>, undefined>> {
  readonly inner: S;
}

/** The members of an object schema, by their declared (JS) name. */
export type Shape = { readonly [name: string]: AnySchema };

/** One member of an object schema, as laid out on the wire. */
export interface MemberInfo {
  /** The declared name: the property of the decoded object, and the wire name unless `keyCase` says otherwise. */
  readonly name: string;
  readonly schema: AnySchema;
  /** A declared wire name (`[DataMember(Name = "…")]`): read (in any case) and written as given, whatever `keyCase` says. */
  readonly wireName?: string;
}

/** Options for `object()`. `S` is the shape: wire names may only be given for its members. */
export interface ObjectOptions<S extends Shape = Shape> {
  /** A name for messages (`expected SessionInfo`). */
  readonly name?: string;
  /**
   * Wire names (`[DataMember(Name = "…")]`) by member: the member is read (in any case) and written as this name,
   * whatever `keyCase` says; the JavaScript property keeps the declared name.
   */
  readonly wireNames?: { readonly [K in keyof S & string]?: string };
}

/** `object({...})`: a .NET class (POCO). */
export interface ObjectSchema<S extends Shape = Shape> extends BaseSchema<'object', InferShape<S>> {
  readonly shape: S;
  /** The members in wire order. */
  readonly members: readonly MemberInfo[];
  /** The name used in messages. */
  readonly name: string | undefined;
  /**
   * A schema for a class that inherits this one. As ServiceStack does (reflection order), the new (derived) members are
   * written first, then the base ones; pass `{ order: 'base-first' }` for the other order.
   */
  extend<E extends Shape>(members: E, options?: ObjectOptions<E> & { readonly order?: 'derived-first' | 'base-first' }): ObjectSchema<Merge<S, E>>;
}

/** `decimal()`: a .NET `System.Decimal`, as a {@link Decimal} that keeps every digit and the scale. */
export interface DecimalSchema extends BaseSchema<'decimal', Decimal> {}
/** `dateTimeOffset()`: a .NET `System.DateTimeOffset`, as a {@link DateTimeOffset} (100 ns ticks and the offset). */
export interface DateTimeOffsetSchema extends BaseSchema<'dateTimeOffset', DateTimeOffset> {}
/** `dateTime()`: a .NET `System.DateTime`, as a {@link DateTime} (100 ns ticks and the Kind). */
export interface DateTimeSchema extends BaseSchema<'dateTime', DateTime> {}
/** `char()`: a .NET `System.Char`, one UTF-16 code unit as a one-character string. */
export interface CharSchema extends BaseSchema<'char', string> {}
/** `byte()`: a .NET `System.Byte` (0..255). */
export interface ByteSchema extends BaseSchema<'byte', number> {}
/** `sbyte()`: a .NET `System.SByte` (-128..127). */
export interface SByteSchema extends BaseSchema<'sbyte', number> {}
/** `int16()`: a .NET `System.Int16` (-32768..32767). */
export interface Int16Schema extends BaseSchema<'int16', number> {}
/** `uint16()`: a .NET `System.UInt16` (0..65535). */
export interface UInt16Schema extends BaseSchema<'uint16', number> {}
/** `uint32()`: a .NET `System.UInt32` (0..4294967295). */
export interface UInt32Schema extends BaseSchema<'uint32', number> {}
/** `int64()`: a .NET `System.Int64`, as a `bigint` in its exact range. */
export interface Int64Schema extends BaseSchema<'int64', bigint> {}
/** `uint64()`: a .NET `System.UInt64`, as a `bigint` in its exact range. */
export interface UInt64Schema extends BaseSchema<'uint64', bigint> {}
/** `float()`: a .NET `System.Single`, as a number rounded to float32. */
export interface FloatSchema extends BaseSchema<'float', number> {}

/**
 * `lazy(() => s)`: a schema defined later, for recursive and mutually recursive DTOs; `s` must be an object, array or
 * dict schema. TypeScript needs the type of a recursive `const` spelled out: declare the value type as a type alias
 * and annotate the schema with {@link Schema}, e.g.
 * `type Node = { name?: string | undefined; children?: Node[] | undefined }` and
 * `const Node: Schema<Node> = object({ name: string(), children: array(lazy(() => Node)) })`.
 */
export interface LazySchema<S extends AnySchema = AnySchema> extends BaseSchema<'lazy', Infer<S>> {
  /** Returns the target schema; called on first use, never when the schema is built. */
  readonly getter: () => S;
}

/**
 * An object schema whose decoded values are `T`: the annotation of a recursive schema constant (see
 * {@link LazySchema}). Declare `T` as a `type` alias (an `interface` has no implicit index signature, so TypeScript
 * does not accept it as an object schema's value type).
 */
export type Schema<T> = Omit<ObjectSchema<any>, '__type' | '~standard'> & {
  readonly __type?: T;
  readonly '~standard': StandardSchemaV1.Props<string, T>;
};

/** Any schema. */
export type AnySchema =
  | StringSchema | NumberSchema | IntSchema | BigIntSchema | BooleanSchema | DateSchema | TimeSpanSchema | GuidSchema
  | BytesSchema | EnumSchema<string> | FlagsSchema | ArraySchema<any> | DictSchema<any> | ObjectSchema<any> | OptionalSchema<any> | RequiredSchema<any>
  | DecimalSchema | DateTimeOffsetSchema | DateTimeSchema | CharSchema | ByteSchema | SByteSchema | Int16Schema
  | UInt16Schema | UInt32Schema | Int64Schema | UInt64Schema | FloatSchema | LazySchema<any>;

/** The decoded value type of a schema. */
export type Infer<S> = S extends { readonly __type?: infer T } ? T : never;

/** Kinds whose empty list slot (`[a,,b]`) decodes to `null`, as in .NET. */
type NullableItemKind = 'string' | 'bytes' | 'optional';
/** The type of a list item: `null` is possible for strings, bytes and optional items (an empty slot). */
export type InferItem<S> = S extends { readonly kind: NullableItemKind } ? Exclude<Infer<S>, undefined> | null : Infer<S>;

/** Kinds that decode to a value even when the member is missing (.NET value-type defaults). */
type DefaultedKind = 'number' | 'int' | 'bigint' | 'boolean' | 'enum' | 'flags'
  | 'decimal' | 'char' | 'byte' | 'sbyte' | 'int16' | 'uint16' | 'uint32' | 'int64' | 'uint64' | 'float';
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly kind: DefaultedKind | 'required' } ? K : never }[keyof S];
type OptionalKeys<S extends Shape> = Exclude<keyof S, RequiredKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The decoded type of an object shape: value types always present, the rest possibly `undefined`. */
export type InferShape<S extends Shape> = Simplify<
  { -readonly [K in RequiredKeys<S>]: Infer<S[K]> } & { -readonly [K in OptionalKeys<S>]?: Infer<S[K]> | undefined }
>;
/**
 * What `encode` accepts for a schema: like {@link Infer}, but object members with a .NET default (value types) may be
 * omitted as well as optional ones (`encode` writes the default); only `required(...)` members must be given.
 * `decimal()` also takes decimal text, a `bigint` or a finite `number`. A `Schema<T>` (the annotation of a recursive
 * schema, whose shape is untyped) takes `T`, rather than any object.
 */
export type InferInput<S> =
  S extends { readonly kind: 'object'; readonly shape: infer Sh extends Shape } ? (0 extends 1 & Sh ? Infer<S> : InputShape<Sh>)
  : S extends { readonly kind: 'array'; readonly item: infer I } ? Array<InputItem<I>>
  : S extends { readonly kind: 'dict'; readonly value: infer V } ? Record<string, InferInput<V>>
  : S extends { readonly kind: 'optional'; readonly inner: infer I } ? InferInput<I> | undefined
  : S extends { readonly kind: 'required'; readonly inner: infer I } ? Exclude<InferInput<I>, undefined>
  : S extends { readonly kind: 'decimal' } ? Decimal | string | bigint | number
  : Infer<S>;
/** A list item as `encode` accepts it: `null` where an empty slot is allowed (strings, bytes, optional items). */
type InputItem<S> = S extends { readonly kind: NullableItemKind } ? Exclude<InferInput<S>, undefined> | null : InferInput<S>;
type InputRequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly kind: 'required' } ? K : never }[keyof S];
/** The input type of an object shape: `required` members present, every other member may be omitted. */
export type InputShape<S extends Shape> = Simplify<
  { -readonly [K in InputRequiredKeys<S>]: InferInput<S[K]> }
  & { -readonly [K in Exclude<keyof S, InputRequiredKeys<S>>]?: InferInput<S[K]> | undefined }
>;
/** The members of a base shape overridden and extended by a derived one. */
export type Merge<A extends Shape, B extends Shape> = Simplify<Omit<A, keyof B> & B>;
