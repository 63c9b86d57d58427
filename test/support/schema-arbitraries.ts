/**
 * Arbitrary schemas for the schema layer's property tests: nested objects, arrays, dictionaries, optional and required
 * members, declared wire names (object members and enum values), lazy targets and recursive DTOs, over every scalar
 * builder (the .NET value kinds included). Their values come from the library's own generator,
 * `jsv-codec/fast-check`'s `arbitrary(schema)` (one generator of values for the package, its tests and `npm run fuzz`).
 */
import fc from 'fast-check';
import {
  array, bigint, boolean, byte, bytes, char, date, dateTime, dateTimeOffset, decimal, dict, enumOf, flags, float, guid,
  int, int16, int64, lazy, number, object, optional, required, sbyte, string, timeSpan, uint16, uint32, uint64,
  type AnySchema,
} from '../../src/index.js';
import { GetActiveSessionsResponse, type GetActiveSessionsResponse as Response } from '../../src/evovoice/dto.js';
import { arbitrary, edgeString } from '../../src/fast-check/index.js';

/** A schema and a short description of it, for counterexamples. */
export interface SchemaCase {
  readonly schema: AnySchema;
  readonly label: string;
}

/** An identifier usable as a .NET member or enum name. */
const identifier = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,7}$/);
/** Names that `enumOf` reserves (they are properties of the schema). */
const RESERVED = new Set(['kind', 'values', 'members']);

/** Distinct identifiers, distinct also when lower-cased (member names and enum names are case-insensitive). */
function names(min: number, max: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(identifier.filter((n) => !RESERVED.has(n)), { minLength: min, maxLength: max, selector: (n) => n.toLowerCase() });
}

/**
 * A declared wire name (`[DataMember(Name = …)]`, `[EnumMember(Value = …)]`): a .NET-style name, a kebab or snake
 * name, or any non-empty string (JSV special characters, spaces at the ends, `__proto__`, …).
 */
const wireName: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,5}([-_][a-z0-9]{1,4})?$/) },
  { weight: 2, arbitrary: edgeString({ maxLength: 6 }).filter((w) => w !== '') },
);

/**
 * Wire names for some of `ns` (about half), such that no two wire spellings (`wire ?? name`) are equal in any case, as
 * the builders require. Undefined entries have no wire name.
 */
function wireNamesFor(ns: readonly string[]): fc.Arbitrary<(string | undefined)[]> {
  return fc
    .array(fc.option(wireName, { nil: undefined, freq: 2 }), { minLength: ns.length, maxLength: ns.length })
    .filter((ws) => new Set(ns.map((n, i) => (ws[i] ?? n).toLowerCase())).size === ns.length);
}

/** `{ name: wire }` of the names that have a wire name. */
function wireOptions(ns: readonly string[], ws: readonly (string | undefined)[]): Record<string, string> {
  return Object.fromEntries(ns.flatMap((n, i) => (ws[i] === undefined ? [] : [[n, ws[i]!]])));
}

const wireLabel = (w: Record<string, string>): string => (Object.keys(w).length === 0 ? '' : `, { wireNames: ${JSON.stringify(w)} }`);

const scalar = (schema: AnySchema, label: string) => fc.constant<SchemaCase>({ schema, label });

/** Every scalar builder. */
export const scalarCase: fc.Arbitrary<SchemaCase> = fc.oneof(
  scalar(string(), 'string'), scalar(number(), 'number'), scalar(int(), 'int'), scalar(bigint(), 'bigint'),
  scalar(boolean(), 'boolean'), scalar(date(), 'date'), scalar(timeSpan(), 'timeSpan'), scalar(guid(), 'guid'),
  scalar(bytes(), 'bytes'),
  fc.oneof(
    scalar(decimal(), 'decimal'), scalar(dateTimeOffset(), 'dateTimeOffset'), scalar(dateTime(), 'dateTime'),
    scalar(char(), 'char'), scalar(float(), 'float'), scalar(byte(), 'byte'), scalar(sbyte(), 'sbyte'),
    scalar(int16(), 'int16'), scalar(uint16(), 'uint16'), scalar(uint32(), 'uint32'), scalar(int64(), 'int64'),
    scalar(uint64(), 'uint64'),
  ),
  names(1, 5).chain((ns) => wireNamesFor(ns).map((ws): SchemaCase => {
    const w = wireOptions(ns, ws);
    return { schema: enumOf(ns, { wireNames: w }), label: `enumOf(${ns.join('|')}${wireLabel(w)})` };
  })),
  fc.tuple(names(1, 4), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 })).map(([ns, bits]): SchemaCase => {
    const members = Object.fromEntries(ns.map((n, i) => [n, 1 << bits[i]!]));
    return { schema: flags(members), label: `flags(${ns.join('|')})` };
  }),
);

/** An object schema of `cases` as members named `ns`, some with wire names. */
function objectCase(ns: readonly string[], cases: readonly SchemaCase[], ws: readonly (string | undefined)[]): SchemaCase {
  const w = wireOptions(ns, ws);
  return {
    schema: object(Object.fromEntries(ns.map((n, i) => [n, cases[i]!.schema])), { wireNames: w }),
    label: `object({${ns.map((n, i) => `${n}: ${cases[i]!.label}`).join(', ')}}${wireLabel(w)})`,
  };
}

/**
 * A recursive DTO: an object of `inner` members plus one member referring back to the object through `lazy` (a
 * tree's list of children, a linked list's `next`, or a dictionary of them).
 */
function recursiveCase(inner: fc.Arbitrary<SchemaCase>): fc.Arbitrary<SchemaCase> {
  return fc.tuple(names(1, 4), fc.constantFrom('array', 'next', 'dict', 'required-array') , fc.integer({ min: 0, max: 3 })).chain(([ns, shape, at]) =>
    fc.array(inner, { minLength: ns.length - 1, maxLength: ns.length - 1 }).chain((cs) => wireNamesFor(ns).map((ws) => {
      const self = ns[Math.min(at, ns.length - 1)]!;
      const others = ns.filter((n) => n !== self);
      let node: AnySchema;
      const back = lazy(() => node);
      const ref = shape === 'array' ? array(back) : shape === 'dict' ? dict(back) : shape === 'required-array' ? required(array(back)) : back;
      const refLabel = shape === 'array' ? 'array(lazy(self))' : shape === 'dict' ? 'dict(lazy(self))' : shape === 'required-array' ? 'required(array(lazy(self)))' : 'lazy(self)';
      const members: SchemaCase[] = ns.map((n) => (n === self ? { schema: ref, label: refLabel } : cs[others.indexOf(n)]!));
      const c = objectCase(ns, members, ws);
      node = c.schema;
      return { schema: node, label: `self = ${c.label}` };
    })),
  );
}

/** An arbitrary schema of nesting depth up to `depth`. */
export function schemaCase(depth: number): fc.Arbitrary<SchemaCase> {
  if (depth <= 0) return scalarCase;
  const inner = schemaCase(depth - 1);
  const objects = names(0, 5).chain((ns) =>
    fc.tuple(fc.array(inner, { minLength: ns.length, maxLength: ns.length }), wireNamesFor(ns)).map(([cs, ws]) => objectCase(ns, cs, ws)),
  );
  // A lazy target must be an object, array or dict schema.
  const lazyTargets = fc.oneof(objects, inner.map((c) => ({ schema: array(c.schema), label: `array(${c.label})` })));
  return fc.oneof(
    { weight: 3, arbitrary: scalarCase },
    { weight: 2, arbitrary: inner.map((c) => ({ schema: array(c.schema), label: `array(${c.label})` })) },
    { weight: 1, arbitrary: inner.map((c) => ({ schema: dict(c.schema), label: `dict(${c.label})` })) },
    { weight: 1, arbitrary: inner.map((c) => ({ schema: optional(c.schema), label: `optional(${c.label})` })) },
    { weight: 1, arbitrary: inner.map((c) => ({ schema: required(c.schema), label: `required(${c.label})` })) },
    { weight: 1, arbitrary: lazyTargets.map((c) => ({ schema: lazy(() => c.schema), label: `lazy(${c.label})` })) },
    { weight: 1, arbitrary: recursiveCase(inner) },
    { weight: 3, arbitrary: objects },
  );
}

/** An arbitrary schema and one arbitrary value of it (from `arbitrary(schema)`). */
export const schemaAndValue: fc.Arbitrary<{ schema: AnySchema; value: unknown; label: string }> = schemaCase(3).chain((c) =>
  arbitrary(c.schema).map((value) => ({ schema: c.schema, value, label: c.label })),
);

/** An arbitrary `GetActiveSessionsResponse` (sometimes with the `sessions` list left out). */
export const activeSessionsResponse: fc.Arbitrary<Response> = arbitrary(GetActiveSessionsResponse);
