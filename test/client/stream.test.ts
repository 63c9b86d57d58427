/**
 * `client.stream(operation, request, path)`: the request is the one `send` makes (route, query string or JSV body,
 * `Accept: text/jsv`, credentials), and the list at `path` of the response is yielded item by item as the body arrives,
 * with `rest()` giving the response without the list's items. Errors are the client's. Both modes.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ServiceStackError, createServiceClient, defineOperation } from '../../src/index.js';
import { JsvError } from '../../src/errors.js';
import { array, enumOf, int, object, optional, string } from '../../src/schema/builders.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

const Item = object({ Id: int(), Name: optional(string()), State: enumOf(['Open', 'Closed'] as const) }, { name: 'Item' });
const FindItems = object({ Owner: optional(string()), Ids: optional(array(int())), Take: optional(int()) }, { name: 'FindItems' });
const FindItemsResponse = object({ Total: int(), Results: optional(array(Item)), Note: optional(string()) }, { name: 'FindItemsResponse' });
const Find = defineOperation({ name: 'FindItems', request: FindItems, response: FindItemsResponse, method: 'GET', routes: [{ path: '/items/{Owner}', verbs: ['GET'] }] });
const Import = defineOperation({ name: 'ImportItems', request: FindItems, response: FindItemsResponse, method: 'POST', routes: [{ path: '/items/import', verbs: ['POST'] }] });
const Forget = defineOperation({ name: 'Forget', request: FindItems, method: 'DELETE', routes: [{ path: '/items' }] });

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

/** A `fetch` answering with `chunks` (released one by one by `release()`), recording the request. */
function fakeFetch(chunks: readonly string[], init: { status?: number; contentType?: string } = {}) {
  const seen: Seen[] = [];
  const encoder = new TextEncoder();
  let next = 0;
  let allowed = 0;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const flush = () => {
    if (controller === undefined) return;
    while (next < allowed && next < chunks.length) controller.enqueue(encoder.encode(chunks[next++]!));
    if (next === chunks.length) controller.close();
  };
  /** Lets `n` more chunks through (those released before the request are sent as soon as it is made). */
  const release = (n = 1) => {
    allowed += n;
    flush();
  };
  const fetch = async (input: string | URL | Request, req?: RequestInit): Promise<Response> => {
    seen.push({ url: String(input), method: req?.method ?? 'GET', headers: new Headers(req?.headers), body: typeof req?.body === 'string' ? req.body : undefined });
    const body = new ReadableStream<Uint8Array>({ start: (c) => { controller = c; flush(); } });
    return new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.contentType ?? 'text/jsv; charset=utf-8' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, seen, release };
}

describe.each(MODES)('client.stream (jitless: $jitless)', ({ jitless }) => {
  it('sends the request send() would send, and yields each item before the body has ended', async () => {
    const f = fakeFetch(['{Total:3,Results:[{Id:1,Name:a b,State:Open},', '{Id:2,State:Closed},', '{Id:3,Name:"x,y"}],Note:done}']);
    const client = createServiceClient({ baseUrl: 'https://api.example.org/v1', bearerToken: 'tok', fetch: f.fetch, jitless });
    const stream = client.stream(Find, { Owner: 'ann lee', Ids: [1, 2], Take: 3 }, 'Results');
    const it = stream[Symbol.asyncIterator]();
    const first = it.next();
    await new Promise((r) => setTimeout(r, 0));
    f.release(2);
    expect(await first).toEqual({ done: false, value: { Id: 1, Name: 'a b', State: 'Open' } });
    expect(f.seen).toHaveLength(1);
    const [req] = f.seen;
    expect(req!.method).toBe('GET');
    expect(req!.url).toBe(client.urlFor(Find, { Owner: 'ann lee', Ids: [1, 2], Take: 3 }).url);
    expect(req!.url).toMatch(/^https:\/\/api\.example\.org\/v1\/items\/ann%20lee\?Ids=1%2C2&Take=3$/);
    expect(req!.headers.get('accept')).toBe('text/jsv');
    expect(req!.headers.get('authorization')).toBe('Bearer tok');
    expect(await it.next()).toEqual({ done: false, value: { Id: 2, State: 'Closed' } });
    f.release(1);
    expect(await it.next()).toEqual({ done: false, value: { Id: 3, Name: 'x,y', State: 'Open' } });
    expect((await it.next()).done).toBe(true);
    expect(await stream.rest()).toEqual({ Total: 3, Results: [], Note: 'done' });
  });

  it('a POST operation sends its members as a JSV body', async () => {
    const f = fakeFetch(['{Total:0,Results:[]}']);
    const client = createServiceClient({ baseUrl: 'https://api.example.org', fetch: f.fetch, jitless });
    const stream = client.stream(Import, { Owner: 'o', Ids: [7] }, 'Results');
    f.release(1);
    const items = [];
    for await (const x of stream) items.push(x);
    expect(items).toEqual([]);
    expect(f.seen[0]).toMatchObject({ method: 'POST', url: 'https://api.example.org/items/import', body: '{Owner:o,Ids:[7]}' });
    expect(f.seen[0]!.headers.get('content-type')).toBe('text/jsv; charset=utf-8');
  });

  it('an error status rejects with the ServiceStackError and its ResponseStatus', async () => {
    const f = fakeFetch(['{ResponseStatus:{ErrorCode:NotFound,Message:no such owner}}'], { status: 404 });
    const client = createServiceClient({ baseUrl: 'https://api.example.org', fetch: f.fetch, jitless });
    const stream = client.stream(Find, { Owner: 'x' }, 'Results');
    f.release(1);
    const e = await stream.next().then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(ServiceStackError);
    expect((e as ServiceStackError).status).toBe(404);
    expect((e as ServiceStackError).responseStatus?.errorCode).toBe('NotFound');
  });

  it('a malformed item rejects with the JsvError of a whole-body decode, at its offset in the whole body', async () => {
    const body = '{Total:2,Results:[{Id:1},{Id:x}]}';
    const f = fakeFetch([body]);
    const client = createServiceClient({ baseUrl: 'https://api.example.org', fetch: f.fetch, jitless });
    const stream = client.stream(Find, { Owner: 'x' }, 'Results');
    f.release(1);
    const got: unknown[] = [];
    const e = await (async () => {
      try {
        for await (const x of stream) got.push(x);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(got).toEqual([{ Id: 1, State: 'Open' }]);
    expect(e).toBeInstanceOf(JsvError);
    expect((e as JsvError & { offset: number }).offset).toBe(body.indexOf('x}'));
  });

  it('a JSON answer is read whole and handed out item by item', async () => {
    const f = fakeFetch([JSON.stringify({ total: 1, results: [{ id: 5, state: 'Closed' }] })], { contentType: 'application/json' });
    const client = createServiceClient({ baseUrl: 'https://api.example.org', fetch: f.fetch, jitless });
    const stream = client.stream(Find, { Owner: 'x' }, 'Results');
    f.release(1);
    const items = [];
    for await (const x of stream) items.push(x);
    expect(items).toEqual([{ Id: 5, State: 'Closed' }]);
  });

  it('a void operation has nothing to stream: INVALID_ARGUMENT at once', () => {
    const client = createServiceClient({ baseUrl: 'https://api.example.org', jitless });
    expect(() => client.stream(Forget as never, {} as never, '' as never)).toThrow(/returns no response/);
  });
});

describe('client.stream types', () => {
  it('the path is a list member of the response, the items are its item type (checked by tsc, never run)', () => {
    const client = createServiceClient({ baseUrl: 'https://api.example.org' });
    const typesOnly = async () => {
      const stream = client.stream(Find, { Owner: 'x' }, 'Results');
      for await (const item of stream) expectTypeOf(item).toEqualTypeOf<{ Id: number; Name?: string | undefined; State: 'Open' | 'Closed' }>();
      expectTypeOf(stream.rest()).resolves.toMatchTypeOf<{ Total: number }>();
      // @ts-expect-error: Total is not a list
      client.stream(Find, { Owner: 'x' }, 'Total');
    };
    expect(typeof typesOnly).toBe('function');
  });
});
