/**
 * Type tests: the client's request and result types flow from the operation (`defineOperation` and records written
 * `as const satisfies Operation`, the generator's shape); a void operation gives `void`; `api()` gives `ApiResult`.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createServiceClient, date, decimal, defineOperation, int, object, optional, required, string, type ApiError, type ApiResult,
  type Decimal, type Infer, type InferInput, type Operation, type OperationRequest, type OperationResult,
} from '../../src/index.js';

const Hello = object({ Name: optional(string()), Count: int() }, { name: 'Hello' });
const HelloResponse = object({ Result: optional(string()) }, { name: 'HelloResponse' });
const HelloOp = defineOperation({ request: Hello, response: HelloResponse, method: 'GET', routes: [{ path: '/hello/{Name}' }] });
const VoidOp = defineOperation({ name: 'Forget', request: Hello, method: 'DELETE' });
const Generated = {
  name: 'Hello', request: Hello, response: HelloResponse, method: 'GET', routes: [{ path: '/hello' }], requiresAuth: false, returnsVoid: false,
} as const satisfies Operation;
const GeneratedVoid = {
  name: 'Forget', request: Hello, response: undefined, method: undefined, routes: [], requiresAuth: true, returnsVoid: true,
} as const satisfies Operation;

describe('client types', () => {
  const client = createServiceClient({ baseUrl: 'http://localhost' });
  it('the request is what encode accepts for the request schema (InferInput), the result the response schema’s type', () => {
    expectTypeOf<OperationRequest<typeof HelloOp>>().toEqualTypeOf<{ Count?: number | undefined; Name?: string | undefined }>();
    expectTypeOf(client.send(HelloOp, { Count: 1 })).toEqualTypeOf<Promise<{ Result?: string | undefined }>>();
    expectTypeOf(client.get(Generated, { Count: 1, Name: 'x' })).toEqualTypeOf<Promise<{ Result?: string | undefined }>>();
    // Count may be left out: it is a .NET value type, written as its default (0).
    void client.send(HelloOp, { Name: 'x' });
    // @ts-expect-error: Name is a string
    void client.post(HelloOp, { Count: 1, Name: 3 });
  });
  it('a void operation resolves with void', () => {
    expectTypeOf<OperationResult<typeof VoidOp>>().toEqualTypeOf<void>();
    expectTypeOf<OperationResult<typeof GeneratedVoid>>().toEqualTypeOf<void>();
    expectTypeOf(client.delete(VoidOp, { Count: 1 })).toEqualTypeOf<Promise<void>>();
  });
  it('api() gives an ApiResult', () => {
    expectTypeOf(client.api(HelloOp, { Count: 1 })).toEqualTypeOf<Promise<ApiResult<{ Result?: string | undefined }>>>();
    void client.api(HelloOp, { Count: 1 }).then((r) => {
      if (r.ok) expectTypeOf(r.value).toEqualTypeOf<{ Result?: string | undefined }>();
      else expectTypeOf(r.error).toEqualTypeOf<ApiError>();
    });
  });
});

// Input and output types differ: a decimal is written from a number, a string or a bigint and read as a Decimal; a
// required(...) member must be given; a .NET value type may be left out of a request but is always in a response.
const Price = object({ Sku: required(string()), Amount: decimal(), At: optional(date()), Count: int() }, { name: 'Price' });
const PriceOp = defineOperation({ request: Price, response: Price, method: 'POST', routes: [{ path: '/prices/{Sku}' }] });

describe('client types: InferInput in, Infer out', () => {
  const client = createServiceClient({ baseUrl: 'http://localhost' });
  it('the request is InferInput of the request schema, not its Infer', () => {
    expectTypeOf<OperationRequest<typeof PriceOp>>().toEqualTypeOf<InferInput<typeof Price>>();
    expectTypeOf<OperationRequest<typeof PriceOp>>().not.toEqualTypeOf<Infer<typeof Price>>();
    void client.post(PriceOp, { Sku: 'a', Amount: '12.50' });
    void client.post(PriceOp, { Sku: 'a', Amount: 12.5, At: new Date(), Count: 1 });
    void client.post(PriceOp, { Sku: 'a', Amount: 10n });
    // @ts-expect-error: Sku is required(...)
    void client.post(PriceOp, { Amount: 1 });
    // @ts-expect-error: a date member takes a Date, not text
    void client.post(PriceOp, { Sku: 'a', Amount: 1, At: '2024-01-01' });
  });
  it('the result is Infer of the response schema: a Decimal, and every value-type member present', async () => {
    const res = await client.post(PriceOp, { Sku: 'a', Amount: 1 });
    expectTypeOf(res).toEqualTypeOf<Infer<typeof Price>>();
    expectTypeOf(res.Amount).toEqualTypeOf<Decimal>();
    expectTypeOf(res.Count).toEqualTypeOf<number>();
    expectTypeOf(res.Sku).toEqualTypeOf<string>();
    const r = await client.api(PriceOp, { Sku: 'a', Amount: 1 });
    if (r.ok) expectTypeOf(r.value.Amount).toEqualTypeOf<Decimal>();
  });
  it('returnsVoid gives void for every verb and for api()', async () => {
    const Forget = defineOperation({ name: 'ForgetPrice', request: Price, method: 'DELETE' });
    expectTypeOf(Forget.returnsVoid).toEqualTypeOf<true>();
    expectTypeOf(client.send(Forget, { Sku: 'a', Amount: 1 })).toEqualTypeOf<Promise<void>>();
    expectTypeOf(client.post(Forget, { Sku: 'a', Amount: 1 })).toEqualTypeOf<Promise<void>>();
    expectTypeOf(client.api(Forget, { Sku: 'a', Amount: 1 })).toEqualTypeOf<Promise<ApiResult<void>>>();
  });
});
