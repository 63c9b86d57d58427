/** Type tests: what `Infer` gives for the .NET kinds, alone and as object members (value types required). */
import { describe, expectTypeOf, it } from 'vitest';
import {
  DateTime, DateTimeOffset, Decimal, array, byte, char, dateTime, dateTimeOffset, decimal, float, int16, int64, object,
  sbyte, uint16, uint32, uint64, type Infer,
} from '../../src/index.js';

describe('Infer of the .NET kinds', () => {
  it('scalars', () => {
    expectTypeOf<Infer<ReturnType<typeof decimal>>>().toEqualTypeOf<Decimal>();
    expectTypeOf<Infer<ReturnType<typeof dateTimeOffset>>>().toEqualTypeOf<DateTimeOffset>();
    expectTypeOf<Infer<ReturnType<typeof dateTime>>>().toEqualTypeOf<DateTime>();
    expectTypeOf<Infer<ReturnType<typeof char>>>().toEqualTypeOf<string>();
    expectTypeOf<Infer<ReturnType<typeof byte>>>().toEqualTypeOf<number>();
    expectTypeOf<Infer<ReturnType<typeof sbyte>>>().toEqualTypeOf<number>();
    expectTypeOf<Infer<ReturnType<typeof int16>>>().toEqualTypeOf<number>();
    expectTypeOf<Infer<ReturnType<typeof uint16>>>().toEqualTypeOf<number>();
    expectTypeOf<Infer<ReturnType<typeof uint32>>>().toEqualTypeOf<number>();
    expectTypeOf<Infer<ReturnType<typeof int64>>>().toEqualTypeOf<bigint>();
    expectTypeOf<Infer<ReturnType<typeof uint64>>>().toEqualTypeOf<bigint>();
    expectTypeOf<Infer<ReturnType<typeof float>>>().toEqualTypeOf<number>();
  });

  it('members: value types with a .NET default are required; dates may be absent', () => {
    const S = object({ price: decimal(), at: dateTimeOffset(), when: dateTime(), c: char(), n: int64(), xs: array(byte()) });
    expectTypeOf<Infer<typeof S>['price']>().toEqualTypeOf<Decimal>();
    expectTypeOf<Infer<typeof S>['c']>().toEqualTypeOf<string>();
    expectTypeOf<Infer<typeof S>['n']>().toEqualTypeOf<bigint>();
    expectTypeOf<Infer<typeof S>['at']>().toEqualTypeOf<DateTimeOffset | undefined>();
    expectTypeOf<Infer<typeof S>['when']>().toEqualTypeOf<DateTime | undefined>();
  });
});
