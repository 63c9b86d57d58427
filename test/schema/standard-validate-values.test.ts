/**
 * Standard Schema `validate` with an already-decoded JavaScript value (what form and RPC libraries pass): validated and
 * normalized as `fromJsonValue` does; a string is still JSV text.
 */
import { describe, expect, it } from 'vitest';
import {
  array, bigint, bytes, date, dateTime, dateTimeOffset, decimal, decode, enumOf, fromJsonValue, int, int64, object,
  optional, required, string, timeSpan, type AnySchema, type StandardSchemaV1,
} from '../../src/index.js';

const State = enumOf(['None', 'Active'] as const);
const Pet = object({ id: required(int()), name: string(), state: State, tags: array(string()), owner: optional(object({ n: int() })) });

const ok = (s: AnySchema, input: unknown) => {
  const r = s['~standard'].validate(input) as StandardSchemaV1.Result<unknown>;
  if (r.issues) throw new Error(`unexpected issues: ${r.issues.map((i) => i.message).join('; ')}`);
  return r.value;
};
const issues = (s: AnySchema, input: unknown) => {
  const r = s['~standard'].validate(input) as StandardSchemaV1.FailureResult;
  expect(r.issues).toBeDefined();
  return r.issues;
};

describe('Standard Schema validate with a decoded value', () => {
  it('validates and normalizes an object as fromJsonValue does (any case, defaults filled, enum by number)', () => {
    const input = { Id: 1, name: 'Rex', state: 1, tags: ['a', null] };
    expect(ok(Pet, input)).toEqual({ id: 1, name: 'Rex', state: 'Active', tags: ['a', null] });
    expect(ok(Pet, input)).toEqual(fromJsonValue(Pet, input));
  });
  it('a string is still JSV text', () => {
    expect(ok(Pet, '{id:1,name:Rex}')).toEqual({ id: 1, name: 'Rex', state: 'None' });
    expect(ok(string(), 'x')).toBe('x');
  });
  it('reports a value that does not fit as an issue with its path', () => {
    const r = issues(Pet, { id: 1, tags: ['a', 3] });
    expect(r[0]!.path).toEqual(['tags', 1]);
    expect(issues(Pet, { id: 'x' })[0]!.path).toEqual(['id']);
  });
  it('reports a missing required member', () => {
    const r = issues(Pet, { name: 'Rex' });
    expect(r[0]!.path).toEqual(['id']);
    expect(r[0]!.message).toMatch(/required/);
  });
  it('a value decoded from JSV validates back to an equal value', () => {
    const Rich = object({
      d: decimal(), ts: timeSpan(), dto: dateTimeOffset(), dt: dateTime(), big: bigint(), i64: int64(), b: bytes(), when: date(),
    });
    const text = '{d:100.00,ts:PT1H30M,dto:2020-01-02T03:04:05.6780000+02:00,dt:2020-01-02T03:04:05.1234567Z,big:5,i64:-7,b:AQID,when:2020-01-02T03:04:05.0000000Z}';
    const v = decode(Rich, text);
    const back = ok(Rich, v) as typeof v;
    expect(back).toEqual(v);
    expect(String(back.d)).toBe('100.00');
  });
  it('null or undefined is an issue except for optional(...)', () => {
    expect(issues(Pet, null)).toHaveLength(1);
    expect(issues(string(), undefined)).toHaveLength(1);
    expect(ok(optional(Pet), null)).toBeUndefined();
  });
  it('a scalar schema takes its decoded value', () => {
    expect(ok(int(), 5)).toBe(5);
    expect(ok(bigint(), 5n)).toBe(5n);
    expect(issues(int(), 1.5)).toHaveLength(1);
  });
});
