import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient, type ServiceClientOptions } from '../../src/client/service-client.js';
import { decode } from '../../src/schema/decode.js';
import type { ServiceStackTestServer } from '../support/servicestack-server.js';
import { CreateOrder, EchoResponse, Ping, ShopOps, UpdateOrder } from '../support/shop-dtos.js';
import { startShopServer } from '../support/shop-server.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

let server: ServiceStackTestServer;
beforeAll(async () => {
  server = await startShopServer();
});
afterAll(async () => {
  await server.close();
});

describe.each(MODES)('service client: routes and verbs (jitless: $jitless)', ({ jitless }) => {
  const client = (extra: Partial<ServiceClientOptions> = {}) => createServiceClient({ baseUrl: server.baseUrl, jitless, ...extra });

  it('fills {Name} from the request and sends the rest in the query string', async () => {
    const res = await client().send(ShopOps.Hello, { Name: 'World', Title: 'Dr' });
    expect(res).toMatchObject({ Operation: 'Hello', Method: 'GET', Route: '/hello/{Name}', Path: '/hello/World', Query: 'Title=Dr' });
    expect(server.last().dto).toEqual({ Name: 'World', Title: 'Dr' });
  });

  it('takes the route without variables when the variable has no value (absent or empty)', async () => {
    await client().send(ShopOps.Hello, { Title: 'Dr' });
    expect(server.last()).toMatchObject({ route: '/hello', path: '/hello', query: 'Title=Dr' });
    await client().send(ShopOps.Hello, { Name: '', Title: 'Dr' });
    expect(server.last()).toMatchObject({ route: '/hello', query: 'Name=&Title=Dr' });
  });

  it('prefers the usable route with the most variables', async () => {
    await client().get(ShopOps.GetOrder, { Id: 7, LineNo: 3, Expand: 'lines' });
    expect(server.last()).toMatchObject({ route: '/orders/{Id}/lines/{LineNo}', path: '/orders/7/lines/3', query: 'Expand=lines' });
    expect(server.last().dto).toEqual({ Id: 7, LineNo: 3, Expand: 'lines' });
    await client().get(ShopOps.GetOrder, { Id: 7 });
    expect(server.last()).toMatchObject({ route: '/orders/{Id}', path: '/orders/7', query: '' });
  });

  it('fills a value-type variable even when it is the .NET default (0)', async () => {
    await client().get(ShopOps.GetOrder, { Id: 0 });
    expect(server.last()).toMatchObject({ route: '/orders/{Id}', path: '/orders/0' });
  });

  it('percent-encodes a path variable and lets {Path*} take the rest of the path, slashes kept', async () => {
    const Path = 'docs/a b/ü %2F?#&.txt';
    await client().get(ShopOps.GetFile, { Path, Version: 2 });
    const got = server.last();
    expect(got.route).toBe('/files/{Path*}');
    expect(got.path).toBe('/files/docs/a%20b/%C3%BC%20%252F%3F%23%26.txt');
    expect(got.query).toBe('Version=2');
    expect(got.dto).toEqual({ Path, Version: 2 });
    await client().get(ShopOps.Hello, { Name: 'a/b?c' });
    expect(server.last()).toMatchObject({ route: '/hello/{Name}', path: '/hello/a%2Fb%3Fc', dto: { Name: 'a/b?c' } });
  });

  it('POSTs the request as a text/jsv body', async () => {
    const order = {
      Customer: 'Zoë, "the" {buyer}',
      Lines: [{ Sku: 'A-1', Quantity: 2, Note: 'a,b' }, { Sku: 'B', Quantity: 0 }],
      Status: 'Paid' as const,
      Due: new Date('2024-05-01T10:11:12.345Z'),
    };
    const res = await client().post(ShopOps.CreateOrder, order);
    expect(res).toMatchObject({ Method: 'POST', Route: '/orders', Query: '' });
    const got = server.last();
    expect(got.headers['content-type']).toBe('text/jsv; charset=utf-8');
    expect(got.headers.accept).toBe('text/jsv');
    expect(decode(CreateOrder, got.body)).toEqual(order);
    expect(got.dto).toEqual(order);
    expect(res.Body).toBe(got.body);
  });

  it('PUTs and PATCHes without the members the path holds; the server takes them from the path', async () => {
    const update = { Id: 42, Customer: 'x', Status: 'Shipped' as const };
    await client().send(ShopOps.UpdateOrder, update);
    const put = server.last();
    expect(put).toMatchObject({ method: 'PUT', route: '/orders/{Id}', path: '/orders/42', query: '' });
    expect(put.body).toBe('{Customer:x,Status:Shipped}');
    expect(put.dto).toEqual({ ...update, Lines: undefined });
    await client().patch(ShopOps.UpdateOrder, { Id: 43, Status: 'Pending', Lines: [{ Quantity: 1 }] });
    const patch = server.last();
    expect(patch).toMatchObject({ method: 'PATCH', path: '/orders/43' });
    expect(decode(UpdateOrder, patch.body)).toEqual({ Id: 0, Status: 'Pending', Lines: [{ Quantity: 1 }] });
    expect(patch.dto).toMatchObject({ Id: 43, Status: 'Pending', Lines: [{ Quantity: 1 }] });
  });

  it('DELETEs with the query string and resolves a void operation with undefined (204)', async () => {
    const res = await client().delete(ShopOps.DeleteOrder, { Id: 9, Reason: 'dup & wrong' });
    expect(res).toBeUndefined();
    expect(server.last()).toMatchObject({ method: 'DELETE', route: '/orders/{Id}', path: '/orders/9', query: 'Reason=dup%20%26%20wrong', body: '' });
  });

  it('falls back to /api/{Name} (POST, body) without routes, or /jsv/reply/{Name} when asked', async () => {
    await client().send(ShopOps.Ping, { Note: 'hi' });
    expect(server.last()).toMatchObject({ method: 'POST', route: '/api/{Name}', path: '/api/Ping', body: '{Note:hi}' });
    await client({ fallbackPath: 'jsv-reply' }).send(ShopOps.Ping, { Note: 'hi' });
    expect(server.last()).toMatchObject({ method: 'POST', route: '/jsv/reply/{Name}', path: '/jsv/reply/Ping' });
    await client().get(ShopOps.Ping, { Note: 'a b' });
    expect(server.last()).toMatchObject({ method: 'GET', path: '/api/Ping', query: 'Note=a%20b', body: '' });
    expect(decode(Ping, '{Note:hi}')).toEqual({ Note: 'hi' });
  });

  it('falls back when the method given is not allowed by any usable route', async () => {
    await client().get(ShopOps.CreateOrder, { Customer: 'c', Status: 'Pending' });
    expect(server.last()).toMatchObject({ method: 'GET', route: '/api/{Name}', query: 'Customer=c&Status=Pending' });
  });

  it('without a method on the operation: the chosen route’s first verb, else POST', async () => {
    expect(ShopOps.Touch.method).toBeUndefined();
    await client().send(ShopOps.Touch, { Id: 'k1', Note: 'n' });
    expect(server.last()).toMatchObject({ method: 'POST', route: '/touch/{Id}', path: '/touch/k1', body: '{Note:n}' });
    await client().send(ShopOps.Touch, { Note: 'n' });
    expect(server.last()).toMatchObject({ method: 'PUT', route: '/touch', body: '{Note:n}' });
  });

  it('the call’s method wins over the operation’s', async () => {
    await client().send(ShopOps.Hello, { Name: 'x', Title: 't' }, { method: 'post' });
    // /hello/{Name} is GET only; /hello allows POST: Name goes into the body.
    expect(server.last()).toMatchObject({ method: 'POST', route: '/hello', body: '{Name:x,Title:t}' });
  });

  it('sends Accept: text/jsv and the bearer token on every request, whatever the extra headers say', async () => {
    await client({ bearerToken: 'tok', headers: { accept: 'application/json', 'x-trace': '1' } }).send(ShopOps.Hello, {});
    const h = server.last().headers;
    expect(h.accept).toBe('text/jsv');
    expect(h.authorization).toBe('Bearer tok');
    expect(h['x-trace']).toBe('1');
  });

  it('sends basic credentials as UTF-8', async () => {
    await client({ userName: 'zoë', password: 'p:w€' }).send(ShopOps.Hello, {});
    const auth = server.last().headers.authorization ?? '';
    expect(auth.startsWith('Basic ')).toBe(true);
    expect(Buffer.from(auth.slice(6), 'base64').toString('utf8')).toBe('zoë:p:w€');
  });

  it('keeps the path prefix of baseUrl (with or without a trailing slash) and drops its query', async () => {
    const c = createServiceClient({ baseUrl: `${server.baseUrl}/?x=1`, jitless });
    expect(c.urlFor(ShopOps.GetOrder, { Id: 5, Expand: 'a' })).toEqual({ method: 'GET', url: `${server.baseUrl}/orders/5?Expand=a` });
    await c.send(ShopOps.GetOrder, { Id: 5 });
    expect(server.last().path).toBe('/orders/5');
  });

  it('decodes the response with the response schema', async () => {
    const res = await client().send(ShopOps.Hello, { Name: 'Z' });
    expect(res).toEqual({ Operation: 'Hello', Method: 'GET', Route: '/hello/{Name}', Path: '/hello/Z', Query: '', Body: '' });
    expect(decode(EchoResponse, '{Operation:Hello,Query:""}')).toMatchObject({ Query: '' });
  });

  it('rejects a bad baseUrl or fallbackPath at once', () => {
    expect(() => createServiceClient({ baseUrl: 'not a url' })).toThrow(TypeError);
    expect(() => createServiceClient({ baseUrl: server.baseUrl, fallbackPath: 'json' as never })).toThrow(TypeError);
  });
});
