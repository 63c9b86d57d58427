/**
 * Type tests of the committed kitchen-sink modules: the types written out for recursive declarations are exactly what
 * `Infer` gives for the same members (OrderNode holds every member kind of Order, its base), and the JavaScript twin's
 * `.d.ts` types are the TypeScript module's (never `any`, which a TS2502 in the `.d.ts` would leave).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Infer, InferInput, IntSchema } from '../../src/index.js';
import type * as JS from './generated/kitchen-sink-js.generated.js';
import type * as TS from './generated/kitchen-sink.generated.js';

describe('generated types', () => {
  it('a recursive type written out is what Infer gives for the same members, for every member kind', () => {
    expectTypeOf<Omit<TS.OrderNode, 'children' | 'parent'>>().toEqualTypeOf<TS.Order>();
    expectTypeOf<TS.OrderNode['children']>().toEqualTypeOf<TS.OrderNode[] | undefined>();
    expectTypeOf<TS.OrderNode['parent']>().toEqualTypeOf<TS.OrderNode | undefined>();
  });

  it('mutually recursive types refer to each other', () => {
    expectTypeOf<TS.Category>().toEqualTypeOf<{ name?: string | undefined; children?: TS.Category[] | undefined; featured?: TS.Product | undefined }>();
    expectTypeOf<TS.Product['category']>().toEqualTypeOf<TS.Category | undefined>();
    expectTypeOf<Infer<typeof TS.Category>>().toEqualTypeOf<TS.Category>();
  });

  it('encode takes a recursive type’s values, not any object (InferInput of Schema<T>)', () => {
    expectTypeOf<InferInput<typeof TS.Category>>().toEqualTypeOf<TS.Category>();
    expectTypeOf<InferInput<typeof TS.OrderNode>>().toEqualTypeOf<TS.OrderNode>();
    expectTypeOf<InferInput<typeof JS.Category>>().toEqualTypeOf<TS.Category>();
  });

  it('a generic recursive type and a generic parameter renamed from T', () => {
    expectTypeOf<TS.TreeNode<IntSchema>['children']>().toEqualTypeOf<Array<TS.TreeNode<IntSchema>> | undefined>();
    expectTypeOf<Infer<ReturnType<typeof TS.TreeNode<IntSchema>>>['value']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TS.Box<IntSchema>>().toEqualTypeOf<{ value: number; all?: number[] | undefined; fallback?: TS.T | undefined }>();
    expectTypeOf<TS.Holder['boxed']>().toEqualTypeOf<TS.Box<typeof TS.T> | undefined>();
  });

  it('isRequired members are present, Nullable ones optional', () => {
    expectTypeOf<TS.Item['sku']>().toEqualTypeOf<string>();
    expectTypeOf<TS.QueryBase>().toEqualTypeOf<{ skip?: number | undefined; take?: number | undefined }>();
  });

  it('the JavaScript twin’s declarations give the same types', () => {
    expectTypeOf<JS.Category>().not.toBeAny();
    expectTypeOf<JS.Category>().toEqualTypeOf<TS.Category>();
    expectTypeOf<JS.Product>().toEqualTypeOf<TS.Product>();
    expectTypeOf<JS.OrderNode>().toEqualTypeOf<TS.OrderNode>();
    expectTypeOf<JS.Order>().toEqualTypeOf<TS.Order>();
    expectTypeOf<JS.Holder>().toEqualTypeOf<TS.Holder>();
    expectTypeOf<JS.TreeNode<IntSchema>>().toEqualTypeOf<TS.TreeNode<IntSchema>>();
    expectTypeOf<JS.QueryResponse<typeof TS.Order>>().toEqualTypeOf<TS.QueryResponse<typeof TS.Order>>();
    expectTypeOf<Infer<typeof JS.operations.GetCategory.response>>().toEqualTypeOf<TS.Category>();
    expectTypeOf<Infer<typeof JS.Category>>().toEqualTypeOf<TS.Category>();
  });
});
