/**
 * What goes over the wire, checked by decoding what the server received with the request schema (the server binds
 * the DTO as ServiceStack does: JSV body, then query string, then path): one DTO with every kind of value the issue
 * names, sent with every verb, member by member, and with strings holding every character that means something in a
 * URL, in JSV or to a form decoder, in every place a string can be (top level, list items, dictionary keys and values,
 * nested members, path variables, a `{Rest*}` wildcard). Plus the headers every request carries and `maxResponseBytes`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineOperation } from '../../src/client/operation.js';
import { createServiceClient, type ServiceClientOptions } from '../../src/client/service-client.js';
import { JsvRequestError } from '../../src/fetch/request-error.js';
import { array, date, dict, enumOf, int, object, optional, string } from '../../src/schema/builders.js';
import { decode } from '../../src/schema/decode.js';
import type { InferInput } from '../../src/schema/types.js';
import { startServiceStackServer, type ServiceStackTestServer } from '../support/servicestack-server.js';
import { EchoResponse, type MetadataDocument } from '../support/shop-dtos.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

const Colour = enumOf(['Red', 'Green', 'Blue'] as const);
const Inner = object(
  { Name: optional(string()), Colours: optional(array(Colour)), Tags: optional(dict(string())), At: optional(date()), Depth: int() },
  { name: 'Inner' },
);
const Probe = object(
  {
    Key: optional(string()),
    Rest: optional(string()),
    Text: optional(string()),
    Texts: optional(array(string())),
    Count: int(),
    Counts: optional(array(int())),
    At: optional(date()),
    Dates: optional(array(date())),
    Colour: optional(Colour),
    Colours: optional(array(Colour)),
    Map: optional(dict(array(string()))),
    Nested: optional(Inner),
    Nesteds: optional(array(Inner)),
  },
  { name: 'Probe' },
);
type ProbeValue = InferInput<typeof Probe>;

const ALL_VERBS = 'GET,POST,PUT,PATCH,DELETE';
const METADATA: MetadataDocument = {
  types: [],
  operations: [
    {
      request: { name: 'Probe' },
      response: { name: 'EchoResponse' },
      method: 'GET',
      routes: [
        { path: '/probe', verbs: ALL_VERBS },
        { path: '/probe/{Key}', verbs: ALL_VERBS },
        { path: '/probe/{Key}/{Rest*}', verbs: 'GET' },
      ],
    },
  ],
};
const ProbeOp = defineOperation({
  request: Probe,
  response: EchoResponse,
  method: 'GET',
  routes: [
    { path: '/probe', verbs: ALL_VERBS.split(',') },
    { path: '/probe/{Key}', verbs: ALL_VERBS.split(',') },
    { path: '/probe/{Key}/{Rest*}', verbs: ['GET'] },
  ],
});

/** Each character that means something in a URL (`&=%+#?/`), in JSV (`,"{}[]:`), to a form decoder (`+`), spaces, non-ASCII. */
const SPECIALS = [',', '&', '=', '%', '+', '"', ' ', '%20', '%2B', '+%', 'a b', ' lead', 'trail ', '{', '}', '[', ']', ':', '#', '?', '/', '\\', "'", ';', '\t', '\n', 'é', 'Zoë', '李雷', '€', '𠮷', '🎧', '\u00a0', '""', '{a:b}', '[1,2]', 'x,y=z&w'];

/** A value with every member set, strings full of specials. */
const FULL: ProbeValue = {
  Text: 'a,b&c=d%20e+f"g h Zoë 李 🎧',
  Texts: ['plain', 'with,comma', 'with "quotes"', '', 'a&b=c', '100%', '1+1', 'ünï 李'],
  Count: -7,
  Counts: [0, 1, -2147483648, 2147483647],
  At: new Date('2024-05-01T10:11:12.345Z'),
  Dates: [new Date('1970-01-01T00:00:00Z'), new Date('1901-02-03T04:05:06.007Z'), new Date('9999-12-31T23:59:59.999Z')],
  Colour: 'Green',
  Colours: ['Blue', 'Red'],
  Map: { 'k,1': ['a', 'b,c'], 'x=y&z': [], '李': ['%', '+'] },
  Nested: { Name: 'n{1}, "two"', Colours: ['Red'], Tags: { 'a b': 'c&d', 'e=f': '', '%': '+' }, At: new Date('2000-02-29T12:00:00Z'), Depth: 3 },
  Nesteds: [{ Depth: 1 }, { Name: 'x,y', Depth: 2, Colours: [] }],
};

let server: ServiceStackTestServer;
beforeAll(async () => {
  server = await startServiceStackServer(METADATA, { Probe, EchoResponse });
});
afterAll(async () => {
  await server.close();
});

/** The DTO the server should have bound for `value`: the .NET defaults, then the members sent. */
const bound = (value: Partial<ProbeValue>): Record<string, unknown> => ({ ...(decode(Probe, '{}') as object), ...value });

describe.each(MODES)('what the server receives (jitless: $jitless)', ({ jitless }) => {
  const client = (extra: Partial<ServiceClientOptions> = {}) => createServiceClient({ baseUrl: server.baseUrl, jitless, ...extra });

  it('every verb sends the same DTO: GET and DELETE in the query string, POST, PUT and PATCH as a text/jsv body', async () => {
    const c = client();
    for (const [verb, call] of [
      ['GET', c.get], ['POST', c.post], ['PUT', c.put], ['PATCH', c.patch], ['DELETE', c.delete],
    ] as const) {
      await call(ProbeOp, FULL);
      const got = server.last();
      expect(got.method, verb).toBe(verb);
      expect(got.route, verb).toBe('/probe');
      expect(got.dto, verb).toEqual(bound(FULL));
      if (verb === 'GET' || verb === 'DELETE') {
        expect(got.body, verb).toBe('');
        expect(got.headers['content-type'], verb).toBeUndefined();
        expect(got.query, verb).not.toBe('');
      } else {
        expect(got.query, verb).toBe('');
        expect(got.headers['content-type'], verb).toBe('text/jsv; charset=utf-8');
        expect(decode(Probe, got.body), verb).toEqual(bound(FULL));
      }
    }
    await c.send(ProbeOp, FULL, { method: 'patch' });
    expect(server.last()).toMatchObject({ method: 'PATCH', query: '' });
  });

  it('each member alone in the query string is bound to exactly its value (lists, dictionaries, objects, dates, enums)', async () => {
    for (const [name, value] of Object.entries(FULL)) {
      await client().get(ProbeOp, { [name]: value });
      const got = server.last();
      expect(got.query.split('&').map((p) => p.slice(0, p.indexOf('='))), name).toEqual([name]);
      expect(got.dto, name).toEqual(bound({ [name]: value }));
    }
  });

  it('a string holding , & = % + " spaces or non-ASCII text comes back exactly wherever it is', async () => {
    for (const s of SPECIALS) {
      const value: ProbeValue = {
        Text: s,
        Texts: [s, `${s}${s}`, 'x'],
        Map: { [`k${s}`]: [s] },
        Nested: { Name: s, Tags: { [`t${s}`]: s }, Depth: 0 },
        Nesteds: [{ Name: s, Depth: 1 }],
      };
      await client().get(ProbeOp, value);
      expect(server.last().dto, `GET ${JSON.stringify(s)}`).toEqual(bound(value));
      await client().post(ProbeOp, value);
      expect(server.last().dto, `POST ${JSON.stringify(s)}`).toEqual(bound(value));
    }
  });

  it('path variables and the {Rest*} wildcard carry any text, and their members stay out of the query and body', async () => {
    for (const s of SPECIALS) {
      if (s === '/' || s.trim() === '' || s === '\t' || s === '\n') continue; // a segment of only a slash or spaces routes nowhere
      const key = `k${s}`;
      await client().get(ProbeOp, { Key: key, Text: s });
      expect(server.last(), JSON.stringify(s)).toMatchObject({ route: '/probe/{Key}', dto: bound({ Key: key, Text: s }) });
      expect(server.last().query.startsWith('Text=')).toBe(true);
      await client().get(ProbeOp, { Key: key, Rest: `a/${s}/b${s}` });
      expect(server.last(), JSON.stringify(s)).toMatchObject({ route: '/probe/{Key}/{Rest*}', dto: bound({ Key: key, Rest: `a/${s}/b${s}` }) });
      await client().put(ProbeOp, { Key: key, Text: s });
      const put = server.last();
      expect(put).toMatchObject({ method: 'PUT', route: '/probe/{Key}', dto: bound({ Key: key, Text: s }) });
      expect(decode(Probe, put.body).Key).toBeUndefined();
    }
  });

  it('sends Accept: text/jsv on every request, with every verb, route and credential', async () => {
    const before = server.received.length;
    await client().get(ProbeOp, {});
    await client({ bearerToken: 't' }).delete(ProbeOp, { Key: 'k' });
    await client({ userName: 'u', password: 'p' }).post(ProbeOp, FULL);
    await client({ headers: { Accept: 'application/json' } }).put(ProbeOp, { Key: 'k' });
    await client({ headers: new Headers({ accept: 'text/html' }) }).patch(ProbeOp, {});
    await client().get(ProbeOp, { Key: 'k', Rest: 'a/b' });
    const sent = server.received.slice(before);
    expect(sent.map((r) => r.method)).toEqual(['GET', 'DELETE', 'POST', 'PUT', 'PATCH', 'GET']);
    expect(sent.map((r) => r.headers.accept)).toEqual(Array(6).fill('text/jsv'));
  });

  it('bearer token or basic credentials in Authorization; the token wins when both are given; none without', async () => {
    await client().get(ProbeOp, {});
    expect(server.last().headers.authorization).toBeUndefined();
    await client({ bearerToken: 'abc.def' }).get(ProbeOp, {});
    expect(server.last().headers.authorization).toBe('Bearer abc.def');
    await client({ userName: 'ann' }).get(ProbeOp, {});
    expect(server.last().headers.authorization).toBe(`Basic ${Buffer.from('ann:').toString('base64')}`);
    await client({ bearerToken: 'tok', userName: 'ann', password: 'pw' }).get(ProbeOp, {});
    expect(server.last().headers.authorization).toBe('Bearer tok');
    const c = client({ userName: 'ann', password: 'pw' });
    c.bearerToken = 'later';
    await c.get(ProbeOp, {});
    expect(server.last().headers.authorization).toBe('Bearer later');
    c.bearerToken = undefined;
    await c.get(ProbeOp, {});
    expect(server.last().headers.authorization).toBe(`Basic ${Buffer.from('ann:pw').toString('base64')}`);
  });

  it('maxResponseBytes: a larger answer rejects (kind too-large; api() errorCode too-large), one within it decodes', async () => {
    const big = { Text: 'x'.repeat(4000) };
    const e = await client({ maxResponseBytes: 1000 }).send(ProbeOp, big).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(JsvRequestError);
    expect((e as JsvRequestError).kind).toBe('too-large');
    const r = await client({ maxResponseBytes: 1000 }).api(ProbeOp, big);
    expect(r.ok === false && r.error).toMatchObject({ status: 0, errorCode: 'too-large' });
    const ok = await client({ maxResponseBytes: 100_000 }).send(ProbeOp, big);
    expect(ok.Query === `Text=${'x'.repeat(4000)}`).toBe(true);
  });
});

describe.each(MODES)('dot segments never leave the route (jitless: $jitless)', ({ jitless }) => {
  const client = () => createServiceClient({ baseUrl: server.baseUrl, jitless });

  it("a '.' or '..' value does not fill {Key}: another route is taken and the value travels in the query string", async () => {
    for (const Key of ['.', '..']) {
      expect(client().urlFor(ProbeOp, { Key }).url).toBe(`${server.baseUrl}/probe?Key=${Key}`);
      await client().get(ProbeOp, { Key, Text: 't' });
      expect(server.last(), Key).toMatchObject({ route: '/probe', path: '/probe', dto: bound({ Key, Text: 't' }) });
      await client().post(ProbeOp, { Key });
      expect(server.last(), Key).toMatchObject({ route: '/probe', body: `{Key:${Key},Count:0}`, dto: bound({ Key }) });
    }
    // Dots that are not a whole segment are ordinary text.
    await client().get(ProbeOp, { Key: '...' });
    expect(server.last()).toMatchObject({ route: '/probe/{Key}', path: '/probe/...', dto: bound({ Key: '...' }) });
  });

  it("a {Rest*} with a '.' or '..' segment is not used (it would climb out of the route and the base URL)", async () => {
    for (const Rest of ['a/../b', '../../../admin', './x', 'x/.', '..']) {
      const { url } = client().urlFor(ProbeOp, { Key: 'k', Rest });
      expect(url, Rest).toBe(`${server.baseUrl}/probe/k?Rest=${encodeURIComponent(Rest)}`);
      await client().get(ProbeOp, { Key: 'k', Rest });
      expect(server.last(), Rest).toMatchObject({ route: '/probe/{Key}', path: '/probe/k', dto: bound({ Key: 'k', Rest }) });
    }
    await client().get(ProbeOp, { Key: 'k', Rest: 'a/.b/c..' });
    expect(server.last()).toMatchObject({ route: '/probe/{Key}/{Rest*}', path: '/probe/k/a/.b/c..', dto: bound({ Key: 'k', Rest: 'a/.b/c..' }) });
  });
});
