/** Type tests: `required(schema)` members are non-optional properties in `Infer`. */
import { describe, expectTypeOf, it } from 'vitest';
import { array, int, object, optional, required, string, type Infer } from '../../src/index.js';

describe('Infer of required members', () => {
  it('a required member is a non-optional property of its inner type', () => {
    const Pet = object({ id: required(int()), name: required(string()), nick: optional(string()), tag: string() });
    expectTypeOf<Infer<typeof Pet>>().toEqualTypeOf<{ id: number; name: string; nick?: string | undefined; tag?: string | undefined }>();
  });
  it('required(optional(x)) drops undefined; required(array(x)) keeps the item type', () => {
    expectTypeOf<Infer<ReturnType<typeof required<ReturnType<typeof optional<ReturnType<typeof string>>>>>>>().toEqualTypeOf<string>();
    const S = object({ tags: required(array(string())) });
    expectTypeOf<Infer<typeof S>>().toEqualTypeOf<{ tags: (string | null)[] }>();
  });
});
