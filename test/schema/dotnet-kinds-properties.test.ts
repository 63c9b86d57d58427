/**
 * Round-trip properties of the .NET kinds, in both codec modes: `decode(S, encode(S, v))` deep-equals `v` for every
 * new kind (at the root, as a member, in a list), and byte-exact text round trips `encode(S, decode(S, t)) === t` for
 * decimal, dateTimeOffset and dateTime text as ServiceStack writes it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  array, byte, char, dateTime, dateTimeOffset, decimal, decode, encode, float, int16, int64, object, sbyte, uint16,
  uint32, uint64, type AnySchema,
} from '../../src/index.js';
import { arbitrary } from '../../src/fast-check/index.js';
import { arbDateTicks, arbDateTimeOffset, arbOffsetMinutes } from '../support/dotnet-value-arbitraries.js';
import { DateTime } from '../../src/text/date-time-value.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;
const RUNS = 200;

// Values from the package's own generator (`jsv-codec/fast-check`), edges included: one generator of values.
const KINDS: [string, AnySchema][] = [
  ['decimal', decimal()], ['dateTimeOffset', dateTimeOffset()], ['dateTime', dateTime()], ['char', char()],
  ['byte', byte()], ['sbyte', sbyte()], ['int16', int16()], ['uint16', uint16()], ['uint32', uint32()],
  ['int64', int64()], ['uint64', uint64()], ['float', float()],
];

describe.each(MODES)('.NET kinds round trip (jitless: $jitless)', (mode) => {
  describe.each(KINDS)('%s', (_name, s) => {
    const arb = arbitrary(s);
    it('decode(S, encode(S, v)) deep-equals v at the root, as a member and in a list', () => {
      const Obj = object({ a: s, b: s });
      const List = array(s);
      fc.assert(
        fc.property(arb, arb, fc.array(arb, { maxLength: 5 }), (v, w, items) => {
          expect(decode(s, encode(s, v as never, mode), mode)).toEqual(v);
          expect(decode(Obj, encode(Obj, { a: v, b: w } as never, mode), mode)).toEqual({ a: v, b: w });
          expect(decode(List, encode(List, items as never, mode), mode)).toEqual(items);
        }),
        { numRuns: RUNS },
      );
    });
  });

  // ServiceStack's text forms: decimals with every scale, "o"-form offsets, DateTime in each Kind's form.
  const decimalText = fc
    .record({ int: fc.bigInt({ min: 0n, max: 7n * 10n ** 27n }), frac: fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 28 }), neg: fc.boolean() })
    .filter(({ int, frac }) => `${int}`.length + frac.length <= 28)
    .map(({ int, frac, neg }) => (neg && (int > 0n || /[1-9]/.test(frac)) ? '-' : '') + int + (frac ? '.' + frac : ''));
  const offsetText = arbDateTimeOffset.map(String);
  const dateTimeText = fc
    .record({ ticks: arbDateTicks, form: fc.constantFrom('Z', 'offset', 'none'), offset: arbOffsetMinutes })
    .map(({ ticks, form, offset }) => String(new DateTime(ticks, form === 'Z' ? 'Utc' : form === 'offset' ? 'Local' : 'Unspecified', form === 'offset' ? offset : undefined)));

  it.each([
    ['decimal', decimal(), decimalText],
    ['dateTimeOffset', dateTimeOffset(), offsetText],
    ['dateTime', dateTime(), dateTimeText],
  ] as const)('%s: encode(S, decode(S, t)) === t for ServiceStack text, alone, in an object and in a list', (_name, s, texts) => {
    const Obj = object({ V: s });
    const List = array(s);
    fc.assert(
      fc.property(texts, fc.array(texts, { minLength: 1, maxLength: 4 }), (t, ts) => {
        const r = decode(s, t, mode);
        expect(encode(s, r as never, mode)).toBe(t);
        expect(encode(Obj, decode(Obj, `{V:${t}}`, mode) as never, mode)).toBe(`{V:${t}}`);
        const list = `[${ts.join(',')}]`;
        expect(encode(List, decode(List, list, mode) as never, mode)).toBe(list);
      }),
      { numRuns: RUNS },
    );
  });
});
