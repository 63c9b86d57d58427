/**
 * Type tests of the README's "Required members and input types" example, as written there: what `Infer` and
 * `InferInput` give, and that `encode` refuses a value without its required member.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { boolean, decode, encode, int, object, required, string, type Infer, type InferInput } from '../../src/index.js';

const Pet = object({ id: required(int()), name: string(), age: int(), vaccinated: boolean() });

describe('README: required members and input types', () => {
  it('Infer is what decode returns: defaults present, reference members optional, required ones not', () => {
    expectTypeOf<Infer<typeof Pet>>().toEqualTypeOf<{ id: number; name?: string | undefined; age: number; vaccinated: boolean }>();
    expectTypeOf(decode(Pet, '{id:1}')).toEqualTypeOf<Infer<typeof Pet>>();
  });
  it('InferInput is what encode accepts: members with a .NET default may be left out, required ones may not', () => {
    expectTypeOf<InferInput<typeof Pet>>().toEqualTypeOf<{
      id: number; name?: string | undefined; age?: number | undefined; vaccinated?: boolean | undefined;
    }>();
    expectTypeOf(encode(Pet, { id: 1, name: 'Rex' })).toEqualTypeOf<string>();
    // @ts-expect-error: id is required
    encode(Pet, { name: 'Rex' });
  });
});
