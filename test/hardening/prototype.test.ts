/**
 * Prototype safety: the keys `__proto__`, `constructor` and `prototype` in untyped objects, dictionaries and unknown
 * members are ordinary data (own properties) and never change any prototype.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { array, dict, object, string } from '../../src/schema/builders.js';
import { decode } from '../../src/schema/decode.js';
import { encode } from '../../src/schema/encode.js';
import { fromJsonValue } from '../../src/schema/from-json.js';
import { format } from '../../src/text/format.js';
import { parse } from '../../src/text/parse.js';
import { stringify } from '../../src/text/stringify.js';
import { MODES } from './support.js';

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const objectProtoKeys = Reflect.ownKeys(Object.prototype);
const arrayProtoKeys = Reflect.ownKeys(Array.prototype);
const functionProtoKeys = Reflect.ownKeys(Function.prototype);

/** Object.prototype, Array.prototype and Function.prototype have exactly the keys they had, and `{}` sees nothing new. */
function expectPrototypesUntouched(): void {
  expect(Reflect.ownKeys(Object.prototype)).toEqual(objectProtoKeys);
  expect(Reflect.ownKeys(Array.prototype)).toEqual(arrayProtoKeys);
  expect(Reflect.ownKeys(Function.prototype)).toEqual(functionProtoKeys);
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

/** `o` is a plain object (prototype Object.prototype or null) whose hostile keys, when present, are own data. */
function expectPlainWithOwnData(o: unknown, keys: readonly string[]): void {
  expect(typeof o).toBe('object');
  const proto = Object.getPrototypeOf(o);
  expect(proto === Object.prototype || proto === null).toBe(true);
  for (const k of keys) {
    const d = Object.getOwnPropertyDescriptor(o, k);
    expect(d, `own property ${k}`).toBeDefined();
    expect(d!.enumerable).toBe(true);
    expect('value' in d!).toBe(true);
  }
}

/** A document that sets every hostile key to a payload that would pollute if it were followed. */
const PAYLOAD = '{polluted:yes,isAdmin:True}';
const hostileObject = `{__proto__:${PAYLOAD},constructor:{prototype:${PAYLOAD}},prototype:${PAYLOAD}}`;
const hostileQuoted = `{"__proto__":${PAYLOAD},"constructor":{"prototype":${PAYLOAD}},"prototype":${PAYLOAD}}`;

beforeEach(expectPrototypesUntouched);
afterEach(expectPrototypesUntouched);

describe('parse: hostile keys in untyped objects are own data', () => {
  it.each([
    ['plain keys', hostileObject],
    ['quoted keys', hostileQuoted],
    ['lenient, spaced keys', `{ __proto__ : ${PAYLOAD} , constructor : {prototype:${PAYLOAD}} , prototype : ${PAYLOAD} }`],
  ])('%s become own properties and the result keeps a plain prototype', (_, text) => {
    const o = parse(text, { lenient: true }) as Record<string, unknown>;
    expectPlainWithOwnData(o, HOSTILE_KEYS);
    expect(Object.keys(o)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(o['__proto__']).toEqual({ polluted: 'yes', isAdmin: 'True' });
    expectPlainWithOwnData(o['__proto__'], []);
    expectPlainWithOwnData(o['constructor'], ['prototype']);
  });
  it('nested inside lists and objects, hostile keys stay own data', () => {
    const v = parse(`[${hostileObject},{a:[${hostileObject}]}]`) as Array<Record<string, unknown>>;
    expectPlainWithOwnData(v[0], HOSTILE_KEYS);
    expectPlainWithOwnData((v[1]!['a'] as unknown[])[0], HOSTILE_KEYS);
  });
  it('a repeated __proto__ key keeps the last value as data', () => {
    const o = parse('{__proto__:a,__proto__:b}') as Record<string, unknown>;
    expectPlainWithOwnData(o, ['__proto__']);
    expect(o['__proto__']).toBe('b');
  });
  it('stringify and format write the hostile keys back as data (round trip)', () => {
    expect(stringify(parse(hostileObject))).toBe('{__proto__:{polluted:yes,isAdmin:True},constructor:{prototype:{polluted:yes,isAdmin:True}},prototype:{polluted:yes,isAdmin:True}}');
    expect(parse(format(hostileObject), { lenient: true })).toEqual(parse(hostileObject));
  });
});

describe.each(MODES)('decode ($name): hostile keys in dictionaries and unknown members', ({ jitless }) => {
  it('dict(string()): hostile keys are own data', () => {
    const o = decode(dict(string()), '{__proto__:x,constructor:y,prototype:z}', { jitless });
    expectPlainWithOwnData(o, HOSTILE_KEYS);
    expect({ ...o }).toEqual(Object.fromEntries([['__proto__', 'x'], ['constructor', 'y'], ['prototype', 'z']]));
  });
  it('dict(string()): a block value under __proto__ stays text, not a prototype', () => {
    const o = decode(dict(string()), `{__proto__:${PAYLOAD}}`, { jitless });
    expectPlainWithOwnData(o, ['__proto__']);
    expect(o['__proto__']).toBe(PAYLOAD);
  });
  it('nested dict(dict(string())) and dict(array(dict(string()))): hostile keys are own data at every level', () => {
    const o = decode(dict(dict(string())), hostileObject, { jitless });
    expectPlainWithOwnData(o, HOSTILE_KEYS);
    for (const k of HOSTILE_KEYS) expectPlainWithOwnData(o[k], []);
    expect(o['constructor']).toEqual({ prototype: PAYLOAD });
    const l = decode(dict(array(dict(string()))), `{__proto__:[${hostileObject}]}`, { jitless });
    expectPlainWithOwnData(l, ['__proto__']);
    expectPlainWithOwnData(l['__proto__']![0], HOSTILE_KEYS);
  });
  it('object schemas skip hostile unknown members and keep their prototype', () => {
    const s = object({ name: string() });
    const o = decode(s, `{__proto__:${PAYLOAD},constructor:${PAYLOAD},prototype:${PAYLOAD},name:n}`, { jitless });
    expectPlainWithOwnData(o, []);
    expect(Object.keys(o)).toEqual(['name']);
    expect(Object.hasOwn(o, '__proto__')).toBe(false);
    expect(o.name).toBe('n');
  });
  it('EvoVoice: hostile unknown members at every level and hostile applicationData keys', () => {
    const text =
      `{__proto__:${PAYLOAD},sessions:[{constructor:${PAYLOAD},id:s1,prototype:x,` +
      `members:[{__proto__:${PAYLOAD},applicationData:{__proto__:a,constructor:b,prototype:c},identity:m}]}]}`;
    const r = decode(GetActiveSessionsResponse, text, { jitless });
    expectPlainWithOwnData(r, []);
    const session = r.sessions![0]!;
    expectPlainWithOwnData(session, []);
    expect(Object.hasOwn(session, 'constructor')).toBe(false);
    expect(session.constructor).toBe(Object);
    const member = session.members![0]!;
    expectPlainWithOwnData(member, []);
    expectPlainWithOwnData(member.applicationData, HOSTILE_KEYS);
    expect({ ...member.applicationData }).toEqual(Object.fromEntries([['__proto__', 'a'], ['constructor', 'b'], ['prototype', 'c']]));
  });
  it('encode writes hostile dictionary keys back as data (decode/encode round trip)', () => {
    const text = '{__proto__:a,constructor:b,prototype:c}';
    expect(encode(dict(string()), decode(dict(string()), text, { jitless }), { jitless })).toBe(text);
  });
});

describe('fromJsonValue: hostile keys from JSON.parse are own data', () => {
  it('dict and object schemas', () => {
    const json = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":"x"},"prototype":"y"}') as unknown;
    const d = fromJsonValue(dict(dict(string())), { ...(json as object), prototype: {} });
    expectPlainWithOwnData(d, HOSTILE_KEYS);
    const o = fromJsonValue(object({ name: string() }), json);
    expectPlainWithOwnData(o, []);
    expect(Object.hasOwn(o, '__proto__')).toBe(false);
  });
});
