import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsvEncodeError } from '../../src/errors.js';
import { queryValueText, toQueryString } from '../../src/client/query-string.js';
import { createServiceClient } from '../../src/client/service-client.js';
import { array, date, dict, int, object, optional, string } from '../../src/schema/builders.js';
import type { Infer } from '../../src/schema/types.js';
import type { ServiceStackTestServer } from '../support/servicestack-server.js';
import { readValue } from '../support/servicestack-server.js';
import { OrderFilter, SearchOrders, ShopOps } from '../support/shop-dtos.js';
import { startShopServer } from '../support/shop-server.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

/** Every character that means something in a URL, in JSV, or to a form decoder, plus non-ASCII text. */
const AWKWARD = 'a,b&c=d%20e+f"g h\'i{j}k[l]m:n?o#p/q\\r;s\tZoë 李雷 € 𠮷 🎧';

let server: ServiceStackTestServer;
beforeAll(async () => {
  server = await startShopServer();
});
afterAll(async () => {
  await server.close();
});

describe.each(MODES)('toQueryString (jitless: $jitless)', ({ jitless }) => {
  const q = (value: Infer<typeof SearchOrders>) => toQueryString(SearchOrders, value, { jitless });

  it('writes members in declared order, leaving out null and undefined ones', () => {
    expect(q({ Text: 'x', Ids: [1, 2], Take: undefined, Words: null as never })).toBe('Ids=1%2C2&Text=x');
    expect(q({})).toBe('');
  });

  it('writes a top-level string raw (no JSV quoting), percent-encoded', () => {
    expect(q({ Text: 'a,b "c"' })).toBe('Text=a%2Cb%20%22c%22');
    expect(q({ Text: '' })).toBe('Text=');
    expect(q({ Text: '[1]' })).toBe('Text=%5B1%5D');
  });

  it('writes a list without its outer brackets; items keep their JSV quoting', () => {
    expect(queryValueText(SearchOrders.shape.Ids, [1, 2, 3])).toBe('1,2,3');
    expect(queryValueText(SearchOrders.shape.Words, ['a,b', 'c', ''])).toBe('"a,b",c,""');
    expect(queryValueText(SearchOrders.shape.Ids, [])).toBe('');
  });

  it('writes objects, dictionaries, dates, enums and booleans as their JSV text', () => {
    expect(queryValueText(SearchOrders.shape.Filter, { Name: 'x', MinTotal: 2.5, Status: 'Paid' })).toBe('{Name:x,MinTotal:2.5,Status:Paid}');
    expect(queryValueText(SearchOrders.shape.Tags, { a: '1', 'b c': 'd,e' })).toBe('{a:1,b c:"d,e"}');
    expect(queryValueText(SearchOrders.shape.Since, new Date('2024-05-01T10:11:12Z'))).toBe('2024-05-01T10:11:12Z');
    expect(queryValueText(SearchOrders.shape.Status, 'Shipped')).toBe('Shipped');
    expect(queryValueText(SearchOrders.shape.Flag, false)).toBe('False');
  });

  it('leaves out the excluded members', () => {
    const s = object({ Id: int(), Name: optional(string()) });
    expect(toQueryString(s, { Id: 3, Name: 'n' }, { exclude: new Set(['Id']) })).toBe('Name=n');
  });

  it('fails with a JsvEncodeError naming the member for a value that does not fit or a lone surrogate', () => {
    const bad = (): string => q({ Ids: ['x' as never] });
    expect(bad).toThrow(JsvEncodeError);
    expect(bad).toThrow(/\$\.Ids\[0\]/);
    expect(() => q({ Text: 'a\uD800b' })).toThrow(/\$\.Text: .*lone surrogate/);
    expect(() => q({ Text: 5 as never })).toThrow(JsvEncodeError);
  });
});

describe.each(MODES)('query strings, checked by decoding what the server received (jitless: $jitless)', ({ jitless }) => {
  const send = (value: Infer<typeof SearchOrders>) => createServiceClient({ baseUrl: server.baseUrl, jitless }).send(ShopOps.SearchOrders, value);

  it('binds lists, dictionaries, nested objects, dates, enums, booleans and numbers', async () => {
    const value: Infer<typeof SearchOrders> = {
      Ids: [1, -2, 2147483647],
      Words: ['plain', 'with,comma', 'with "quotes"', '', 'ünï 李'],
      Tags: { colour: 'red,blue', 'a=b': 'c&d', empty: '' },
      Filter: { Name: 'x{y}', MinTotal: 12.75, Status: 'Cancelled', Tags: ['t1', 't,2'] },
      Filters: [{ Name: 'f1', MinTotal: 0, Status: 'Pending' }, { MinTotal: 1e21, Status: 'Paid' }],
      Since: new Date('2024-05-01T10:11:12.345Z'),
      Status: 'Shipped',
      Statuses: ['Paid', 'Pending'],
      Text: AWKWARD,
      Flag: true,
      Take: 0,
    };
    const res = await send(value);
    const got = server.last();
    expect(got.route).toBe('/orders/search');
    expect(got.dto).toEqual(value);
    expect(res.Query).toBe(got.query);
    expect(got.query.startsWith('Ids=1%2C-2%2C2147483647&Words=plain%2C%22with%2Ccomma%22%2C')).toBe(true);
  });

  it(`binds a top-level string holding , & = % + " spaces and non-ASCII text exactly`, async () => {
    for (const Text of [AWKWARD, '+', '%', '%25', '=', '&', '"', ' lead and trail ', '\u00a0', '""', '{a:b}', '[1,2]']) {
      await send({ Text });
      expect(server.last().dto.Text, JSON.stringify(Text)).toBe(Text);
    }
  });

  it('binds any strings in lists, dictionaries and objects (property)', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.array(text, { maxLength: 4 }), fc.dictionary(text.filter((k) => k !== '' && k !== '__proto__'), text, { maxKeys: 3 }), text, async (Words, Tags, Name) => {
        const value: Infer<typeof SearchOrders> = { Words, Tags, Filter: { Name, MinTotal: 1, Status: 'Paid' }, Text: Name };
        await send(value);
        const dto = server.last().dto;
        // Empty strings in a dictionary or object read back as empty (absent for an optional member), as in .NET.
        expect(dto.Words).toEqual(Words);
        expect(dto.Tags).toEqual(Tags);
        expect((dto.Filter as Infer<typeof OrderFilter>).Name ?? '').toBe(Name);
        expect(dto.Text).toBe(Name);
      }),
      { numRuns: 40 },
    );
  });

  it('the server’s reader gives back the value from the text the client wrote, member by member', () => {
    const schema = object({ At: date(), Map: dict(array(int())), Names: array(string()) });
    const value = { At: new Date(0), Map: { k: [1, 2], 'x,y': [] }, Names: ['a', 'b,c'] };
    for (const m of schema.members) {
      const v = (value as Record<string, unknown>)[m.name];
      expect(readValue(m.schema, queryValueText(m.schema, v, { jitless }))).toEqual(v);
    }
  });
});
