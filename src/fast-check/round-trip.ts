/**
 * `roundTrip(schema)`: a ready fast-check property for a schema: every value of {@link arbitrary} encodes to a text
 * that decodes back deep-equal and re-encodes to the same text, and a text ServiceStack could send for the value
 * ({@link jsvTextWithValue}) decodes to it too.
 */
import fc from 'fast-check';
import { decode } from '../schema/decode.js';
import { encode } from '../schema/encode.js';
import type { AnySchema, Infer, InferInput } from '../schema/types.js';
import { arbitrary } from './arbitrary.js';
import { firstDifference, show } from './deep-equal.js';
import { jsvTextWithValue, type JsvTextOptions } from './jsv-text.js';

/** Options for {@link roundTrip}. */
export interface RoundTripOptions extends JsvTextOptions {
  /** Write member names in this case; default: each run picks declared, `'camel'` or `'pascal'`. */
  readonly keyCase?: 'camel' | 'pascal' | 'declared';
  /** Use the interpreter instead of generated code (as under a CSP without `unsafe-eval`). Default false. */
  readonly jitless?: boolean;
  /** Check the values of this arbitrary instead of {@link arbitrary}(schema) (the ServiceStack-text check is then skipped). */
  readonly values?: fc.Arbitrary<Infer<AnySchema>>;
}

/** Thrown by the property with what differed; fast-check reports it with the counterexample. */
export class RoundTripError extends Error {
  override get name(): string {
    return 'RoundTripError';
  }
}

type KeyCaseChoice = 'camel' | 'pascal' | undefined;

/**
 * A property checking that `schema`'s values survive the codec, for `fc.assert(roundTrip(MyDto))` in any test runner:
 * `decode(encode(v))` deep-equals `v` (by {@link firstDifference}: `NaN` equals itself, `-0` is not `0`, `undefined`
 * members count as absent), `encode(decode(t)) === t` for the canonical text `t = encode(v)`, and a non-canonical text
 * ServiceStack could send for `v` (other key case and member order, unknown members, …) decodes to `v`.
 */
export function roundTrip<S extends AnySchema>(schema: S, options?: RoundTripOptions): fc.IPropertyWithHooks<[unknown, KeyCaseChoice]> {
  const mode = { jitless: options?.jitless === true };
  const lenient = options?.lenient === true;
  const keyCases: fc.Arbitrary<KeyCaseChoice> =
    options?.keyCase === undefined ? fc.constantFrom<KeyCaseChoice>(undefined, 'camel', 'pascal') : fc.constant(options.keyCase === 'declared' ? undefined : options.keyCase);
  const cases: fc.Arbitrary<unknown> = options?.values !== undefined
    ? options.values.map((value) => ({ value, text: undefined }))
    : jsvTextWithValue(schema, options);
  return fc.property(cases, keyCases, (c, keyCase) => {
    const { value, text: variant } = c as { value: unknown; text: string | undefined };
    const opts = keyCase === undefined ? mode : { ...mode, keyCase };
    const text = encode(schema, value as InferInput<S>, opts);
    const back = decode(schema, text, mode);
    const d1 = firstDifference(back, value);
    if (d1 !== undefined) throw new RoundTripError(`decode(encode(v)) differs from v at ${d1}\n  text: ${show(text)}`);
    const again = encode(schema, back as InferInput<S>, opts);
    if (again !== text) throw new RoundTripError(`encode(decode(t)) !== t\n  t:     ${show(text)}\n  again: ${show(again)}`);
    if (variant !== undefined) {
      const read = decode(schema, variant, { ...mode, lenient });
      const d2 = firstDifference(read, value);
      if (d2 !== undefined) throw new RoundTripError(`decoding a ServiceStack text of v differs from v at ${d2}\n  text: ${show(variant)}`);
    }
  });
}
