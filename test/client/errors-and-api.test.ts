import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/client/api-result.js';
import { createServiceClient, type ServiceClientOptions } from '../../src/client/service-client.js';
import { JsvEncodeError, JsvError, JsvSyntaxError } from '../../src/errors.js';
import { JsvRequestError } from '../../src/fetch/request-error.js';
import { ServiceStackError } from '../../src/fetch/service-stack-error.js';
import type { ServiceStackTestServer } from '../support/servicestack-server.js';
import { ShopOps } from '../support/shop-dtos.js';
import { FRESH_TOKEN, startShopServer } from '../support/shop-server.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

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

describe.each(MODES)('service client: api() and errors (jitless: $jitless)', ({ jitless }) => {
  const client = (extra: Partial<ServiceClientOptions> = {}) => createServiceClient({ baseUrl: server.baseUrl, jitless, ...extra });

  it('api() gives { ok: true, value } on success', async () => {
    const r = await client().api(ShopOps.CreateCustomer, { Name: 'Ann', Email: 'ann@example.org', Age: 30 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ Operation: 'CreateCustomer', Method: 'POST' });
    const v = await client().api(ShopOps.DeleteOrder, { Id: 1 });
    expect(v).toEqual({ ok: true, value: undefined });
  });

  it('api() on 400 carries the status, the ResponseStatus and the field errors', async () => {
    const r = await client().api(ShopOps.CreateCustomer, { Name: '', Email: 'nope', Age: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.error;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(400);
    expect(e.statusText).toBe('Bad Request');
    expect(e.errorCode).toBe('NotEmpty');
    expect(e.message).toBe("'Name' must not be empty.");
    expect(e.fieldErrors).toHaveLength(2);
    expect(e.fieldError('Name')).toEqual({ errorCode: 'NotEmpty', fieldName: 'Name', message: "'Name' must not be empty." });
    expect(e.fieldError('email')?.errorCode).toBe('Email');
    expect(e.fieldError('Age')).toBeUndefined();
    expect(e.cause).toBeInstanceOf(ServiceStackError);
    expect(e.url).toBe(`${server.baseUrl}/customers`);
  });

  it('send() rejects with the ServiceStackError for the same 400', async () => {
    const e = await rejection(client().send(ShopOps.CreateCustomer, { Age: 1 }));
    expect(e).toBeInstanceOf(ServiceStackError);
    expect((e as ServiceStackError).status).toBe(400);
    expect((e as ServiceStackError).message).toContain("Name: 'Name' must not be empty.");
  });

  it('a 401 calls onAuthenticationRequired once and retries once with the new token', async () => {
    const calls: number[] = [];
    const c = client({
      bearerToken: 'stale',
      onAuthenticationRequired: ({ error, operation }) => {
        calls.push(error.status);
        expect(operation.name).toBe('GetSecret');
        return { bearerToken: FRESH_TOKEN };
      },
    });
    const before = server.received.length;
    const res = await c.send(ShopOps.GetSecret, { Key: 'k' });
    expect(res.Path).toBe('/secret/k');
    expect(calls).toEqual([401]);
    const tries = server.received.slice(before);
    expect(tries.map((t) => t.headers.authorization)).toEqual(['Bearer stale', `Bearer ${FRESH_TOKEN}`]);
    expect(c.bearerToken).toBe(FRESH_TOKEN);
    // The client keeps the new token: no 401 next time.
    await c.send(ShopOps.GetSecret, { Key: 'k' });
    expect(calls).toEqual([401]);
  });

  it('the callback may set client.bearerToken itself (async); a second 401 is not retried again', async () => {
    let calls = 0;
    const fixed = client({
      onAuthenticationRequired: async ({ client: c }) => {
        calls++;
        await new Promise((r) => setTimeout(r, 1));
        c.bearerToken = FRESH_TOKEN;
      },
    });
    expect((await fixed.api(ShopOps.GetSecret, { Key: 'a' })).ok).toBe(true);
    expect(calls).toBe(1);

    let again = 0;
    const before = server.received.length;
    const broken = client({ bearerToken: 'bad', onAuthenticationRequired: () => void again++ });
    const r = await broken.api(ShopOps.GetSecret, { Key: 'a' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.status).toBe(401);
      expect(r.error.errorCode).toBe('TokenException');
    }
    expect(again).toBe(1);
    expect(server.received.length - before).toBe(2);
  });

  it('a POST answered 401 twice: the callback runs once, the same body is sent twice, and the second 401 is the error', async () => {
    let calls = 0;
    const c = client({ bearerToken: 'old', onAuthenticationRequired: () => ({ bearerToken: `new-${++calls}` }) });
    const before = server.received.length;
    const e = await rejection(c.post(ShopOps.Fail, { Status: 401, Message: 'still no, a,b' }));
    expect(e).toBeInstanceOf(ServiceStackError);
    expect((e as ServiceStackError).status).toBe(401);
    expect(calls).toBe(1);
    const tries = server.received.slice(before);
    expect(tries.map((t) => [t.method, t.path, t.body, t.headers.authorization, t.headers.accept, t.headers['content-type']])).toEqual([
      ['POST', '/fail/401', '{Message:"still no, a,b"}', 'Bearer old', 'text/jsv', 'text/jsv; charset=utf-8'],
      ['POST', '/fail/401', '{Message:"still no, a,b"}', 'Bearer new-1', 'text/jsv', 'text/jsv; charset=utf-8'],
    ]);
    // Each call gets its own single retry: the next one calls back once more, never more.
    const r = await c.api(ShopOps.Fail, { Status: 401 });
    expect(r.ok === false && r.error.status).toBe(401);
    expect(calls).toBe(2);
    expect(server.received.length - before).toBe(4);
  });

  it('only a 401 calls onAuthenticationRequired (not 403, 400 or a network error)', async () => {
    let calls = 0;
    const c = client({ onAuthenticationRequired: () => void calls++ });
    expect((await c.api(ShopOps.Fail, { Status: 403 })).ok).toBe(false);
    expect((await c.api(ShopOps.CreateCustomer, { Age: 1 })).ok).toBe(false);
    expect((await createServiceClient({ baseUrl: 'http://127.0.0.1:1', jitless, onAuthenticationRequired: () => void calls++ }).api(ShopOps.Hello, {})).ok).toBe(false);
    expect(calls).toBe(0);
  });

  it('a 401 without onAuthenticationRequired is not retried; a throwing callback fails the call with its error', async () => {
    const before = server.received.length;
    const e = await rejection(client().send(ShopOps.GetSecret, { Key: 'a' }));
    expect((e as ServiceStackError).status).toBe(401);
    expect(server.received.length - before).toBe(1);
    const boom = new Error('login failed');
    const r = await client({ onAuthenticationRequired: () => { throw boom; } }).api(ShopOps.GetSecret, { Key: 'a' });
    expect(r.ok === false && r.error.cause).toBe(boom);
  });

  it('api() on 404 (no route, and from the service) and 500 (with the stack trace)', async () => {
    const r404 = await client().api(ShopOps.Fail, { Status: 404, Message: 'No order 9' });
    expect(r404.ok === false && r404.error).toMatchObject({ status: 404, errorCode: 'NotFound', message: 'No order 9' });
    const none = await client({ baseUrl: `${server.baseUrl}/nowhere` }).api(ShopOps.Hello, {});
    expect(none.ok === false && none.error.status).toBe(404);
    const r500 = await client().api(ShopOps.Fail, { Status: 500 });
    expect(r500.ok).toBe(false);
    if (r500.ok) return;
    expect(r500.error.status).toBe(500);
    expect(r500.error.errorCode).toBe('NullReferenceException');
    expect(r500.error.responseStatus.stackTrace).toContain('FailService');
    expect(r500.error.fieldErrors).toEqual([]);
    const text = await client().api(ShopOps.Fail, { Status: 503, Message: 'Down for maintenance' });
    expect(text.ok === false && text.error.responseStatus).toEqual({ errorCode: '503', message: 'Down for maintenance' });
  });

  it('times out (JsvRequestError, kind timeout; api() status 0)', async () => {
    const e = await rejection(client({ timeoutMs: 100 }).send(ShopOps.Slow, { DelayMs: 20_000 }));
    expect(e).toBeInstanceOf(JsvRequestError);
    expect((e as JsvRequestError).kind).toBe('timeout');
    const r = await client({ timeoutMs: 100 }).api(ShopOps.Slow, { DelayMs: 20_000 });
    expect(r.ok === false && r.error).toMatchObject({ status: 0, errorCode: 'timeout', url: `${server.baseUrl}/slow?DelayMs=20000` });
  });

  it('aborts via the signal, before and during the request', async () => {
    const already = new AbortController();
    already.abort(new Error('stop'));
    const before = server.received.length;
    const e1 = await rejection(client().send(ShopOps.Slow, { DelayMs: 1 }, { signal: already.signal }));
    expect((e1 as JsvRequestError).kind).toBe('aborted');
    expect(server.received.length).toBe(before);
    const during = new AbortController();
    const p = client().api(ShopOps.Slow, { DelayMs: 20_000 }, { signal: during.signal });
    setTimeout(() => during.abort(), 50);
    const r = await p;
    expect(r.ok === false && r.error.errorCode).toBe('aborted');
    const e2 = await rejection(client().get(ShopOps.Slow, { DelayMs: 20_000 }, { signal: AbortSignal.timeout(50) }));
    expect((e2 as JsvRequestError).kind).toBe('aborted');
  });

  it('rejects a cut-short JSV body with the JsvSyntaxError and its position', async () => {
    const e = await rejection(client().send(ShopOps.Hello, { Name: 'broken' }));
    expect(e).toBeInstanceOf(JsvSyntaxError);
    expect((e as JsvSyntaxError).line).toBe(1);
    expect((e as JsvSyntaxError).message).toMatch(/line 1, column \d+/);
    expect((e as JsvSyntaxError).frame).toContain('{Operation:Hello');
    const r = await client().api(ShopOps.Hello, { Name: 'broken' });
    expect(r.ok === false && r.error.status).toBe(0);
    expect(r.ok === false && r.error.cause).toBeInstanceOf(JsvSyntaxError);
  });

  it('rejects a request value that does not fit with a JsvEncodeError, before sending; api() never throws', async () => {
    const before = server.received.length;
    const e = await rejection(client().send(ShopOps.CreateOrder, { Status: 'Lost' as never }));
    expect(e).toBeInstanceOf(JsvEncodeError);
    expect((e as JsvEncodeError).path).toEqual(['Status']);
    const bad = await client().api(ShopOps.SearchOrders, { Ids: ['x' as never] });
    expect(bad.ok === false && bad.error.errorCode).toBe('INVALID_VALUE');
    const notOp = await client().api({} as never, {} as never);
    expect(notOp.ok === false && notOp.error.cause).toBeInstanceOf(JsvError);
    const notObj = await client().api(ShopOps.Hello, null as never);
    expect(notObj.ok === false && notObj.error.errorCode).toBe('INVALID_ARGUMENT');
    expect(server.received.length).toBe(before);
  });

  it('reports a refused connection as a network error', async () => {
    const r = await createServiceClient({ baseUrl: 'http://127.0.0.1:1', jitless }).api(ShopOps.Hello, {});
    expect(r.ok === false && r.error.errorCode).toBe('network');
  });
});
