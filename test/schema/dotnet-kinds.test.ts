/**
 * The .NET kinds of issue 12 through the schema layer, in both codec modes: decimal, dateTimeOffset, dateTime, char,
 * byte, sbyte, int16, uint16, uint32, int64, uint64 and float. Reading in member, list and root position, writing,
 * the missing/empty rules, error codes, JSON mapping, and Standard Schema.
 */
import { describe, expect, it } from 'vitest';
import {
  DateTime, DateTimeOffset, Decimal, array, byte, char, dateTime, dateTimeOffset, decimal, decode, encode, float,
  fromJsonValue, int16, int64, object, optional, safeDecode, sbyte, uint16, uint32, uint64, type AnySchema, type Infer,
} from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

describe.each(MODES)('.NET kinds (jitless: $jitless)', (mode) => {
  const member = (s: AnySchema, text: string): unknown => (decode(object({ v: s }), `{v:${text}}`, mode) as { v: unknown }).v;
  const root = (s: AnySchema, text: string): unknown => decode(s, text, mode);
  const enc = (s: AnySchema, v: unknown): string => encode(s, v as never, mode);
  const failsWith = (code: string, f: () => unknown) => expect(f).toThrow(expect.objectContaining({ code }));

  describe('decimal', () => {
    it.each(['100.00', '1.10', '0', '-1.5', '0.0000000000000000000000000001', '79228162514264337593543950335', '-79228162514264337593543950335'])(
      'keeps %s byte for byte in member, list and root position',
      (text) => {
        expect(String(member(decimal(), text))).toBe(text);
        expect(enc(object({ v: decimal() }), { v: member(decimal(), text) })).toBe(`{v:${text}}`);
        expect(enc(array(decimal()), root(array(decimal()), `[${text},${text}]`))).toBe(`[${text},${text}]`);
        expect(enc(decimal(), root(decimal(), text))).toBe(text);
      },
    );
    it('decodes to a Decimal', () => {
      const d = member(decimal(), '100.00') as Decimal;
      expect(d).toBeInstanceOf(Decimal);
      expect(d.coefficient).toBe(10000n);
      expect(d.scale).toBe(2);
    });
    it('encodes a Decimal, decimal text, a bigint and a finite number', () => {
      expect(enc(decimal(), new Decimal(110n, 2))).toBe('1.10');
      expect(enc(decimal(), '100.00')).toBe('100.00');
      expect(enc(decimal(), 12n)).toBe('12');
      expect(enc(decimal(), 0.1)).toBe('0.1');
      expect(enc(decimal(), -0)).toBe('0');
    });
    it.each([NaN, Infinity, 8e28, 'abc', 2n ** 96n, true, {}])('refuses to encode %s with INVALID_VALUE', (v) => {
      failsWith('INVALID_VALUE', () => enc(decimal(), v));
    });
    it.each(['79228162514264337593543950336', '0.00000000000000000000000000001', 'abc', '1e', 'NaN'])('rejects %j with INVALID_NUMBER', (text) => {
      failsWith('INVALID_NUMBER', () => member(decimal(), text));
      failsWith('INVALID_NUMBER', () => root(decimal(), text));
    });
    it('reads quoted text and exponents', () => {
      expect(String(member(decimal(), '"1,000.50"'))).toBe('1000.50');
      expect(String(member(decimal(), '1.5e3'))).toBe('1500');
    });
    it('gives a missing member the .NET default 0, and fails on an empty value', () => {
      const S = object({ a: decimal(), b: optional(decimal()) });
      const v = decode(S, '{}', mode) as Infer<typeof S>;
      expect(String(v.a)).toBe('0');
      expect(v.b).toBeUndefined();
      failsWith('INVALID_NUMBER', () => member(decimal(), ''));
      expect(decode(S, '{b:}', mode).b).toBeUndefined();
    });
  });

  describe('dateTimeOffset', () => {
    it.each(['2020-01-02T03:04:05.6780000+02:00', '0001-01-01T00:00:00.0000000+00:00', '9999-12-31T23:59:59.9999999+00:00', '2020-01-02T03:04:05.1234567-14:00'])(
      'keeps %s byte for byte',
      (text) => {
        expect(member(dateTimeOffset(), text)).toBeInstanceOf(DateTimeOffset);
        expect(String(member(dateTimeOffset(), text))).toBe(text);
        expect(enc(object({ v: dateTimeOffset() }), { v: member(dateTimeOffset(), text) })).toBe(`{v:${text}}`);
        expect(enc(dateTimeOffset(), root(dateTimeOffset(), text))).toBe(text);
      },
    );
    it('reads Z, fewer digits and WCF dates', () => {
      expect(String(member(dateTimeOffset(), '2020-01-02T03:04:05Z'))).toBe('2020-01-02T03:04:05.0000000+00:00');
      expect(String(member(dateTimeOffset(), '2020-01-02T03:04:05.5+01:00'))).toBe('2020-01-02T03:04:05.5000000+01:00');
      expect(String(member(dateTimeOffset(), '/Date(1577934245678+0200)/'))).toBe('2020-01-02T05:04:05.6780000+02:00');
    });
    it('encodes a DateTimeOffset, a Date (at +00:00) and text', () => {
      expect(enc(dateTimeOffset(), new Date('2020-01-02T03:04:05.678Z'))).toBe('2020-01-02T03:04:05.6780000+00:00');
      expect(enc(dateTimeOffset(), '2020-01-02T03:04:05+02:00')).toBe('2020-01-02T03:04:05.0000000+02:00');
      failsWith('INVALID_VALUE', () => enc(dateTimeOffset(), new Date(NaN)));
      failsWith('INVALID_VALUE', () => enc(dateTimeOffset(), 5));
    });
    it('rejects bad text with INVALID_DATE; a missing member stays absent', () => {
      failsWith('INVALID_DATE', () => member(dateTimeOffset(), '2020-13-01'));
      failsWith('INVALID_DATE', () => member(dateTimeOffset(), '0001-01-01T00:00:00+01:00'));
      failsWith('INVALID_DATE', () => member(dateTimeOffset(), ''));
      expect(decode(object({ v: dateTimeOffset() }), '{}', mode).v).toBeUndefined();
    });
  });

  describe('dateTime', () => {
    it.each([
      ['2020-01-02', 'Unspecified'],
      ['2020-01-02T03:04:05Z', 'Utc'],
      ['2020-01-02T03:04:05.1234567Z', 'Utc'],
      ['2020-01-02T03:04:05+01:00', 'Local'],
      ['2020-01-02T03:04:05.0000001-05:30', 'Local'],
      ['2020-01-02T03:04:05', 'Unspecified'],
      ['9999-12-31T23:59:59.9999999Z', 'Utc'],
    ])('keeps %s byte for byte (%s)', (text, kind) => {
      const v = member(dateTime(), text) as DateTime;
      expect(v).toBeInstanceOf(DateTime);
      expect(v.kind).toBe(kind);
      expect(enc(object({ v: dateTime() }), { v })).toBe(`{v:${text}}`);
      expect(enc(dateTime(), root(dateTime(), text))).toBe(text);
    });
    it('encodes a DateTime, a Date (as Utc) and text', () => {
      expect(enc(dateTime(), new Date('2020-01-02T03:04:05.678Z'))).toBe('2020-01-02T03:04:05.6780000Z');
      expect(enc(dateTime(), new DateTime(0n, 'Utc'))).toBe('0001-01-01');
      expect(enc(dateTime(), '2020-01-02T03:04:05+0100')).toBe('2020-01-02T03:04:05+01:00');
      failsWith('INVALID_VALUE', () => enc(dateTime(), new Date(Date.UTC(10000, 0, 1))));
    });
    it('rejects bad text with INVALID_DATE; a missing member stays absent', () => {
      failsWith('INVALID_DATE', () => member(dateTime(), 'bad'));
      expect(decode(object({ v: dateTime() }), '{}', mode).v).toBeUndefined();
    });
  });

  describe('char', () => {
    it.each(['a', ' ', '\\', '\0', 'é'])('reads and writes %j raw', (c) => {
      expect(member(char(), c)).toBe(c);
      expect(enc(char(), c)).toBe(c);
      expect(enc(object({ v: char() }), { v: c })).toBe(`{v:${c}}`);
    });
    it('writes a double quote as a quoted, doubled quote that reads back', () => {
      expect(enc(char(), '"')).toBe('""""');
      expect(root(char(), '""""')).toBe('"');
      expect(decode(object({ v: char() }), '{v:""""}', mode).v).toBe('"');
    });
    it.each([',', ':', '{', '\n', '['])('reads the bare %j ServiceStack writes at the root, and writes it quoted', (c) => {
      expect(root(char(), c)).toBe(c);
      const text = enc(object({ v: char() }), { v: c });
      expect(text).toBe(`{v:"${c}"}`);
      expect(decode(object({ v: char() }), text, mode).v).toBe(c);
      expect(decode(array(char()), enc(array(char()), [c, c]), mode)).toEqual([c, c]);
    });
    it('rejects two characters and an empty value; a missing member is the .NET default NUL', () => {
      failsWith('EXPECTED_STRING', () => root(char(), 'ab'));
      failsWith('EXPECTED_STRING', () => member(char(), 'ab'));
      failsWith('EXPECTED_STRING', () => member(char(), ''));
      failsWith('INVALID_VALUE', () => enc(char(), 'ab'));
      failsWith('INVALID_VALUE', () => enc(char(), ''));
      expect(decode(object({ v: char() }), '{}', mode).v).toBe('\0');
    });
  });

  describe.each([
    ['byte', byte(), 0, 255],
    ['sbyte', sbyte(), -128, 127],
    ['int16', int16(), -32768, 32767],
    ['uint16', uint16(), 0, 65535],
    ['uint32', uint32(), 0, 4294967295],
  ] as const)('%s', (_name, s, min, max) => {
    it('reads and writes both ends', () => {
      for (const v of [min, max, 0]) {
        expect(member(s, String(v))).toBe(v);
        expect(enc(s, v)).toBe(String(v));
        expect(root(array(s), `[${min},${max}]`)).toEqual([min, max]);
      }
    });
    it('rejects one past either end and non-integers with INVALID_NUMBER', () => {
      for (const text of [String(min - 1), String(max + 1), '1.5', '1e2', 'x']) failsWith('INVALID_NUMBER', () => member(s, text));
      for (const v of [min - 1, max + 1, 1.5, NaN, 1n, '1']) failsWith('INVALID_VALUE', () => enc(s, v));
    });
    it('gives a missing member 0 and fails on an empty one', () => {
      expect(decode(object({ v: s }), '{}', mode).v).toBe(0);
      failsWith('INVALID_NUMBER', () => member(s, ''));
    });
  });

  describe.each([
    ['int64', int64(), -(2n ** 63n), 2n ** 63n - 1n],
    ['uint64', uint64(), 0n, 2n ** 64n - 1n],
  ] as const)('%s', (_name, s, min, max) => {
    it('reads and writes both ends exactly, as bigint', () => {
      for (const v of [min, max, 9007199254740993n]) {
        expect(member(s, String(v))).toBe(v);
        expect(enc(s, v)).toBe(String(v));
      }
      expect(enc(s, 42)).toBe('42');
    });
    it('rejects one past either end with INVALID_NUMBER', () => {
      failsWith('INVALID_NUMBER', () => member(s, String(min - 1n)));
      failsWith('INVALID_NUMBER', () => member(s, String(max + 1n)));
      failsWith('INVALID_VALUE', () => enc(s, max + 1n));
      failsWith('INVALID_VALUE', () => enc(s, 2 ** 60));
    });
    it('gives a missing member 0n', () => {
      expect(decode(object({ v: s }), '{}', mode).v).toBe(0n);
    });
  });

  describe('float', () => {
    it('rounds to float32 and writes the shortest float32 digits', () => {
      expect(member(float(), '0.1')).toBe(Math.fround(0.1));
      expect(enc(float(), Math.fround(0.1))).toBe('0.1');
      expect(enc(float(), 0.1)).toBe('0.1');
      expect(enc(float(), 1 / 3)).toBe('0.33333334');
      expect(enc(float(), 3.4028234663852886e38)).toBe('3.4028235E+38');
      expect(enc(float(), -0)).toBe('-0');
      expect(enc(float(), NaN)).toBe('NaN');
      expect(member(float(), 'Infinity')).toBe(Infinity);
    });
    it('rejects text beyond the float32 range with INVALID_NUMBER; a missing member is 0', () => {
      failsWith('INVALID_NUMBER', () => member(float(), '1e39'));
      failsWith('INVALID_VALUE', () => enc(float(), '1'));
      expect(decode(object({ v: float() }), '{}', mode).v).toBe(0);
    });
  });

  it('safeDecode reports the path of a value that does not fit', () => {
    const r = safeDecode(object({ items: array(byte()) }), '{items:[1,2,300]}', mode);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'INVALID_NUMBER', path: ['items', 2] });
  });
});

describe('fromJsonValue for the .NET kinds', () => {
  it('maps JSON numbers and strings', () => {
    const S = object({
      Price: decimal(), At: dateTimeOffset(), When: dateTime(), C: char(), B: byte(), L: int64(), U: uint64(), F: float(),
    });
    const v = fromJsonValue(S, {
      price: '100.00', at: '2020-01-02T03:04:05.6780000+02:00', when: '2020-01-02T03:04:05Z', c: 'x', b: 255,
      l: '-9223372036854775808', u: 18446744073709551615n.toString(), f: 0.1,
    });
    expect(String(v.Price)).toBe('100.00');
    expect(String(v.At)).toBe('2020-01-02T03:04:05.6780000+02:00');
    expect(v.When).toEqual(new DateTime(DateTime.parse('2020-01-02T03:04:05Z')!.ticks, 'Utc'));
    expect(v.C).toBe('x');
    expect(v.B).toBe(255);
    expect(v.L).toBe(-(2n ** 63n));
    expect(v.U).toBe(2n ** 64n - 1n);
    expect(v.F).toBe(Math.fround(0.1));
    expect(String(fromJsonValue(decimal(), 1.5))).toBe('1.5');
  });
  it('rejects values out of range', () => {
    expect(() => fromJsonValue(byte(), 256)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
    expect(() => fromJsonValue(char(), 'ab')).toThrow(expect.objectContaining({ code: 'EXPECTED_STRING' }));
    expect(() => fromJsonValue(decimal(), '1e400')).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });
});
