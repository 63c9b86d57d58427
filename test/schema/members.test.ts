/**
 * Object members (spec §4): case-insensitive names, unknown members skipped, missing members, the written order and
 * names, `extend`. Every test runs with the compiled codec and with the interpreter (`jitless`).
 */
import { describe, expect, it } from 'vitest';
import {
  JsvDecodeError, JsvSyntaxError, TimeSpan, array, bigint, boolean, bytes, date, decode, dict, encode, enumOf, flags,
  guid, int, number, object, optional, string, timeSpan,
} from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

const State = enumOf(['None', 'Active'] as const);
const Perm = flags({ Read: 1, Write: 2 });

describe.each(MODES)('object members (jitless: $jitless)', (mode) => {
  const dec = <S extends Parameters<typeof decode>[0]>(s: S, text: string, o: { lenient?: boolean } = {}) =>
    decode(s, text, { ...mode, ...o });
  const enc = <S extends Parameters<typeof encode>[0]>(s: S, v: Parameters<typeof encode<S>>[1], o: { keyCase?: 'camel' | 'pascal' } = {}) =>
    encode(s, v, { ...mode, ...o });

  describe('names match case-insensitively', () => {
    const S = object({ dialState: State, name: string() });
    it.each(['dialState', 'DialState', 'DIALSTATE', 'dialstate', 'dIaLsTaTe'])('%s sets dialState', (key) => {
      expect(dec(S, `{${key}:Active}`)).toEqual({ dialState: 'Active' });
    });
    it('a PascalCase and a camelCase text give the same object', () => {
      expect(dec(S, '{DialState:Active,Name:x}')).toEqual(dec(S, '{dialState:Active,name:x}'));
    });
    it('matches a declared PascalCase name from a camelCase key', () => {
      const P = object({ URLValue: string(), ID: int() });
      expect(dec(P, '{urlValue:u,id:3}')).toEqual({ URLValue: 'u', ID: 3 });
    });
    it('the last of duplicate keys wins (in any case)', () => {
      expect(dec(S, '{name:a,NAME:b}')).toEqual({ dialState: 'None', name: 'b' });
    });
    it('a quoted member name is unescaped and matched', () => {
      expect(dec(S, '{"name":x}')).toEqual({ dialState: 'None', name: 'x' });
    });
  });

  describe('unknown members are skipped', () => {
    const S = object({ a: int(), b: string() });
    it('skips scalars, quoted strings, objects and lists it does not know', () => {
      expect(dec(S, '{x:1,a:2,y:"q,}]",z:{p:[1,{q:2}],r:"}"},w:[[a],{}],b:ok}')).toEqual({ a: 2, b: 'ok' });
    });
    it('does not convert an unknown member (a bad value there is no error)', () => {
      expect(dec(S, '{a:1,n:not-a-number,d:{deep:[x]}}')).toEqual({ a: 1 });
    });
    it('still syntax-checks an unknown member: an unbalanced list inside fails', () => {
      expect(() => dec(S, '{a:1,junk:{l:[1,{b:2},c:x},b:y}')).toThrow(JsvSyntaxError);
    });
    it('still syntax-checks an unknown member: an unterminated quote fails', () => {
      expect(() => dec(S, '{a:1,junk:"abc,b:y}')).toThrow(expect.objectContaining({ code: 'UNTERMINATED_STRING' }));
    });
    it('still syntax-checks an unknown member: a key without ":" inside fails', () => {
      expect(() => dec(S, '{a:1,junk:{x},b:y}')).toThrow(JsvSyntaxError);
    });
  });

  describe('missing members', () => {
    const S = object({
      s: string(), l: array(int()), d: dict(string()), o: object({ x: int() }), dt: date(), g: guid(), ts: timeSpan(),
      by: bytes(), opt: optional(int()),
      i: int(), n: number(), big: bigint(), b: boolean(), e: State, f: Perm,
    });
    it('are undefined for strings, lists, dictionaries, objects, dates, guids, time spans, bytes and optional members', () => {
      const v = dec(S, '{}');
      for (const k of ['s', 'l', 'd', 'o', 'dt', 'g', 'ts', 'by', 'opt'] as const) expect(v[k], k).toBeUndefined();
    });
    it('are the .NET default for int, number, bigint, boolean, enum (first member) and flags (0)', () => {
      const v = dec(S, '{}');
      expect({ i: v.i, n: v.n, big: v.big, b: v.b, e: v.e, f: v.f }).toEqual({ i: 0, n: 0, big: 0n, b: false, e: 'None', f: 0 });
      expect(Object.is(v.n, 0)).toBe(true);
    });
    it('an enum default is its first member, whatever its name', () => {
      expect(dec(object({ c: enumOf(['Disconnected', 'Ringing'] as const) }), '{}')).toEqual({ c: 'Disconnected' });
    });
    it('an empty value of a reference type is absent (undefined), not an empty string', () => {
      expect(dec(object({ s: string(), l: array(int()), o: object({}) }), '{s:,l:,o:}')).toEqual({});
      expect(dec(object({ s: string() }), '{s:}').s).toBeUndefined();
    });
    it('an empty value of a value type is an error, not a default', () => {
      for (const [S2, code] of [
        [object({ v: int() }), 'INVALID_NUMBER'], [object({ v: number() }), 'INVALID_NUMBER'],
        [object({ v: bigint() }), 'INVALID_NUMBER'], [object({ v: boolean() }), 'INVALID_BOOLEAN'],
        [object({ v: State }), 'INVALID_ENUM'], [object({ v: guid() }), 'INVALID_GUID'],
        [object({ v: date() }), 'INVALID_DATE'], [object({ v: timeSpan() }), 'INVALID_TIMESPAN'],
      ] as const) {
        expect(() => dec(S2, '{v:}'), code).toThrow(expect.objectContaining({ code, path: ['v'] }));
      }
    });
    it('optional() makes an empty value absent instead of an error', () => {
      expect(dec(object({ v: optional(int()), g: optional(guid()) }), '{v:,g:}')).toEqual({ v: undefined, g: undefined });
    });
    it('decoded objects have every declared member as an own key, in declared order', () => {
      const v = dec(object({ b: int(), a: string(), c: boolean() }), '{c:True,a:x}');
      expect(Object.keys(v)).toEqual(['b', 'a', 'c']);
    });
  });

  describe('encode', () => {
    const S = object({ id: int(), name: string(), tags: array(string()), on: boolean(), at: date(), kind: State });
    it('writes members in declared order, whatever the order of the value', () => {
      expect(enc(S, { kind: 'Active', tags: ['a'], name: 'n', id: 7, on: true, at: new Date(Date.UTC(2010, 11, 20)) }))
        .toBe('{id:7,name:n,tags:[a],on:True,at:2010-12-20,kind:Active}');
    });
    it('omits undefined and null members', () => {
      expect(enc(S, { id: 1, on: false, kind: 'None', name: undefined, tags: null as never })).toBe('{id:1,on:False,kind:None}');
    });
    it('writes value-type defaults (0, False, the first enum member)', () => {
      expect(enc(object({ i: int(), n: number(), big: bigint(), b: boolean(), e: State, f: Perm }), {} as never))
        .toBe('{i:0,n:0,big:0,b:False,e:None,f:0}');
    });
    it('writes no whitespace anywhere', () => {
      const text = enc(object({ a: array(object({ b: dict(int()) })), s: string() }), { a: [{ b: { k: 1, j: 2 } }, { b: {} }], s: 'x' });
      expect(text).toBe('{a:[{b:{k:1,j:2}},{b:{}}],s:x}');
    });
    it('keeps spaces inside string values verbatim and unquoted', () => {
      expect(enc(object({ s: string() }), { s: ' lead and trail ' })).toBe('{s: lead and trail }');
    });
    it('an empty object is {}', () => {
      expect(enc(object({ s: string() }), {})).toBe('{}');
      expect(enc(object({}), {})).toBe('{}');
    });
    it('ignores properties of the value that the schema does not declare', () => {
      expect(enc(object({ a: int() }), { a: 1, extra: 'x' } as never)).toBe('{a:1}');
    });
  });

  describe('keyCase', () => {
    const S = object({ URLValue: string(), ID: int(), IOStream: string(), MyID: int(), callSid: string(), Name: string() });
    const v = { URLValue: 'u', ID: 1, IOStream: 's', MyID: 2, callSid: 'c', Name: 'n' };
    it('default: names as declared', () => {
      expect(enc(S, v)).toBe('{URLValue:u,ID:1,IOStream:s,MyID:2,callSid:c,Name:n}');
    });
    it("'camel' lowercases the leading run of capitals, keeping the last when a lowercase letter follows", () => {
      expect(enc(S, v, { keyCase: 'camel' })).toBe('{urlValue:u,id:1,ioStream:s,myID:2,callSid:c,name:n}');
    });
    it("'pascal' upper-cases the first letter only", () => {
      expect(enc(S, v, { keyCase: 'pascal' })).toBe('{URLValue:u,ID:1,IOStream:s,MyID:2,CallSid:c,Name:n}');
    });
    it('applies to nested objects, and not to dictionary keys', () => {
      const N = object({ inner: object({ someValue: int() }), map: dict(int()) });
      expect(enc(N, { inner: { someValue: 1 }, map: { someKey: 2 } }, { keyCase: 'pascal' })).toBe('{Inner:{SomeValue:1},Map:{someKey:2}}');
    });
    it('text written in either case decodes to the same object', () => {
      expect(dec(S, enc(S, v, { keyCase: 'camel' }))).toEqual(v);
      expect(dec(S, enc(S, v, { keyCase: 'pascal' }))).toEqual(v);
    });
    it('rejects an unknown keyCase', () => {
      expect(() => enc(S, v, { keyCase: 'snake' as never })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    });
  });

  describe('extend (inheritance)', () => {
    const Base = object({ id: string(), createdBy: string() }, { name: 'Base' });
    const Derived = Base.extend({ state: State, note: string() }, { name: 'Derived' });
    it('writes the derived members first, then the base ones (as ServiceStack does)', () => {
      expect(enc(Derived, { id: 'i', createdBy: 'u', state: 'Active', note: 'n' })).toBe('{state:Active,note:n,id:i,createdBy:u}');
      expect(Derived.members.map((m) => m.name)).toEqual(['state', 'note', 'id', 'createdBy']);
    });
    it("order: 'base-first' writes the base members first", () => {
      const B = Base.extend({ state: State }, { order: 'base-first' });
      expect(enc(B, { id: 'i', createdBy: 'u', state: 'Active' })).toBe('{id:i,createdBy:u,state:Active}');
    });
    it('reads base and derived members in any order', () => {
      expect(dec(Derived, '{ID:i,note:n,CreatedBy:u,State:Active}')).toEqual({ id: 'i', createdBy: 'u', state: 'Active', note: 'n' });
    });
    it('a derived member overrides the base member of the same name (any case), in the derived position', () => {
      const O = Base.extend({ ID: int() });
      expect(O.members.map((m) => m.name)).toEqual(['ID', 'createdBy']);
      expect(enc(O, { ID: 5, createdBy: 'u' })).toBe('{ID:5,createdBy:u}');
      expect(dec(O, '{id:7}')).toEqual({ ID: 7 });
      expect(() => dec(O, '{id:x}')).toThrow(JsvDecodeError);
    });
    it('leaves the base schema unchanged', () => {
      expect(enc(Base, { id: 'i', createdBy: 'u' })).toBe('{id:i,createdBy:u}');
      expect(Base.members.map((m) => m.name)).toEqual(['id', 'createdBy']);
    });
    it('extend of an extended schema puts the newest members first', () => {
      const D2 = Derived.extend({ extra: int() });
      expect(D2.members.map((m) => m.name)).toEqual(['extra', 'state', 'note', 'id', 'createdBy']);
    });
  });

  describe('a member holding a nested value type', () => {
    it('round-trips a time span member', () => {
      const S = object({ t: timeSpan() });
      const v = dec(S, '{t:PT1H}');
      expect(v.t).toBeInstanceOf(TimeSpan);
      expect(enc(S, v)).toBe('{t:PT1H}');
    });
  });
});

describe('object() rejects bad shapes', () => {
  it('two member names that differ only in case', () => {
    expect(() => object({ id: int(), ID: int() })).toThrow(expect.objectContaining({ code: 'INVALID_SCHEMA' }));
  });
  it('a member that is not a schema', () => {
    expect(() => object({ id: 5 as never })).toThrow(expect.objectContaining({ code: 'INVALID_SCHEMA' }));
  });
});
