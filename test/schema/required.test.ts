/**
 * `required(schema)` (ServiceStack's `isRequired`): a member that must be present and not empty. Every test runs with
 * the compiled codec and with the interpreter (`jitless`); both must give the same values and errors.
 */
import { describe, expect, it } from 'vitest';
import {
  JsvDecodeError, JsvEncodeError, array, boolean, compile, decode, encode, fromJsonValue, int, object, optional, required,
  safeDecode, string,
} from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

const Pet = object({ id: required(int()), name: required(string()), nick: optional(string()), age: int() }, { name: 'Pet' });
const Owner = object({ name: string(), pets: array(Pet), best: Pet });

function decodeError(f: () => unknown): JsvDecodeError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(JsvDecodeError);
    return e as JsvDecodeError;
  }
  throw new Error('expected a JsvDecodeError');
}

describe.each(MODES)('required members (jitless: $jitless)', (mode) => {
  it('decodes a member that is present as its inner schema', () => {
    expect(decode(Pet, '{id:1,name:Rex}', mode)).toEqual({ id: 1, name: 'Rex', age: 0 });
  });
  it('fails with MISSING_MEMBER and the path when a required member is missing', () => {
    const e = decodeError(() => decode(Pet, '{id:1}', mode));
    expect(e.code).toBe('MISSING_MEMBER');
    expect(e.path).toEqual(['name']);
  });
  it('a required value type gets no .NET default: missing fails', () => {
    const e = decodeError(() => decode(Pet, '{name:Rex}', mode));
    expect(e.code).toBe('MISSING_MEMBER');
    expect(e.path).toEqual(['id']);
  });
  it('fails on an empty object', () => {
    expect(decodeError(() => decode(Pet, '{}', mode)).path).toEqual(['id']);
  });
  it('fails with MISSING_MEMBER on an empty value', () => {
    const e = decodeError(() => decode(Pet, '{id:1,name:}', mode));
    expect(e.code).toBe('MISSING_MEMBER');
    expect(e.path).toEqual(['name']);
    expect(decodeError(() => decode(Pet, '{id:,name:x}', mode)).path).toEqual(['id']);
  });
  it('reports nested paths through lists and members', () => {
    expect(decodeError(() => decode(Owner, '{name:a,pets:[{id:1,name:x},{id:2}],best:{id:3,name:y}}', mode)).path).toEqual(['pets', 1, 'name']);
    expect(decodeError(() => decode(Owner, '{name:a,best:{name:y}}', mode)).path).toEqual(['best', 'id']);
  });
  it('a wrong inner value keeps the inner code', () => {
    expect(decodeError(() => decode(Pet, '{id:x,name:y}', mode)).code).toBe('INVALID_NUMBER');
  });
  it('compiled and jitless give the same error', () => {
    const a = safeDecode(Owner, '{best:{id:1}}', { jitless: false });
    const b = safeDecode(Owner, '{best:{id:1}}', { jitless: true });
    expect(a.ok || b.ok).toBe(false);
    if (!a.ok && !b.ok) expect(a.error.message).toBe(b.error.message);
  });
  it('encodes a present member; refuses undefined and null with a JsvEncodeError at its path', () => {
    expect(encode(Pet, { id: 1, name: 'Rex', age: 2 }, mode)).toBe('{id:1,name:Rex,age:2}');
    const bad = { id: 1, name: undefined, age: 0 } as unknown as Parameters<typeof encode<typeof Pet>>[1];
    expect(() => encode(Pet, bad, mode)).toThrow(JsvEncodeError);
    try {
      encode(Owner, { best: { id: 1, name: null } } as never, mode);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(JsvEncodeError);
      expect((e as JsvEncodeError).path).toEqual(['best', 'name']);
    }
  });
  it('round-trips through compile()', () => {
    const c = compile(Owner, mode);
    const v = { name: 'a', pets: [{ id: 1, name: 'x', age: 0 }], best: { id: 2, name: 'y', nick: 'z', age: 3 } };
    expect(c.decode(c.encode(v))).toEqual(v);
  });
  it('a required root or list item refuses an empty value', () => {
    expect(decodeError(() => decode(required(string()), '', mode)).code).toBe('MISSING_MEMBER');
    expect(decodeError(() => decode(array(required(string())), '[a,,b]', mode)).path).toEqual([1]);
  });
});

describe('required members from JSON', () => {
  it('fromJsonValue fails with MISSING_MEMBER when a required member is missing or null', () => {
    for (const v of [{ id: 1 }, { id: 1, name: null }]) {
      const e = decodeError(() => fromJsonValue(Pet, v));
      expect(e.code).toBe('MISSING_MEMBER');
      expect(e.path).toEqual(['name']);
    }
    expect(fromJsonValue(Pet, { Id: 1, Name: 'Rex' })).toEqual({ id: 1, name: 'Rex', age: 0 });
  });
});

describe('required members in generated code', () => {
  it('well-formed text and values stay on the generated fast path (no interpreter fallback)', async () => {
    const { fallbackCount } = await import('../../src/schema/generate.js');
    const L = array(object({ id: required(int()), name: required(string()) }));
    const before = { ...fallbackCount };
    expect(decode(L, '[{id:1,name:x},{name:y,id:2}]')).toEqual([{ id: 1, name: 'x' }, { id: 2, name: 'y' }]);
    expect(encode(L, [{ id: 1, name: 'x' }])).toBe('[{id:1,name:x}]');
    expect(fallbackCount.decode).toBe(before.decode);
    expect(fallbackCount.encode).toBe(before.encode);
  });
});

describe.each(MODES)('the README example of required members (jitless: $jitless)', (mode) => {
  const ReadmePet = object({ id: required(int()), name: string(), age: int(), vaccinated: boolean() });
  it('encodes the defaults of the members left out, and decode reports the missing required one', () => {
    expect(encode(ReadmePet, { id: 1, name: 'Rex' }, mode)).toBe('{id:1,name:Rex,age:0,vaccinated:False}');
    const e = decodeError(() => decode(ReadmePet, '{name:Rex}', mode));
    expect(e.code).toBe('MISSING_MEMBER');
    expect(e.path).toEqual(['id']);
  });
});
