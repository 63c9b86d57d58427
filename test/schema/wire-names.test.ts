/**
 * Declared wire names: `object(…, { wireNames })` (`[DataMember(Name = "…")]`) and `enumOf(…, { wireNames })`
 * (`[EnumMember(Value = "…")]`). Every test runs with the compiled codec and with the interpreter (`jitless`).
 */
import { describe, expect, it } from 'vitest';
import { fastPathStats } from '../../src/schema/fast-path.js';
import { toQueryString } from '../../src/client/query-string.js';
import { resolveRoute } from '../../src/client/route.js';
import { defineOperation } from '../../src/client/operation.js';
import { JsvError, decode, encode, enumOf, fromJsonValue, int, object, optional, string } from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

const Status = enumOf(['Active', 'OnHold'] as const, { wireNames: { OnHold: 'on-hold' } });
const Order = object({ orderId: string(), status: Status, count: int() }, { wireNames: { orderId: 'order_id' } });

describe.each(MODES)('wire names (jitless: $jitless)', (mode) => {
  const dec = <S extends Parameters<typeof decode>[0]>(s: S, text: string) => decode(s, text, mode);
  const enc = <S extends Parameters<typeof encode>[0]>(s: S, v: Parameters<typeof encode<S>>[1], o: { keyCase?: 'camel' | 'pascal' } = {}) =>
    encode(s, v, { ...mode, ...o });

  describe('object members', () => {
    it('writes a member by its wire name; the JS property stays declared', () => {
      expect(enc(Order, { orderId: 'A1', status: 'Active', count: 2 })).toBe('{order_id:A1,status:Active,count:2}');
    });
    it('writes the wire name as given whatever keyCase says; the others follow keyCase', () => {
      const v = { orderId: 'A1', status: 'Active', count: 2 } as const;
      expect(enc(Order, v, { keyCase: 'pascal' })).toBe('{order_id:A1,Status:Active,Count:2}');
      expect(enc(Order, v, { keyCase: 'camel' })).toBe('{order_id:A1,status:Active,count:2}');
      const P = object({ id: int() }, { wireNames: { id: 'ID' } });
      expect(enc(P, { id: 1 }, { keyCase: 'camel' })).toBe('{ID:1}');
    });
    it('reads the wire name in any case', () => {
      for (const key of ['order_id', 'ORDER_ID', 'Order_Id']) expect(dec(Order, `{${key}:x}`)).toEqual({ orderId: 'x', status: 'Active', count: 0 });
    });
    it('does not read the JS property name from JSV text (only the wire name, as ServiceStack)', () => {
      expect(dec(Order, '{orderId:x,OrderId:y}')).toEqual({ status: 'Active', count: 0 });
    });
    it('reads members out of order and after an unknown one', () => {
      expect(dec(Order, '{count:3,zz:1,ORDER_ID:q}')).toEqual({ orderId: 'q', status: 'Active', count: 3 });
    });
    it('quotes a wire name holding a special character and reads it back', () => {
      const Q = object({ a: int(), b: optional(string()) }, { wireNames: { a: 'x:y' } });
      const text = enc(Q, { a: 1, b: 'z' });
      expect(text).toBe('{"x:y":1,b:z}');
      expect(dec(Q, text)).toEqual({ a: 1, b: 'z' });
    });
    it('extend keeps the base wire names and takes its own', () => {
      const D = Order.extend({ note: string() }, { wireNames: { note: 'Memo' } });
      const text = enc(D, { orderId: 'o', status: 'OnHold', count: 1, note: 'n' });
      expect(text).toBe('{Memo:n,order_id:o,status:on-hold,count:1}');
      expect(dec(D, text)).toEqual({ note: 'n', orderId: 'o', status: 'OnHold', count: 1 });
    });
  });

  describe('enum values', () => {
    it('writes a value by its wire name; the JS value stays declared', () => {
      expect(enc(Status, 'OnHold')).toBe('on-hold');
      expect(enc(Status, 'Active')).toBe('Active');
      expect(dec(Status, 'on-hold')).toBe('OnHold');
    });
    it('reads the wire name in any case, and the declared name too (as Enum.Parse does)', () => {
      for (const t of ['on-hold', 'ON-HOLD', 'OnHold', 'onhold', ' on-hold ', '1']) expect(dec(Status, t)).toBe('OnHold');
    });
    it('inside an object, in both key cases', () => {
      expect(dec(Order, '{Status:ON-HOLD}')).toEqual({ status: 'OnHold', count: 0 });
      expect(dec(Order, '{status:OnHold}')).toEqual({ status: 'OnHold', count: 0 });
    });
    it('refuses a value that is neither a name nor a wire name', () => {
      expect(() => dec(Status, 'hold')).toThrow(expect.objectContaining({ code: 'INVALID_ENUM' }));
      expect(() => enc(Status, 'on-hold' as never)).toThrow();
    });
  });

  it('round-trips in both key cases', () => {
    const v = { orderId: 'A-1', status: 'OnHold', count: 7 } as const;
    for (const keyCase of ['camel', 'pascal'] as const) expect(dec(Order, enc(Order, v, { keyCase }))).toEqual(v);
    expect(dec(Order, enc(Order, v))).toEqual(v);
  });
});

describe('wire names in fromJsonValue', () => {
  it('maps the JSON wire names (ServiceStack JSON uses them too), in any case', () => {
    expect(fromJsonValue(Order, { ORDER_ID: 'a', status: 'on-hold' })).toEqual({ orderId: 'a', status: 'OnHold', count: 0 });
  });
  it('also maps an already-decoded value (JS property names and values)', () => {
    expect(fromJsonValue(Order, { orderId: 'a', status: 'OnHold', count: 1 })).toEqual({ orderId: 'a', status: 'OnHold', count: 1 });
  });
});

describe('invalid wire names are refused at build time', () => {
  const refused = (f: () => unknown) => expect(f).toThrow(expect.objectContaining({ code: 'INVALID_SCHEMA' }));
  it('empty', () => {
    refused(() => object({ a: int() }, { wireNames: { a: '' } }));
    refused(() => enumOf(['A', 'B'] as const, { wireNames: { B: '' } }));
  });
  it('not a string', () => {
    refused(() => object({ a: int() }, { wireNames: { a: 1 as never } }));
  });
  it('for an undeclared member or value', () => {
    refused(() => object({ a: int() }, { wireNames: { b: 'x' } as never }));
    refused(() => enumOf(['A'] as const, { wireNames: { C: 'x' } as never }));
  });
  it('equal after case folding to another wire name or member name', () => {
    refused(() => object({ a: int(), b: int() }, { wireNames: { a: 'X', b: 'x' } }));
    refused(() => object({ a: int(), b: int() }, { wireNames: { a: 'B' } }));
    refused(() => enumOf(['A', 'B'] as const, { wireNames: { A: 'b' } }));
    refused(() => object({ a: int() }).extend({ b: int() }, { wireNames: { b: 'A' } }));
  });
  it('refusals are JsvErrors', () => {
    expect(() => object({ a: int() }, { wireNames: { a: '' } })).toThrow(JsvError);
  });
  it('a wire name equal to its own member name, or swapping two names, is allowed', () => {
    expect(() => object({ a: int() }, { wireNames: { a: 'A' } })).not.toThrow();
    expect(() => object({ a: int(), b: int() }, { wireNames: { a: 'b', b: 'a' } })).not.toThrow();
  });
});

describe.each(MODES)('wire names in the query string (jitless: $jitless)', ({ jitless }) => {
  it('names a member by its wire name and writes an enum value by its wire name', () => {
    expect(toQueryString(Order, { orderId: 'a b', status: 'OnHold', count: 1 }, { jitless })).toBe('order_id=a%20b&status=on-hold&count=1');
  });
});

describe('wire names in routes', () => {
  it('a route variable may name a member by its wire name; the member then stays out of the query string', () => {
    const op = defineOperation({ name: 'GetOrder', request: Order, routes: [{ path: '/orders/{order_id}' }] });
    const r = resolveRoute(op, { orderId: 'A1', status: 'Active', count: 0 }, 'GET', 'api');
    expect(r.path).toBe('/orders/A1');
    expect([...r.used]).toEqual(['orderId']);
  });
});

describe('wire names in the compiled codecs', () => {
  it('valid texts and values never fall back to the interpreter', () => {
    const before = { decode: fastPathStats.decode, encode: fastPathStats.encode };
    fastPathStats.strict = true;
    try {
      const v = { orderId: 'A1', status: 'OnHold', count: 2 } as const;
      for (const keyCase of [undefined, 'camel', 'pascal'] as const) expect(decode(Order, encode(Order, v, keyCase ? { keyCase } : {}))).toEqual(v);
      expect(decode(Order, '{ORDER_ID:A1,Status:on-hold,count:2}')).toEqual(v);
      expect(decode(Status, 'on-hold')).toBe('OnHold');
    } finally {
      fastPathStats.strict = false;
    }
    expect({ decode: fastPathStats.decode, encode: fastPathStats.encode }).toEqual(before);
  });
});
