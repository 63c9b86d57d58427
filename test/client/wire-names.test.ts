/**
 * Members with wire names (`[DataMember(Name = "…")]`, what codegen writes as `wireNames`): the client sends them under
 * those names everywhere ServiceStack binds them, in the query string, in a JSV body (also the body of a route that
 * holds some members in its path) and as route variables, checked by what a server binding by wire name received.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineOperation } from '../../src/client/operation.js';
import { createServiceClient } from '../../src/client/service-client.js';
import { array, int, object, optional, string } from '../../src/schema/builders.js';
import { decode } from '../../src/schema/decode.js';
import { startServiceStackServer, type ServiceStackTestServer } from '../support/servicestack-server.js';
import { EchoResponse, type MetadataDocument } from '../support/shop-dtos.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

const Rename = object(
  { orderId: int(), firstName: optional(string()), tags: optional(array(string())), note: optional(string()) },
  { name: 'Rename', wireNames: { orderId: 'order_id', firstName: 'first_name', tags: 'Tag_List' } },
);
const METADATA: MetadataDocument = {
  types: [],
  operations: [{ request: { name: 'Rename' }, response: { name: 'EchoResponse' }, method: 'PUT', routes: [{ path: '/rename/{order_id}', verbs: 'GET,PUT,POST,DELETE' }] }],
};
const RenameOp = defineOperation({ request: Rename, response: EchoResponse, method: 'PUT', routes: [{ path: '/rename/{order_id}', verbs: ['GET', 'PUT', 'POST', 'DELETE'] }] });
const VALUE = { orderId: 12, firstName: 'Zoë, "Z"', tags: ['a,b', 'c'], note: 'n' };

let server: ServiceStackTestServer;
beforeAll(async () => {
  server = await startServiceStackServer(METADATA, { Rename, EchoResponse });
});
afterAll(async () => {
  await server.close();
});

describe.each(MODES)('wire names (jitless: $jitless)', ({ jitless }) => {
  const client = () => createServiceClient({ baseUrl: server.baseUrl, jitless });

  it('fills a route variable named by the wire name and writes the rest of the query string under wire names', async () => {
    await client().get(RenameOp, VALUE);
    const got = server.last();
    expect(got).toMatchObject({ route: '/rename/{order_id}', path: '/rename/12' });
    expect(got.query).toBe('first_name=Zo%C3%AB%2C%20%22Z%22&Tag_List=%22a%2Cb%22%2Cc&note=n');
    expect(got.dto).toEqual(VALUE);
  });

  it('writes the body of a route that holds a member under the other members’ wire names', async () => {
    for (const verb of ['PUT', 'POST'] as const) {
      await client().send(RenameOp, VALUE, { method: verb });
      const got = server.last();
      expect(got, verb).toMatchObject({ method: verb, path: '/rename/12', query: '' });
      expect(got.body, verb).toBe('{first_name:"Zoë, ""Z""",Tag_List:["a,b",c],note:n}');
      expect(decode(Rename, got.body), verb).toEqual({ ...VALUE, orderId: 0 });
      expect(got.dto, verb).toEqual(VALUE);
    }
  });
});
