/**
 * One entry per schema kind: how to build an arbitrary of that kind's present values (never `undefined` or `null`;
 * the enclosing container decides where a value may be absent, by {@link absenceOf}). Adding a kind is one entry.
 */
import fc from 'fast-check';
import type { AnySchema, SchemaKind } from '../schema/types.js';
import type { ArbitraryContext } from './options.js';
import {
  bigintValue, bytesValue, dateValue, enumValue, flagsValue, guidValue, intValue, numberValue, timeSpanValue,
} from './scalar-arbitraries.js';
import { absenceOf } from './semantics.js';
import { lazyTarget } from '../schema/lazy-target.js';
import {
  charValue, dateTimeOffsetValue, dateTimeValue, decimalValue, floatValue, int64Value, integerValue,
} from './dotnet-arbitraries.js';

/** Builds the arbitrary of one kind's values. */
export type KindArbitrary<S extends AnySchema> = (schema: S, ctx: ArbitraryContext) => fc.Arbitrary<unknown>;

/** Sets an own, enumerable data property (so a `__proto__` key is data, as the decoder makes it). */
export function setData(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The arbitrary builders, by kind. */
export const KIND_ARBITRARIES: { readonly [K in SchemaKind]: KindArbitrary<Extract<AnySchema, { kind: K }>> } = {
  string: (_, ctx) => ctx.strings,
  number: () => numberValue,
  int: () => intValue,
  bigint: () => bigintValue,
  boolean: () => fc.boolean(),
  date: () => dateValue,
  timeSpan: () => timeSpanValue,
  guid: () => guidValue,
  bytes: (_, ctx) => bytesValue(ctx),
  enum: (schema) => enumValue(schema),
  flags: (schema) => flagsValue(schema),
  decimal: () => decimalValue,
  dateTimeOffset: () => dateTimeOffsetValue,
  dateTime: () => dateTimeValue,
  float: () => floatValue,
  char: () => charValue,
  byte: () => integerValue(0, 255),
  sbyte: () => integerValue(-128, 127),
  int16: () => integerValue(-32768, 32767),
  uint16: () => integerValue(0, 65535),
  uint32: () => integerValue(0, 4294967295),
  int64: () => int64Value(-(2n ** 63n), 2n ** 63n - 1n),
  uint64: () => int64Value(0n, 2n ** 64n - 1n),
  optional: (schema, ctx) => ctx.of(schema.inner, ctx.depth),
  // Always present (objects never leave it out: `absenceOf` says it may not be missing) and never written empty: every
  // present value of a kind writes a non-empty text (`""` for the empty string and the empty byte array).
  required: (schema, ctx) => ctx.of(schema.inner, ctx.depth),
  lazy: (schema, ctx) => ctx.of(lazyTarget(schema), ctx.depth),
  array: (schema, ctx) => {
    if (ctx.depth >= ctx.maxDepth) return fc.constant([]);
    const present = ctx.of(schema.item, ctx.depth + 1);
    const item = absenceOf(schema.item).nullItem ? fc.option(present, { nil: null, freq: 4 }) : present;
    // `[null]` is written `[]` (as ServiceStack writes it), which reads back as an empty list.
    return fc.array(item, { maxLength: ctx.maxItems }).map((a) => (a.length === 1 && a[0] === null ? [] : a));
  },
  dict: (schema, ctx) => {
    if (ctx.depth >= ctx.maxDepth) return fc.constant({});
    const entry = fc.tuple(ctx.strings, ctx.of(schema.value, ctx.depth + 1));
    return fc.uniqueArray(entry, { maxLength: ctx.maxItems, selector: (e) => e[0] }).map((entries) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of entries) setData(out, k, v);
      return out;
    });
  },
  object: (schema, ctx) => {
    const deep = ctx.depth >= ctx.maxDepth;
    const members = schema.members.map((m) => {
      const absent = absenceOf(m.schema).missingMember;
      if (absent && deep) return fc.constant(undefined);
      const present = ctx.of(m.schema, ctx.depth + 1);
      return absent ? fc.option(present, { nil: undefined, freq: 3 }) : present;
    });
    return fc.tuple(...members).map((values) => {
      const out: Record<string, unknown> = {};
      schema.members.forEach((m, i) => {
        if (values[i] !== undefined) setData(out, m.name, values[i]);
      });
      return out;
    });
  },
};
