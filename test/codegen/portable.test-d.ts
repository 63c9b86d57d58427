/** Type tests: the types a generated module exports are what decode returns. */
import { describe, expectTypeOf, it } from 'vitest';
import type { Infer } from '../../src/index.js';
import { Paged, type Permissions, QueryBase, type QueryResponse } from './generated/portable.generated.js';

describe('generated types', () => {
  it('a class: value types present, Nullable optional', () => {
    expectTypeOf<QueryBase>().toEqualTypeOf<{ skip?: number | undefined; take?: number | undefined }>();
  });
  it('a generic definition’s type is its instance’s decoded type', () => {
    expectTypeOf<Paged<typeof QueryBase>>().toEqualTypeOf<Infer<ReturnType<typeof Paged<typeof QueryBase>>>>();
    expectTypeOf<QueryResponse<typeof QueryBase>['results']>().toEqualTypeOf<QueryBase[] | undefined>();
    expectTypeOf<Permissions>().toEqualTypeOf<number>();
  });
});
