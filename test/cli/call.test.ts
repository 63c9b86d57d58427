/** `jsv call`, in process: schemas from the shop metadata fixture at run time, sent to the shop server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import type { ServiceStackTestServer } from '../support/servicestack-server.js';
import { FRESH_TOKEN, startShopServer } from '../support/shop-server.js';

const METADATA = fileURLToPath(new URL('../fixtures/shop-metadata.json', import.meta.url));

function memoryIo(env: Record<string, string> = {}): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    readStdin: () => Promise.resolve(new Uint8Array()),
    stdinIsTerminal: true,
    columns: undefined,
    env,
  };
  return io;
}

let server: ServiceStackTestServer;
beforeAll(async () => {
  server = await startShopServer();
});
afterAll(async () => {
  await server.close();
});

const call = async (args: string[], env?: Record<string, string>) => {
  const io = memoryIo(env);
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
    const io = memoryIo();
    expect(await run(['call', 'Hello'], io)).toBe(2);
    expect(io.stderr).toContain('--metadata is required');
  });
});
