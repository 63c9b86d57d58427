/**
 * Type tests: the client's request and result types flow from the operation (`defineOperation` and records written
 * `as const satisfies Operation`, the generator's shape); a void operation gives `void`; `api()` gives `ApiResult`.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  createServiceClient, defineOperation, int, object, optional, string, type ApiError, type ApiResult, type Operation,
  type OperationRequest, type OperationResult,
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
