/**
 * An empty 2xx body (204 No Content, or 200 with Content-Length: 0) on an operation that is not void: the client
 * resolves with the empty response DTO, as `JsonServiceClient` resolves with `request.createResponse()`, in `send()`
 * and `api()` alike; a response schema without an empty value still fails, with a clear `JsvError`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineOperation } from '../../src/client/operation.js';
import { createServiceClient } from '../../src/client/service-client.js';
import { JsvDecodeError, JsvError } from '../../src/errors.js';
import { decode } from '../../src/schema/decode.js';
import { array, boolean, date, dict, int, lazy, object, optional, required, string } from '../../src/schema/builders.js';
import type { AnySchema } from '../../src/schema/types.js';
import type { ServiceStackTestServer } from '../support/servicestack-server.js';
import { Fail } from '../support/shop-dtos.js';
import { startShopServer } from '../support/shop-server.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

const Line = object({ Sku: optional(string()), Quantity: int() }, { name: 'Line' });
const Summary = object(
  { Count: int(), Done: boolean(), Name: optional(string()), Lines: optional(array(Line)), At: optional(date()) },
  { name: 'Summary' },
);

/** `Fail` (`GET /fail/{Status}`: answers the status asked for, with `Message` as a text/plain body) read as `response`. */
function failAs<S extends AnySchema>(response: S) {
  return defineOperation({ name: 'Fail', request: Fail, response, method: 'GET', routes: [{ path: '/fail/{Status}' }] });
}

let server: ServiceStackTestServer;
beforeAll(async () => {
  server = await startShopServer();
});
afterAll(async () => {
  await server.close();
});

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}

describe.each(MODES)('an empty 2xx body on a non-void operation (jitless: $jitless)', ({ jitless }) => {
  const client = () => createServiceClient({ baseUrl: server.baseUrl, jitless });

  it('204 No Content resolves with the empty response DTO: every member at its .NET default', async () => {
    const res = await client().send(failAs(Summary), { Status: 204 });
    expect(server.last()).toMatchObject({ path: '/fail/204', operation: 'Fail' });
    expect(res).toEqual({ Count: 0, Done: false });
    expect(res).toStrictEqual(decode(Summary, '{}'));
  });

  it('a 200 with Content-Length: 0 is read the same way', async () => {
    const res = await client().get(failAs(Summary), { Status: 200 });
    expect(res).toEqual({ Count: 0, Done: false });
  });

  it('api() gives { ok: true, value: the empty DTO } for the same answers', async () => {
    expect(await client().api(failAs(Summary), { Status: 204 })).toEqual({ ok: true, value: { Count: 0, Done: false } });
    expect(await client().api(failAs(Summary), { Status: 200 })).toEqual({ ok: true, value: { Count: 0, Done: false } });
  });

  it('a list, a dictionary, a string and an optional response have their own empty values', async () => {
    expect(await client().send(failAs(array(Line)), { Status: 204 })).toEqual([]);
    expect(await client().send(failAs(dict(int())), { Status: 204 })).toEqual({});
    expect(await client().send(failAs(string()), { Status: 204 })).toBe('');
    expect(await client().send(failAs(optional(Summary)), { Status: 204 })).toBeUndefined();
    const Tree: AnySchema = object({ Name: optional(string()), Children: optional(array(lazy(() => Tree))) }, { name: 'Tree' });
    expect(await client().send(failAs(lazy(() => Tree)), { Status: 204 })).toEqual({});
  });

  it('a response without an empty value (a number, a required member) rejects, and api() reports it', async () => {
    const n = await rejection(client().send(failAs(int()), { Status: 204 }));
    expect(n).toBeInstanceOf(JsvDecodeError);
    expect((n as JsvDecodeError).code).toBe('INVALID_NUMBER');
    const Strict = object({ Id: required(int()) }, { name: 'Strict' });
    const r = await client().api(failAs(Strict), { Status: 204 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.status).toBe(0);
    expect(r.error.cause).toBeInstanceOf(JsvError);
    expect(r.error.errorCode).toBe('MISSING_MEMBER');
    expect(r.error.message).toContain(`Response from ${server.baseUrl}/fail/204 has an empty body`);
  });

  it('a body that is not empty is decoded as before (a text/plain body that is not the DTO fails)', async () => {
    const e = await rejection(client().send(failAs(Summary), { Status: 200, Message: 'ok' }));
    expect(e).toBeInstanceOf(JsvError);
  });
});
