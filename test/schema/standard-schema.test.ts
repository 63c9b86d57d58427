/**
 * Standard Schema v1 on every schema (`'~standard'`), and `fromJsonValue` (a JSON response mapped through a schema).
 * Neither takes a `jitless` option: `validate` uses the default (compiled) codec and is compared with
 * `decode(…, { jitless: true })` so both modes are covered.
 */
import { describe, expect, it } from 'vitest';
import {
  JsvDecodeError, TimeSpan, array, bigint, boolean, bytes, date, decode, dict, enumOf, flags, fromJsonValue, guid, int,
  number, object, optional, safeFromJsonValue, string, timeSpan, type AnySchema, type StandardSchemaV1,
} from '../../src/index.js';

const State = enumOf(['None', 'Active'] as const);
const S = object({ id: int(), name: string(), state: State, tags: array(string()), inner: object({ q: string() }) });

describe('Standard Schema v1', () => {
  const all: Array<[string, AnySchema]> = [
    ['string', string()], ['number', number()], ['int', int()], ['bigint', bigint()], ['boolean', boolean()],
    ['date', date()], ['timeSpan', timeSpan()], ['guid', guid()], ['bytes', bytes()], ['enumOf', State],
    ['flags', flags({ A: 1 })], ['array', array(int())], ['dict', dict(int())], ['object', S], ['optional', optional(int())],
    ['extend', S.extend({ more: int() })],
  ];
  it.each(all)("%s has '~standard' with version 1 and vendor 'jsv-codec'", (_n, s) => {
    expect(s['~standard'].version).toBe(1);
    expect(s['~standard'].vendor).toBe('jsv-codec');
    expect(typeof s['~standard'].validate).toBe('function');
  });
  it('validate(text) returns { value } for valid JSV, synchronously', () => {
    const r = S['~standard'].validate('{id:1,name:x,state:active,tags:[a],inner:{q:z}}');
    expect(r).not.toBeInstanceOf(Promise);
    expect(r).toEqual({ value: { id: 1, name: 'x', state: 'Active', tags: ['a'], inner: { q: 'z' } } });
  });
  it('validate gives the same value as decode in jitless mode', () => {
    const text = '{id:1,tags:[a,,b],inner:{}}';
    expect((S['~standard'].validate(text) as StandardSchemaV1.SuccessResult<unknown>).value).toEqual(decode(S, text, { jitless: true }));
  });
  it('validate(text) returns { issues: [{ message, path }] } for a value that does not fit', () => {
    const r = S['~standard'].validate('{inner:{q:x},tags:[a],id:x}') as StandardSchemaV1.FailureResult;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.path).toEqual(['id']);
    expect(r.issues[0]!.message).toMatch(/^\$\.id: expected a 32-bit integer/);
  });
  it('the issue path reaches into lists', () => {
    const r = object({ l: array(object({ n: int() })) })['~standard'].validate('{l:[{n:1},{n:y}]}') as StandardSchemaV1.FailureResult;
    expect(r.issues[0]!.path).toEqual(['l', 1, 'n']);
  });
  it('malformed text gives one issue (no path into the value)', () => {
    const r = S['~standard'].validate('{id:1') as StandardSchemaV1.FailureResult;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toMatch(/Unterminated/);
    expect(r.issues[0]!.path ?? []).toEqual([]);
  });
  it.each([[42], [null], [undefined], [['x']]])('a value that is not an object (%j) is an issue, not a throw', (input) => {
    const r = S['~standard'].validate(input) as StandardSchemaV1.FailureResult;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toMatch(/expected an object/);
  });
  it('a root scalar validates from its text', () => {
    expect(int()['~standard'].validate('5')).toEqual({ value: 5 });
    expect(optional(int())['~standard'].validate('')).toEqual({ value: undefined });
  });
});

describe('fromJsonValue', () => {
  it('PascalCase and camelCase JSON give the same object', () => {
    const pascal = { Id: 1, Name: 'x', State: 'Active', Tags: ['a', null], Inner: { Q: 'z' } };
    const camel = { id: 1, name: 'x', state: 'Active', tags: ['a', null], inner: { q: 'z' } };
    expect(fromJsonValue(S, pascal)).toEqual(fromJsonValue(S, camel));
    expect(fromJsonValue(S, camel)).toEqual({ id: 1, name: 'x', state: 'Active', tags: ['a', null], inner: { q: 'z' } });
  });
  it('gives the same value as decoding the equivalent JSV', () => {
    const viaJson = fromJsonValue(S, { Id: 7, Name: 'n', State: 1, Tags: [], Inner: {} });
    expect(viaJson).toEqual(decode(S, '{Id:7,Name:n,State:1,Tags:[],Inner:{}}', { jitless: true }));
  });
  it('JSON null is absent: undefined for reference types', () => {
    expect(fromJsonValue(S, { name: null, tags: null, inner: null })).toEqual({ id: 0, state: 'None' });
  });
  it('JSON null is absent: the .NET default for value-type members', () => {
    expect(fromJsonValue(S, { id: null, state: null })).toEqual({ id: 0, state: 'None' });
  });
  it('missing members get the .NET defaults of value types', () => {
    expect(fromJsonValue(S, {})).toEqual({ id: 0, state: 'None' });
  });
  it('reads enums by name (any case) or number, dates/guids/time spans/64-bit numbers from their text', () => {
    const T = object({ e: State, d: date(), g: guid(), t: timeSpan(), b: bigint(), by: bytes() });
    const v = fromJsonValue(T, { e: 'active', d: '2010-12-20T10:11:12Z', g: '0F8FAD5BD9CB469FA16570867728950E', t: 'PT1H', b: '18446744073709551615', by: 'AQI=' });
    expect(v).toEqual({
      e: 'Active', d: new Date(Date.UTC(2010, 11, 20, 10, 11, 12)), g: '0f8fad5b-d9cb-469f-a165-70867728950e',
      t: new TimeSpan(36_000_000_000n), b: 2n ** 64n - 1n, by: new Uint8Array([1, 2]),
    });
    expect(fromJsonValue(T, { e: 1 }).e).toBe('Active');
    expect(fromJsonValue(T, { b: 42 }).b).toBe(42n);
  });
  it('a value that does not fit is a JsvDecodeError with the path and no position', () => {
    let e: unknown;
    try {
      fromJsonValue(S, { tags: ['a', 5] });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(JsvDecodeError);
    expect(e).toMatchObject({ path: ['tags', 1], offset: -1, line: 0 });
  });
  it('rejects a fraction for int and an out-of-range enum number', () => {
    expect(() => fromJsonValue(S, { id: 1.5 })).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER', path: ['id'] }));
    expect(() => fromJsonValue(S, { state: 2 })).toThrow(expect.objectContaining({ code: 'INVALID_ENUM', path: ['state'] }));
  });
  it('dictionaries keep their keys; null values are dropped; __proto__ is data', () => {
    const v = fromJsonValue(dict(string()), JSON.parse('{"b":"1","a":null,"__proto__":"x"}'));
    expect(Object.keys(v)).toEqual(['b', '__proto__']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
  it('safeFromJsonValue returns { ok: false, error } instead of throwing', () => {
    const r = safeFromJsonValue(S, { id: 'x' });
    expect(r.ok).toBe(false);
    expect(safeFromJsonValue(S, { id: 3 })).toEqual({ ok: true, value: { id: 3, state: 'None' } });
  });
});
