/** `jsv call`, in process: schemas from the shop metadata fixture at run time, sent to the shop server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';
import type { ServiceStackTestServer } from '../support/servicestack-server.js';
import { FRESH_TOKEN, startShopServer } from '../support/shop-server.js';
import { memoryIo } from './memory-io.js';

const METADATA = fileURLToPath(new URL('../fixtures/shop-metadata.json', import.meta.url));

let server: ServiceStackTestServer;
beforeAll(async () => {
  server = await startShopServer();
});
afterAll(async () => {
  await server.close();
});

const call = async (args: string[], env?: Record<string, string>) => {
  const io = memoryIo(env === undefined ? { stdinIsTerminal: true } : { env, stdinIsTerminal: true });
  const code = await run(['call', ...args, '--metadata', METADATA, '--base-url', server.baseUrl], io);
  return { code, out: io.stdout, err: io.stderr };
};

describe('jsv call', () => {
  it('sends a GET with members from JSV text in the query string and prints the response as JSON', async () => {
    const r = await call(['SearchOrders', 'Ids=1,2,3', 'Filter={Name:x,MinTotal:2.5,Status:Paid}', 'Text=a,b & c', 'status=Shipped', 'Tags={k:v}']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out) as { operation: string; method: string; route: string };
    expect(res).toMatchObject({ operation: 'SearchOrders', method: 'GET', route: '/orders/search' });
    expect(server.last().dto).toMatchObject({
      Ids: [1, 2, 3], Filter: { Name: 'x', MinTotal: 2.5, Status: 'Paid' }, Text: 'a,b & c', Status: 'Shipped', Tags: { k: 'v' },
    });
  });

  it('fills path variables, sends POST bodies, and prints nothing for a void operation', async () => {
    const get = await call(['GetOrder', 'Id=7', 'LineNo=2']);
    expect(get.code).toBe(0);
    expect(server.last()).toMatchObject({ route: '/orders/{Id}/lines/{LineNo}', path: '/orders/7/lines/2' });
    const post = await call(['CreateOrder', 'Customer=Zoë', 'Lines=[{Sku:A,Quantity:2}]', 'Status=Paid']);
    expect(post.code).toBe(0);
    expect(server.last()).toMatchObject({ method: 'POST', route: '/orders', dto: { Customer: 'Zoë', Lines: [{ Sku: 'A', Quantity: 2 }], Status: 'Paid' } });
    const del = await call(['DeleteOrder', 'Id=9']);
    expect(del).toEqual({ code: 0, out: '', err: '' });
    expect(server.last()).toMatchObject({ method: 'DELETE', path: '/orders/9' });
  });

  it('sends the token (from --token or JSV_TOKEN) and reports a 401 in one line', async () => {
    expect((await call(['GetSecret', 'Key=k', '--token', FRESH_TOKEN])).code).toBe(0);
    expect((await call(['GetSecret', 'Key=k'], { JSV_TOKEN: FRESH_TOKEN })).code).toBe(0);
    const denied = await call(['GetSecret', 'Key=k']);
    expect(denied.code).toBe(1);
    expect(denied.err).toMatch(/^jsv call: 401 Unauthorized: Invalid BearerToken \(TokenException\) \(no token given/);
  });

  it('reports field errors of a 400 and exits 1', async () => {
    const r = await call(['CreateCustomer', 'Age=3']);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Name: 'Name' must not be empty.");
  });

  it('usage errors: unknown operation or member, bad value, missing --metadata', async () => {
    const op = await call(['Nope']);
    expect(op.code).toBe(2);
    expect(op.err).toContain('no operation "Nope"');
    const member = await call(['Hello', 'Bogus=1']);
    expect(member.code).toBe(2);
    expect(member.err).toMatch(/has no member "Bogus" \(it has: name, title\)/i);
    const value = await call(['GetOrder', 'Id=seven']);
    expect(value.code).toBe(2);
    expect(value.err).toContain('[INVALID_NUMBER]');
    const io = memoryIo({ stdinIsTerminal: true });
    expect(await run(['call', 'Hello'], io)).toBe(2);
    expect(io.stderr).toContain('--metadata is required');
  });
});

describe('jsv call --metadata <url>', () => {
  const callWith = async (args: string[], env?: Record<string, string>) => {
    const io = memoryIo(env === undefined ? { stdinIsTerminal: true } : { env, stdinIsTerminal: true });
    const code = await run(['call', ...args], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  const metadataUrl = () => `${server.baseUrl}/types/metadata`;

  it('fetches the document as JSON and, without --base-url, calls the service at the metadata URL’s path prefix', async () => {
    const before = server.metadataRequests.length;
    const r = await callWith(['GetOrder', 'Id=7', 'Expand=a b', '--metadata', metadataUrl()]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ operation: 'GetOrder', method: 'GET', route: '/orders/{Id}', path: '/orders/7' });
    const fetched = server.metadataRequests.slice(before);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]!.headers.accept).toBe('application/json');
    expect(fetched[0]!.headers.authorization).toBeUndefined();
    // Member names are the run-time schemas' (camelCase, as codegen names them); ServiceStack binds them in any case.
    expect(server.last()).toMatchObject({ route: '/orders/{Id}', path: '/orders/7', dto: { Id: 7, Expand: 'a b' } });
    expect(server.last().query.toLowerCase()).toBe('expand=a%20b');
    expect(server.last().headers.authorization).toBeUndefined();
  });

  it('drops the metadata URL’s query string from the base URL', async () => {
    const r = await callWith(['Hello', 'Name=x', '--metadata', `${metadataUrl()}?format=json`]);
    expect(r.code).toBe(0);
    expect(server.last()).toMatchObject({ route: '/hello/{Name}', path: '/hello/x', query: '' });
  });

  it('sends the token (--token or JSV_TOKEN) as the bearer token to both the metadata fetch and the call', async () => {
    const before = server.metadataRequests.length;
    expect((await callWith(['GetSecret', 'Key=k', '--metadata', metadataUrl(), '--token', FRESH_TOKEN])).code).toBe(0);
    expect(server.last().headers.authorization).toBe(`Bearer ${FRESH_TOKEN}`);
    expect((await callWith(['GetSecret', 'Key=k', '--metadata', metadataUrl()], { JSV_TOKEN: FRESH_TOKEN })).code).toBe(0);
    expect(server.last().headers.authorization).toBe(`Bearer ${FRESH_TOKEN}`);
    // An explicit --base-url on the metadata's own origin is the same service: the token goes to both.
    expect((await callWith(['GetSecret', 'Key=k', '--metadata', metadataUrl(), '--base-url', server.baseUrl, '--token', FRESH_TOKEN])).code).toBe(0);
    expect(server.metadataRequests.slice(before).map((m) => m.headers.authorization)).toEqual(Array(3).fill(`Bearer ${FRESH_TOKEN}`));
  });

  it('never sends the token to a metadata host on another origin than --base-url', async () => {
    const other = await startShopServer();
    try {
      const r = await callWith(['GetSecret', 'Key=k', '--metadata', `${other.baseUrl}/types/metadata`, '--base-url', server.baseUrl, '--token', FRESH_TOKEN]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(other.metadataRequests).toHaveLength(1);
      expect(other.metadataRequests[0]!.headers.authorization).toBeUndefined();
      expect(other.received).toHaveLength(0);
      expect(server.last()).toMatchObject({ operation: 'GetSecret', path: '/secret/k' });
      expect(server.last().headers.authorization).toBe(`Bearer ${FRESH_TOKEN}`);
    } finally {
      await other.close();
    }
  });

  it('reports a metadata URL that cannot be used in one line and exits 1: an error status, not JSON, no server', async () => {
    const missing = await callWith(['Hello', '--metadata', `${server.baseUrl}/nowhere/types/metadata`]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`jsv call: cannot fetch the metadata from ${server.baseUrl}/nowhere/types/metadata: 404 Not Found\n`);
    const jsv = await callWith(['Hello', '--metadata', `${server.baseUrl}/hello/x`]);
    expect(jsv.code).toBe(1);
    expect(jsv.err).toMatch(/^jsv call: http:\/\/127\.0\.0\.1:\d+\/svc\/hello\/x is not JSON: /);
    const refused = await callWith(['Hello', '--metadata', 'http://127.0.0.1:1/types/metadata']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^jsv call: cannot fetch the metadata from http:\/\/127\.0\.0\.1:1\/types\/metadata: /);
    expect(refused.err.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('jsv call: the base URL from the document', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jsv-call-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a file (or a URL not ending in /types/metadata) takes config.baseUrl; without one --base-url is required', async () => {
    const document = JSON.parse(await readFile(METADATA, 'utf8')) as { config: { baseUrl?: string } };
    const withBase = join(dir, 'with-base.json');
    await writeFile(withBase, JSON.stringify({ ...document, config: { ...document.config, baseUrl: server.baseUrl } }));
    const io = memoryIo({ stdinIsTerminal: true });
    expect(await run(['call', 'GetOrder', 'Id=3', '--metadata', withBase], io)).toBe(0);
    expect(server.last()).toMatchObject({ path: '/orders/3' });
    const without = join(dir, 'without-base.json');
    await writeFile(without, JSON.stringify({ ...document, config: {} }));
    const io2 = memoryIo({ stdinIsTerminal: true });
    expect(await run(['call', 'GetOrder', 'Id=3', '--metadata', without], io2)).toBe(2);
    expect(io2.stderr).toContain('--base-url is required');
  });
});
