/** Type tests: the keys of `wireNames` are the shape's members / the enum's values; Infer is unchanged. */
import { describe, expectTypeOf, it } from 'vitest';
import { enumOf, int, object, string, type Infer } from '../../src/index.js';

describe('wireNames options', () => {
  it('object: keys are the shape members; the inferred type keeps the declared names', () => {
    const O = object({ orderId: string(), n: int() }, { wireNames: { orderId: 'order_id' } });
    expectTypeOf<Infer<typeof O>>().toEqualTypeOf<Infer<ReturnType<typeof object<{ orderId: ReturnType<typeof string>; n: ReturnType<typeof int> }>>>>();
    // @ts-expect-error: not a member
    object({ orderId: string() }, { wireNames: { other: 'x' } });
    // @ts-expect-error: not a string
    object({ orderId: string() }, { wireNames: { orderId: 1 } });
  });
  it('enum: keys are the values; the inferred type stays the declared values', () => {
    const E = enumOf(['Active', 'OnHold'] as const, { wireNames: { OnHold: 'on-hold' } });
    expectTypeOf<Infer<typeof E>>().toEqualTypeOf<'Active' | 'OnHold'>();
    // @ts-expect-error: not a value
    enumOf(['Active', 'OnHold'] as const, { wireNames: { Closed: 'c' } });
  });
  it('extend: keys are the added members', () => {
    const B = object({ a: int() });
    B.extend({ b: int() }, { wireNames: { b: 'B_' } });
    // @ts-expect-error: a base member
    B.extend({ b: int() }, { wireNames: { a: 'x' } });
  });
});
