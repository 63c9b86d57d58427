/**
 * Type tests: `InferInput<typeof S>` is what `encode` (and `Codec.encode`, and the client's request) accepts: members
 * with a .NET default and optional members may be omitted, `required(...)` members may not.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  array, boolean, compile, decimal, decode, dict, encode, enumOf, int, int16, number, object, optional, required, string,
  type Decimal, type Infer, type InferInput,
} from '../../src/index.js';

const Pet = object({ name: string(), age: int(), weight: number(), vaccinated: boolean(), legs: int16(), price: decimal(), kind: enumOf(['Dog', 'Cat'] as const) });

describe('InferInput', () => {
  it('encode(Pet, { name: "Rex" }) typechecks: every other member has a .NET default', () => {
    expectTypeOf(encode(Pet, { name: 'Rex' })).toEqualTypeOf<string>();
    expectTypeOf(compile(Pet).encode({ name: 'Rex' })).toEqualTypeOf<string>();
    // @ts-expect-error: age is a number
    encode(Pet, { name: 'Rex', age: 'x' });
  });
  it('value-type members are optional in the input and present in the output', () => {
    expectTypeOf<InferInput<typeof Pet>['age']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Infer<typeof Pet>['age']>().toEqualTypeOf<number>();
  });
  it('required members may not be omitted', () => {
    const S = object({ id: required(int()), note: optional(string()), count: int() });
    expectTypeOf<InferInput<typeof S>>().toEqualTypeOf<{ id: number; note?: string | undefined; count?: number | undefined }>();
    encode(S, { id: 1 });
    // @ts-expect-error: id is required
    encode(S, {});
    // @ts-expect-error: id is required
    compile(S).encode({ count: 2 });
  });
  it('recurses into lists, dictionaries and nested objects', () => {
    const Owner = object({ pets: array(Pet), byName: dict(Pet), best: required(Pet), names: array(string()) });
    expectTypeOf<InferInput<typeof Owner>>().toEqualTypeOf<{
      best: InferInput<typeof Pet>;
      pets?: InferInput<typeof Pet>[] | undefined;
      byName?: Record<string, InferInput<typeof Pet>> | undefined;
      names?: (string | null)[] | undefined;
    }>();
    encode(Owner, { best: { name: 'Rex' }, pets: [{ name: 'a' }, { age: 3 }] });
  });
  it('decimal() also takes text, bigint and number', () => {
    expectTypeOf<InferInput<ReturnType<typeof decimal>>>().toEqualTypeOf<Decimal | string | bigint | number>();
    encode(Pet, { price: '1.50' });
  });
  it('a decoded value is always accepted back', () => {
    const v = decode(Pet, '{name:Rex}');
    expectTypeOf(v).toExtend<InferInput<typeof Pet>>();
    encode(Pet, v);
  });
});
