/**
 * `jsvText(schema)` texts for wire names, required members and dateTime: the wire name whatever the key case, both
 * key cases for the other members, required members always written, and lenient texts that keep spaced names quoted.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { array, dateTime, decode, enumOf, int, object, required, string } from '../../src/index.js';
import { jsvText, jsvTextWithValue } from '../../src/fast-check/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const State = enumOf(['Active', 'OnHold'] as const, { wireNames: { OnHold: 'on-hold' } });
const Order = object(
  { orderId: string(), itemCount: int(), state: State, tags: required(array(string())) },
  { wireNames: { orderId: 'order_id' } },
);

function texts(schema: Parameters<typeof jsvText>[0], lenient = false): string[] {
  return fc.sample(jsvText(schema, { lenient, unknownMembers: false }), { numRuns: 400, seed: 7 });
}

describe('jsvText', () => {
  it('writes a wire-named member by its wire name only, and the other members in both key cases', () => {
    const ts = texts(Order);
    expect(ts.some((t) => t.includes('order_id:'))).toBe(true);
    expect(ts.some((t) => /\borderId:|\bOrderId:/.test(t))).toBe(false);
    expect(ts.some((t) => t.includes('ItemCount:'))).toBe(true);
    expect(ts.some((t) => t.includes('itemCount:'))).toBe(true);
  });

  it('writes an enum value with a wire name as its wire name', () => {
    const ts = texts(Order).filter((t) => /state:|State:/.test(t));
    expect(ts.some((t) => /[sS]tate:on-hold/.test(t))).toBe(true);
    expect(ts.some((t) => t.includes('OnHold'))).toBe(false);
  });

  it('always writes a required member, never empty', () => {
    expect(texts(Order).every((t) => /\b[tT]ags:\[/.test(t))).toBe(true);
  });

  it('quotes a wire name with spaces at its ends in lenient texts (lenient reading would trim it)', () => {
    const S = object({ a: int(), b: object({}) }, { wireNames: { b: ' ' } });
    const ts = texts(S, true);
    expect(ts.some((t) => t.includes('" "'))).toBe(true);
    for (const mode of MODES) {
      fc.assert(fc.property(jsvTextWithValue(S, { lenient: true }), ({ text, value }) => {
        expect(decode(S, text, { ...mode, lenient: true })).toEqual(value);
      }), { numRuns: 100 });
    }
  });

  it('gives dateTime texts that decode to their values, in both modes', () => {
    const S = object({ at: dateTime(), list: array(dateTime()) });
    for (const mode of MODES) {
      fc.assert(fc.property(jsvTextWithValue(S), ({ text, value }) => {
        expect(decode(S, text, mode)).toEqual(value);
      }), { numRuns: 200 });
    }
  });

  it('gives Utc dateTime texts in both forms ServiceStack writes: 7 fraction digits, and trailing zeros trimmed', () => {
    const ts = fc.sample(jsvText(dateTime()), { numRuns: 3000, seed: 3 });
    expect(ts.some((t) => /\.\d{7}Z$/.test(t))).toBe(true);
    expect(ts.some((t) => /\.\d{1,6}Z$/.test(t))).toBe(true);
    for (const mode of MODES) {
      fc.assert(fc.property(jsvTextWithValue(dateTime()), ({ text, value }) => {
        expect(decode(dateTime(), text, mode)).toEqual(value);
      }), { numRuns: 300 });
    }
  });
});
