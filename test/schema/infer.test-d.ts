/**
 * Type tests: what `Infer` gives for each builder, for object members (value types required, the rest optional and
 * possibly undefined), list items (null only where JSV has an empty slot), enums, flags, `extend` and the call
 * signatures of decode/encode/safeDecode.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  TimeSpan, array, bigint, boolean, bytes, date, decode, dict, encode, enumOf, flags, fromJsonValue, guid, int, number,
  object, optional, safeDecode, string, timeSpan, type Infer, type JsvError, type StandardSchemaV1,
} from '../../src/index.js';

describe('Infer of each builder', () => {
  it('scalars', () => {
    expectTypeOf<Infer<ReturnType<typeof string>>>().toEqualTypeOf<string>();
    expectTypeOf<Infer<ReturnType<typeof number>>>().toEqualTypeOf<number>();
    expectTypeOf<Infer<ReturnType<typeof int>>>().toEqualTypeOf<number>();
    expectTypeOf<Infer<ReturnType<typeof bigint>>>().toEqualTypeOf<bigint>();
    expectTypeOf<Infer<ReturnType<typeof boolean>>>().toEqualTypeOf<boolean>();
    expectTypeOf<Infer<ReturnType<typeof date>>>().toEqualTypeOf<Date>();
    expectTypeOf<Infer<ReturnType<typeof timeSpan>>>().toEqualTypeOf<TimeSpan>();
    expectTypeOf<Infer<ReturnType<typeof guid>>>().toEqualTypeOf<string>();
    expectTypeOf<Infer<ReturnType<typeof bytes>>>().toEqualTypeOf<Uint8Array>();
  });
  it('enumOf gives the union of its names, and the schema is a map of its names', () => {
    const E = enumOf(['None', 'Active'] as const);
    expectTypeOf<Infer<typeof E>>().toEqualTypeOf<'None' | 'Active'>();
    expectTypeOf(E.Active).toEqualTypeOf<'Active'>();
    expectTypeOf(E.values).toEqualTypeOf<readonly ('None' | 'Active')[]>();
    // @ts-expect-error: not a member name
    void E.Nope;
  });
  it('flags gives a number', () => {
    expectTypeOf<Infer<ReturnType<typeof flags<{ Read: 1; Write: 2 }>>>>().toEqualTypeOf<number>();
  });
  it('optional adds undefined', () => {
    expectTypeOf<Infer<ReturnType<typeof optional<ReturnType<typeof int>>>>>().toEqualTypeOf<number | undefined>();
  });
  it('arrays: strings, bytes and optional items may be null (an empty slot); value types and objects may not', () => {
    expectTypeOf<Infer<ReturnType<typeof array<ReturnType<typeof string>>>>>().toEqualTypeOf<(string | null)[]>();
    expectTypeOf<Infer<ReturnType<typeof array<ReturnType<typeof bytes>>>>>().toEqualTypeOf<(Uint8Array | null)[]>();
    const OI = array(optional(int()));
    expectTypeOf<Infer<typeof OI>>().toEqualTypeOf<(number | null)[]>();
    expectTypeOf<Infer<ReturnType<typeof array<ReturnType<typeof int>>>>>().toEqualTypeOf<number[]>();
    const AO = array(object({ a: int() }));
    expectTypeOf<Infer<typeof AO>>().toEqualTypeOf<{ a: number }[]>();
    const AA = array(array(string()));
    expectTypeOf<Infer<typeof AA>>().toEqualTypeOf<(string | null)[][]>();
  });
  it('dict gives a string-keyed record', () => {
    const D = dict(int());
    expectTypeOf<Infer<typeof D>>().toEqualTypeOf<Record<string, number>>();
    const DS = dict(array(string()));
    expectTypeOf<Infer<typeof DS>>().toEqualTypeOf<Record<string, (string | null)[]>>();
  });
});

describe('Infer of object()', () => {
  const S = object({
    i: int(), n: number(), big: bigint(), b: boolean(), e: enumOf(['A', 'B'] as const), f: flags({ X: 1 }),
    s: string(), d: date(), g: guid(), t: timeSpan(), by: bytes(), l: array(int()), m: dict(string()),
    o: object({ x: int() }), opt: optional(int()),
  });
  type T = Infer<typeof S>;
  it('value types (int, number, bigint, boolean, enum, flags) are required', () => {
    expectTypeOf<T['i']>().toEqualTypeOf<number>();
    expectTypeOf<T['big']>().toEqualTypeOf<bigint>();
    expectTypeOf<T['b']>().toEqualTypeOf<boolean>();
    expectTypeOf<T['e']>().toEqualTypeOf<'A' | 'B'>();
    expectTypeOf<Pick<T, 'i' | 'n' | 'big' | 'b' | 'e' | 'f'>>().toEqualTypeOf<{ i: number; n: number; big: bigint; b: boolean; e: 'A' | 'B'; f: number }>();
  });
  it('the rest are optional and may be undefined (`?: T | undefined`)', () => {
    expectTypeOf<Omit<T, 'i' | 'n' | 'big' | 'b' | 'e' | 'f'>>().toEqualTypeOf<{
      s?: string | undefined; d?: Date | undefined; g?: string | undefined; t?: TimeSpan | undefined;
      by?: Uint8Array | undefined; l?: number[] | undefined; m?: Record<string, string> | undefined;
      o?: { x: number } | undefined; opt?: number | undefined;
    }>();
  });
  it('an empty object schema gives {}', () => {
    const E = object({});
    expectTypeOf<Infer<typeof E>>().toEqualTypeOf<{}>();
  });
  it('members are mutable (not readonly)', () => {
    expectTypeOf<Infer<typeof S>>().toExtend<{ i: number }>();
    const v = {} as T;
    v.i = 1;
    v.s = undefined;
  });
  it('extend merges, and a derived member overrides the base type', () => {
    const Base = object({ id: string(), n: int() });
    const D = Base.extend({ n: string(), extra: boolean() });
    expectTypeOf<Infer<typeof D>>().toEqualTypeOf<{ id?: string | undefined; n?: string | undefined; extra: boolean }>();
  });
});

describe('function signatures', () => {
  const S = object({ id: int(), name: string() });
  it('decode returns Infer of the schema', () => {
    expectTypeOf(decode(S, '')).toEqualTypeOf<{ id: number; name?: string | undefined }>();
    expectTypeOf(decode(array(string()), '')).toEqualTypeOf<(string | null)[]>();
    expectTypeOf(fromJsonValue(S, {})).toEqualTypeOf<{ id: number; name?: string | undefined }>();
  });
  it('safeDecode returns a discriminated union', () => {
    const r = safeDecode(S, '');
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<{ id: number; name?: string | undefined }>();
    else expectTypeOf(r.error).toEqualTypeOf<JsvError>();
  });
  it('encode takes a value of the schema type and returns a string', () => {
    expectTypeOf(encode(S, { id: 1 })).toEqualTypeOf<string>();
    // @ts-expect-error: id must be a number
    encode(S, { id: 'x' });
    // @ts-expect-error: keyCase is camel or pascal
    encode(S, { id: 1 }, { keyCase: 'snake' });
    encode(S, { id: 1 }, { keyCase: 'camel', jitless: true });
  });
  it('decode options: lenient, maxDepth, maxLength, jitless', () => {
    decode(S, '', { lenient: true, maxDepth: 3, maxLength: 10, jitless: true });
    // @ts-expect-error: unknown option
    decode(S, '', { strict: true });
  });
  it("every schema is a Standard Schema v1 of its Infer type", () => {
    expectTypeOf(S).toExtend<StandardSchemaV1<string, { id: number; name?: string | undefined }>>();
    expectTypeOf(S['~standard'].version).toEqualTypeOf<1>();
  });
});
