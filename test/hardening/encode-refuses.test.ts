/**
 * Encode refuses what cannot round-trip instead of writing corrupt text: non-finite numbers and fractions for `int`,
 * invalid dates and years outside 1..9999, `bigint` outside 64 bits, enum values not in the enum, cycles in
 * `stringify`. Each refusal is a JsvEncodeError (a JsvError) with the path of the value.
 */
import { describe, expect, it } from 'vitest';
import { JsvEncodeError, JsvError } from '../../src/errors.js';
import { GetActiveSessionsResponse, SessionDialState } from '../../src/evovoice/dto.js';
import { array, bigint, date, dict, enumOf, int, object, optional } from '../../src/schema/builders.js';
import { decode } from '../../src/schema/decode.js';
import { encode } from '../../src/schema/encode.js';
import type { AnySchema } from '../../src/schema/types.js';
import { stringify } from '../../src/text/stringify.js';
import { MODES, thrown } from './support.js';

function expectEncodeError(e: unknown, path: readonly (string | number)[], code?: string): void {
  expect(e).toBeInstanceOf(JsvEncodeError);
  expect(e).toBeInstanceOf(JsvError);
  expect((e as JsvEncodeError).path).toEqual(path);
  if (code !== undefined) expect((e as JsvEncodeError).code).toBe(code);
}

function utcYear(y: number): Date {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(y);
  return d;
}

const Holder = object({ n: int(), big: bigint(), when: date(), state: SessionDialState, list: array(int()), map: dict(int()) });

describe.each(MODES)('encode ($name) refuses values that cannot round-trip', ({ jitless }) => {
  const enc = (schema: AnySchema, v: unknown) => encode(schema, v as never, { jitless });

  it.each([NaN, Infinity, -Infinity, 1.5, -0.25, 2 ** 31, -(2 ** 31) - 1, 1e300])('int refuses %s', (v) => {
    expectEncodeError(thrown(() => enc(int(), v)), [], 'INVALID_VALUE');
    expectEncodeError(thrown(() => enc(Holder, { n: v })), ['n'], 'INVALID_VALUE');
    expectEncodeError(thrown(() => enc(Holder, { list: [1, v] })), ['list', 1], 'INVALID_VALUE');
  });
  it('int accepts the 32-bit range exactly (and -0 is written 0)', () => {
    expect(enc(int(), 2 ** 31 - 1)).toBe('2147483647');
    expect(enc(int(), -(2 ** 31))).toBe('-2147483648');
    expect(enc(int(), -0)).toBe('0');
  });
  it.each([
    ['an invalid Date', new Date(NaN)],
    ['year 0', utcYear(0)],
    ['year -1', utcYear(-1)],
    ['year 10000', utcYear(10000)],
    ['the largest JS date', new Date(8.64e15)],
  ])('date refuses %s', (_, d) => {
    expectEncodeError(thrown(() => enc(date(), d)), []);
    expectEncodeError(thrown(() => enc(Holder, { when: d })), ['when']);
  });
  it('date accepts years 1 and 9999 and they round-trip', () => {
    for (const d of [utcYear(1), new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999))]) {
      expect(decode(date(), enc(date(), d), { jitless }).getTime()).toBe(d.getTime());
    }
  });
  it.each([2n ** 64n, -(2n ** 63n) - 1n, 10n ** 30n])('bigint refuses %s (outside Int64/UInt64)', (v) => {
    expectEncodeError(thrown(() => enc(bigint(), v)), []);
    expectEncodeError(thrown(() => enc(Holder, { big: v })), ['big']);
  });
  it('bigint accepts the Int64 minimum and the UInt64 maximum', () => {
    expect(enc(bigint(), -(2n ** 63n))).toBe('-9223372036854775808');
    expect(enc(bigint(), 2n ** 64n - 1n)).toBe('18446744073709551615');
  });
  it.each(['Unknown', 'none', 'NONE', '', '0', 'None,Active'])('an enum refuses %j (not one of its names)', (v) => {
    expectEncodeError(thrown(() => enc(SessionDialState, v)), []);
    expectEncodeError(thrown(() => enc(Holder, { state: v })), ['state']);
  });
  it('an enum refuses non-strings, even the number of a member', () => {
    expectEncodeError(thrown(() => enc(enumOf(['A', 'B']), 1)), []);
  });
  it('refusals deep in the EvoVoice response carry the full path', () => {
    const bad = { sessions: [{}, { members: [{ callState: 'Exploded' }] }] };
    expectEncodeError(thrown(() => enc(GetActiveSessionsResponse, bad)), ['sessions', 1, 'members', 0, 'callState'], 'INVALID_VALUE');
    const badDict = { a: 1, b: Infinity };
    expectEncodeError(thrown(() => enc(dict(int()), badDict)), ['b']);
    expectEncodeError(thrown(() => enc(optional(array(int())), [1, 2, NaN])), [2]);
  });
  it('a cyclic value is refused by the schema (the schema is finite), not followed forever', () => {
    const s = object({ a: int(), child: optional(object({ a: int() })) });
    const v: Record<string, unknown> = { a: 1 };
    v.child = v;
    expect(enc(s, v)).toBe('{a:1,child:{a:1}}');
  });
});

describe('stringify refuses values that cannot be written', () => {
  it('a cycle through an object fails with CIRCULAR and the path', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expectEncodeError(thrown(() => stringify(a)), ['self'], 'CIRCULAR');
  });
  it('a cycle through arrays, Maps and Sets fails with CIRCULAR and the path', () => {
    const list: unknown[] = [1];
    list.push({ inner: list });
    expectEncodeError(thrown(() => stringify(list)), [1, 'inner'], 'CIRCULAR');
    const m = new Map<string, unknown>();
    m.set('k', [m]);
    expectEncodeError(thrown(() => stringify({ m })), ['m', 'k', 0], 'CIRCULAR');
    const set = new Set<unknown>();
    set.add({ back: set });
    expectEncodeError(thrown(() => stringify(set)), [0, 'back'], 'CIRCULAR');
  });
  it('shared (non-cyclic) references are written twice, not refused', () => {
    const shared = { v: 1 };
    expect(stringify({ a: shared, b: [shared] })).toBe('{a:{v:1},b:[{v:1}]}');
  });
  it('invalid dates and years outside 1..9999 are refused with the path', () => {
    expectEncodeError(thrown(() => stringify({ when: new Date(NaN) })), ['when'], 'INVALID_VALUE');
    expectEncodeError(thrown(() => stringify([utcYear(10000)])), [0], 'INVALID_VALUE');
    expectEncodeError(thrown(() => stringify({ a: [utcYear(0)] })), ['a', 0], 'INVALID_VALUE');
  });
  it('functions and symbols are refused with UNSUPPORTED_VALUE and the path', () => {
    expectEncodeError(thrown(() => stringify({ f: () => 1 })), ['f'], 'UNSUPPORTED_VALUE');
    expectEncodeError(thrown(() => stringify([Symbol('s')])), [0], 'UNSUPPORTED_VALUE');
  });
});
