/**
 * Decoded objects (and `fromJsonValue` results) have every declared member as an own data property in schema order,
 * the prototype `Object.prototype`, and the same keys in both modes; a member named `__proto__` is ordinary data,
 * present or absent, and never changes the prototype.
 */
import { describe, expect, it } from 'vitest';
import { decode, fromJsonValue, int, object, optional, string } from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const S = object({ b: optional(string()), ['__proto__']: optional(string()), a: int(), constructor: optional(int()) }, { name: 'Odd' });

describe.each(MODES)('decoded instances (jitless: $jitless)', (mode) => {
  it('have every member as an own property in schema order, with Object.prototype', () => {
    for (const text of ['{}', '{a:1}', '{__proto__:x,a:2,b:y}', '{constructor:3}']) {
      const v = decode(S, text, mode) as Record<string, unknown>;
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(Reflect.ownKeys(v)).toEqual(['b', '__proto__', 'a', 'constructor']);
      expect(Object.getOwnPropertyDescriptor(v, '__proto__')).toMatchObject({ writable: true, enumerable: true, configurable: true });
    }
    const v = decode(S, '{__proto__:x,a:2}', mode) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toBe('x');
    expect(v.a).toBe(2);
  });
});

describe('fromJsonValue instances', () => {
  it('have the same own keys and prototype', () => {
    const v = fromJsonValue(S, JSON.parse('{"__proto__":"x","a":2}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Reflect.ownKeys(v)).toEqual(['b', '__proto__', 'a', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toBe('x');
  });
});
