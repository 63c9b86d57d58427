/**
 * Arbitrary schemas for the schema layer's property tests: nested objects, arrays, dictionaries and optional members
 * over every scalar builder. Their values come from the library's own generator, `jsv-codec/fast-check`'s
 * `arbitrary(schema)` (one generator of values for the package, its tests and `npm run fuzz`).
 */
import fc from 'fast-check';
import {
  array, bigint, boolean, bytes, date, dict, enumOf, flags, guid, int, number, object, optional, string, timeSpan,
  type AnySchema,
} from '../../src/index.js';
import { GetActiveSessionsResponse, type GetActiveSessionsResponse as Response } from '../../src/evovoice/dto.js';
import { arbitrary } from '../../src/fast-check/index.js';

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

const scalar = (schema: AnySchema, label: string) => fc.constant<SchemaCase>({ schema, label });

/** Every scalar builder. */
export const scalarCase: fc.Arbitrary<SchemaCase> = fc.oneof(
  scalar(string(), 'string'), scalar(number(), 'number'), scalar(int(), 'int'), scalar(bigint(), 'bigint'),
  scalar(boolean(), 'boolean'), scalar(date(), 'date'), scalar(timeSpan(), 'timeSpan'), scalar(guid(), 'guid'),
  scalar(bytes(), 'bytes'),
  names(1, 5).map((ns): SchemaCase => ({ schema: enumOf(ns), label: `enumOf(${ns.join('|')})` })),
  fc.tuple(names(1, 4), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 })).map(([ns, bits]): SchemaCase => {
    const members = Object.fromEntries(ns.map((n, i) => [n, 1 << bits[i]!]));
    return { schema: flags(members), label: `flags(${ns.join('|')})` };
  }),
);

/** An arbitrary schema of nesting depth up to `depth`. */
export function schemaCase(depth: number): fc.Arbitrary<SchemaCase> {
  if (depth <= 0) return scalarCase;
  const inner = schemaCase(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: scalarCase },
    { weight: 2, arbitrary: inner.map((c) => ({ schema: array(c.schema), label: `array(${c.label})` })) },
    { weight: 1, arbitrary: inner.map((c) => ({ schema: dict(c.schema), label: `dict(${c.label})` })) },
    { weight: 1, arbitrary: inner.map((c) => ({ schema: optional(c.schema), label: `optional(${c.label})` })) },
    {
      weight: 3,
      arbitrary: names(0, 5).chain((ns) =>
        fc.array(inner, { minLength: ns.length, maxLength: ns.length }).map((cs) => ({
          schema: object(Object.fromEntries(ns.map((n, i) => [n, cs[i]!.schema]))),
          label: `object({${ns.map((n, i) => `${n}: ${cs[i]!.label}`).join(', ')}})`,
        })),
      ),
    },
  );
}

/** An arbitrary schema and one arbitrary value of it (from `arbitrary(schema)`). */
export const schemaAndValue: fc.Arbitrary<{ schema: AnySchema; value: unknown; label: string }> = schemaCase(3).chain((c) =>
  arbitrary(c.schema).map((value) => ({ schema: c.schema, value, label: c.label })),
);

/** An arbitrary `GetActiveSessionsResponse` (sometimes with the `sessions` list left out). */
export const activeSessionsResponse: fc.Arbitrary<Response> = arbitrary(GetActiveSessionsResponse);
