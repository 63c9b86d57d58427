/**
 * `arbitrary(schema)`: a fast-check arbitrary of the values of a schema that `encode` accepts and that decode back
 * deep-equal, edge values included.
 */
import fc from 'fast-check';
import { JsvError } from '../errors.js';
import type { AnySchema, Infer } from '../schema/types.js';
import { KIND_ARBITRARIES, type KindArbitrary } from './kinds.js';
import type { ArbitraryContext, ArbitraryOptions } from './options.js';
import { absenceOf } from './semantics.js';
import { edgeString } from './strings.js';

/** The arbitrary of present values of `schema` (never `undefined`/`null`) at nesting `depth`. */
export function presentValues(schema: AnySchema, options: ArbitraryOptions | undefined, depth = 0): fc.Arbitrary<unknown> {
  const base = {
    maxItems: options?.maxItems ?? 4,
    maxDepth: options?.maxDepth ?? 8,
    strings: options?.strings ?? edgeString(),
  };
  const build = (s: AnySchema, d: number): fc.Arbitrary<unknown> => {
    if (s === null || typeof s !== 'object' || typeof (s as { kind?: unknown }).kind !== 'string') {
      throw new JsvError('INVALID_SCHEMA', 'jsv-codec/fast-check: expected a jsv-codec schema');
    }
    const entry = KIND_ARBITRARIES[s.kind] as KindArbitrary<AnySchema> | undefined;
    if (entry === undefined) {
      throw new JsvError('INVALID_SCHEMA', `jsv-codec/fast-check has no arbitrary for the schema kind ${JSON.stringify(s.kind)}`);
    }
    const ctx: ArbitraryContext = { ...base, depth: d, of: build };
    return entry(s, ctx);
  };
  return build(schema, depth);
}

/**
 * An arbitrary of values of `schema`: every value is one `encode` accepts and `decode(encode(v))` deep-equals it
 * (members that may be absent are sometimes left out; list slots that may be empty are sometimes `null`). Edge values
 * come often: .NET range ends, 0001-01-01 and 9999-12-31, single ticks, `NaN` and `-0` for doubles, lone surrogates,
 * every JSV special character, spaces at the ends, empty strings, keys such as `__proto__`.
 *
 * ```ts
 * fc.assert(fc.property(arbitrary(MyDto), (v) => { ... }));
 * ```
 */
export function arbitrary<S extends AnySchema>(schema: S, options?: ArbitraryOptions): fc.Arbitrary<Infer<S>> {
  const present = presentValues(schema, options);
  // At the root, a schema whose empty text decodes to `undefined` (optional) may be absent too.
  const arb = rootMayBeAbsent(schema) ? fc.option(present, { nil: undefined, freq: 5 }) : present;
  return arb as fc.Arbitrary<Infer<S>>;
}

/** Whether the empty text decodes to `undefined` under `schema`. */
export function rootMayBeAbsent(schema: AnySchema): boolean {
  return absenceOf(schema).rootEmpty;
}
