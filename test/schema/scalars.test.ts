/**
 * The scalar builders (spec §3, §3.1, §3.2): booleans, enums, flags, numbers, dates, time spans, guids, bytes and
 * strings, read in every form ServiceStack accepts and written the way it writes them. Both codec modes.
 */
import { describe, expect, it } from 'vitest';
import {
  JsvDecodeError, TimeSpan, array, bigint, boolean, bytes, date, decode, encode, enumOf, flags, guid, int, number, object,
  optional, string, timeSpan, type AnySchema,
} from '../../src/index.js';

const MODES = [{ jitless: false }, { jitless: true }] as const;

describe.each(MODES)('scalars (jitless: $jitless)', (mode) => {
  /** Decodes `text` as the value of member `v`, so the scalar is read in member position. */
  const member = (s: AnySchema, text: string): unknown => (decode(object({ v: s }), `{v:${text}}`, mode) as { v: unknown }).v;
  const root = (s: AnySchema, text: string): unknown => decode(s, text, mode);
  const enc = (s: AnySchema, v: unknown): string => encode(s, v as never, mode);
  const failsWith = (code: string, f: () => unknown) => expect(f).toThrow(expect.objectContaining({ code }));

  describe('boolean', () => {
    it.each([
      ['True', true], ['False', false], ['true', true], ['FALSE', false], ['tRuE', true], ['1', true], ['0', false],
      [' True ', true], ['"True"', true],
    ])('reads %j as %s', (text, want) => {
      expect(member(boolean(), text)).toBe(want);
    });
    it.each(['yes', 'no', 'on!', '2', 'Tru', 'x'])('rejects %j with INVALID_BOOLEAN', (text) => {
      failsWith('INVALID_BOOLEAN', () => member(boolean(), text));
    });
    it('writes True and False', () => {
      expect(enc(boolean(), true)).toBe('True');
      expect(enc(boolean(), false)).toBe('False');
    });
    it('reads a root boolean', () => {
      expect(root(boolean(), 'False')).toBe(false);
    });
  });

  describe('enum', () => {
    const E = enumOf(['None', 'Active', 'Done'] as const);
    it.each([['Active', 'Active'], ['active', 'Active'], ['ACTIVE', 'Active'], ['"Done"', 'Done'], [' Active ', 'Active']])(
      'reads the name %j in any case', (text, want) => {
        expect(member(E, text)).toBe(want);
      });
    it.each([['0', 'None'], ['1', 'Active'], ['2', 'Done']])('reads the number %s of a defined member', (text, want) => {
      expect(member(E, text)).toBe(want);
    });
    it.each(['3', '-1', 'Nope', 'Activ', '1.5'])('rejects %j with INVALID_ENUM', (text) => {
      failsWith('INVALID_ENUM', () => member(E, text));
    });
    it('writes the name', () => {
      expect(enc(object({ e: E }), { e: 'Done' })).toBe('{e:Done}');
      expect(enc(E, 'Active')).toBe('Active');
    });
    it('the message lists the names', () => {
      expect(() => member(E, 'Nope')).toThrow(/None, Active, Done/);
    });
  });

  describe('flags', () => {
    const F = flags({ Read: 1, Write: 2, Exec: 4 });
    it.each([['3', 3], ['0', 0], ['"Read, Write"', 3], ['"read,WRITE"', 3], ['Exec', 4], ['"Read, Write, Exec"', 7]])(
      'reads %j as %d', (text, want) => {
        expect(member(F, text)).toBe(want);
      });
    it('reads unquoted comma-separated names at the root', () => {
      expect(root(F, 'Read, Write')).toBe(3);
    });
    it('rejects an unknown name with INVALID_ENUM', () => {
      failsWith('INVALID_ENUM', () => member(F, '"Read, Nope"'));
    });
    it('writes the number', () => {
      expect(enc(object({ f: F }), { f: 3 })).toBe('{f:3}');
      expect(enc(F, 0)).toBe('0');
    });
  });

  describe('int', () => {
    it.each([['42', 42], ['-7', -7], ['007', 7], [' 12 ', 12], ['"5"', 5], ['2147483647', 2147483647], ['-2147483648', -2147483648]])(
      'reads %j', (text, want) => {
        expect(member(int(), text)).toBe(want);
      });
    it.each(['1.5', '1.0', '2147483648', '-2147483649', '1e3', 'x', '0x10'])('rejects %j with INVALID_NUMBER', (text) => {
      failsWith('INVALID_NUMBER', () => member(int(), text));
    });
  });

  describe('bigint', () => {
    it.each([
      ['0', 0n], ['-9223372036854775808', -(2n ** 63n)], ['9223372036854775807', 2n ** 63n - 1n],
      ['18446744073709551615', 2n ** 64n - 1n], ['9007199254740993', 9007199254740993n],
    ])('reads %s keeping all 64 bits', (text, want) => {
      expect(member(bigint(), text)).toBe(want);
    });
    it.each(['18446744073709551616', '-9223372036854775809', '1.5', 'x'])('rejects %s with INVALID_NUMBER', (text) => {
      failsWith('INVALID_NUMBER', () => member(bigint(), text));
    });
    it('writes all digits', () => {
      expect(enc(bigint(), 2n ** 64n - 1n)).toBe('18446744073709551615');
      expect(enc(bigint(), -(2n ** 63n))).toBe('-9223372036854775808');
    });
  });

  describe('number', () => {
    it.each([
      ['2.11', 2.11], ['1e3', 1000], ['1E+15', 1e15], ['2.5E-05', 2.5e-5], ['-0.5', -0.5], ['"1111.1"', 1111.1],
      ['"1,234.5"', 1234.5], ['1.7976931348623157E+308', Number.MAX_VALUE], [' 12 ', 12], ['Infinity', Infinity],
      ['-Infinity', -Infinity], ['NaN', NaN],
    ])('reads %j', (text, want) => {
      expect(member(number(), text)).toBe(want);
    });
    it('reads thousands separators in an unquoted root number', () => {
      expect(root(number(), '1,234,567.5')).toBe(1234567.5);
    });
    it.each(['x', '1..2', '--1'])('rejects %j with INVALID_NUMBER', (text) => {
      failsWith('INVALID_NUMBER', () => member(number(), text));
    });
    it.each([
      [0.0001, '0.0001'], [123456789012345, '123456789012345'], [1e15, '1E+15'], [2.5e-5, '2.5E-05'],
      [1.0000000000000002e15, '1.0000000000000002E+15'], [0.1 + 0.2, '0.30000000000000004'], [1e-5, '1E-05'],
      [1e14, '100000000000000'], [Number.MAX_VALUE, '1.7976931348623157E+308'], [5e-324, '5E-324'], [-1.5, '-1.5'],
      [0, '0'], [NaN, 'NaN'], [Infinity, 'Infinity'], [-Infinity, '-Infinity'],
    ])('writes %s as %s (shortest round trip, .NET layout)', (n, want) => {
      expect(enc(number(), n)).toBe(want);
    });
  });

  describe('date', () => {
    const utc = (...a: [number, number, number, number?, number?, number?, number?]) => new Date(Date.UTC(...a));
    it.each([
      ['2010-12-20', utc(2010, 11, 20)],
      ['2010-12-20T10:11:12Z', utc(2010, 11, 20, 10, 11, 12)],
      ['2010-12-20T10:11:12.1234567Z', utc(2010, 11, 20, 10, 11, 12, 123)],
      ['2010-12-20T10:11:12.001Z', utc(2010, 11, 20, 10, 11, 12, 1)],
      ['2010-12-20T10:11:12+02:00', utc(2010, 11, 20, 8, 11, 12)],
      ['2010-12-20T10:11:12.5-05:00', utc(2010, 11, 20, 15, 11, 12, 500)],
      ['2010-12-20T10:11:12', utc(2010, 11, 20, 10, 11, 12)],
      ['2010-12-20 10:11:12Z', utc(2010, 11, 20, 10, 11, 12)],
      ['2010-12-20 10:11:12', utc(2010, 11, 20, 10, 11, 12)],
      ['20101220', utc(2010, 11, 20)],
      ['/Date(1234567890000)/', new Date(1234567890000)],
      ['/Date(1234567890000+0200)/', new Date(1234567890000)],
      ['\\/Date(1234567890000-0500)\\/', new Date(1234567890000)],
      ['/Date(-1000)/', new Date(-1000)],
      ['0001-01-01', new Date(-62135596800000)],
    ])('reads %s', (text, want) => {
      const v = member(date(), text.includes(':') ? `"${text}"` : text);
      expect(v).toBeInstanceOf(Date);
      expect((v as Date).toISOString()).toBe(want.toISOString());
    });
    it('reads an unquoted date with a time in member position (":" does not end a value)', () => {
      expect((member(date(), '2010-12-20T10:11:12Z') as Date).getTime()).toBe(Date.UTC(2010, 11, 20, 10, 11, 12));
    });
    it('text without an offset is taken as UTC', () => {
      expect((root(date(), '2012-01-02T03:04:05') as Date).getTime()).toBe(Date.UTC(2012, 0, 2, 3, 4, 5));
    });
    it.each(['nope', '2010-13-01', '2010-12-32', '12/20/2010x', '/Date(abc)/'])('rejects %j with INVALID_DATE', (text) => {
      failsWith('INVALID_DATE', () => root(date(), text));
    });
    it.each([
      [utc(2010, 11, 20), '2010-12-20'],
      [utc(1979, 4, 9, 0, 0, 1), '1979-05-09T00:00:01Z'],
      [utc(1979, 4, 9, 0, 0, 0, 1), '1979-05-09T00:00:00.0010000Z'],
      [utc(2010, 11, 20, 1, 2, 3, 450), '2010-12-20T01:02:03.4500000Z'],
      [new Date(-62135596800000), '0001-01-01'],
    ])('writes %s as %s (modern form)', (d, want) => {
      expect(enc(date(), d)).toBe(want);
    });
    it('a written date is never quoted, even with ":" in it (ServiceStack writes it raw)', () => {
      expect(enc(object({ d: date() }), { d: utc(1979, 4, 9, 0, 0, 1) })).toBe('{d:1979-05-09T00:00:01Z}');
      expect(enc(object({ d: date() }), { d: utc(1979, 4, 9) })).toBe('{d:1979-05-09}');
    });
  });

  describe('timeSpan', () => {
    const ticks = (text: string) => (root(timeSpan(), text) as TimeSpan).ticks;
    it.each([
      ['PT1H', 36_000_000_000n], ['P1D', 864_000_000_000n], ['PT0.001S', 10_000n], ['PT0.0000001S', 1n],
      ['-PT0.0000001S', -1n], ['PT0S', 0n], ['P1DT2H3M4.5670001S', 937_845_670_001n], ['P3605D', 3605n * 864_000_000_000n],
      ['PT1H30M', 54_000_000_000n],
    ])('reads the XSD duration %s with tick precision', (text, want) => {
      expect(ticks(text)).toBe(want);
    });
    it.each([
      ['01:00:00', 36_000_000_000n], ['1.02:03:04.5', 937_845_000_000n], ['00:00:00.0000001', 1n], ['-01:00:00', -36_000_000_000n],
    ])('reads the .NET c form %s', (text, want) => {
      expect(ticks(text)).toBe(want);
    });
    it('reads a c form in member position (unquoted, with ":")', () => {
      expect((member(timeSpan(), '01:02:03') as TimeSpan).ticks).toBe(37_230_000_000n);
    });
    it.each(['x', 'P', 'PTXS', '1:2:3:4:5'])('rejects %j with INVALID_TIMESPAN', (text) => {
      failsWith('INVALID_TIMESPAN', () => root(timeSpan(), text));
    });
    it.each([
      [36_000_000_000n, 'PT1H'], [864_000_000_000n, 'P1D'], [10_000n, 'PT0.001S'], [1n, 'PT0.0000001S'], [-1n, '-PT0.0000001S'],
      [0n, 'PT0S'], [937_845_670_001n, 'P1DT2H3M4.5670001S'], [-(3605n * 864_000_000_000n), '-P3605D'],
    ])('writes %s ticks as %s', (t, want) => {
      expect(enc(timeSpan(), new TimeSpan(t))).toBe(want);
    });
    it('decodes to a TimeSpan instance', () => {
      expect(root(timeSpan(), 'PT1H')).toBeInstanceOf(TimeSpan);
    });
  });

  describe('guid', () => {
    const D = '0f8fad5b-d9cb-469f-a165-70867728950e';
    it.each([
      ['0f8fad5bd9cb469fa16570867728950e'], ['0F8FAD5BD9CB469FA16570867728950E'], ['0f8fad5b-d9cb-469f-a165-70867728950e'],
      ['0F8FAD5B-d9cb-469F-A165-70867728950E'], ['(0f8fad5b-d9cb-469f-a165-70867728950e)'], ['"{0f8fad5b-d9cb-469f-a165-70867728950e}"'],
    ])('reads %s as the lowercase dashed form', (text) => {
      expect(member(guid(), text)).toBe(D);
    });
    it('reads a root {…} as a guid in B form, not as an object', () => {
      expect(root(guid(), '{0F8FAD5B-D9CB-469F-A165-70867728950E}')).toBe(D);
    });
    it('reads an unquoted B-form guid {…} in member position (one raw brace token, as ServiceStack reads it)', () => {
      expect(member(guid(), '{0f8fad5b-d9cb-469f-a165-70867728950e}')).toBe(D);
    });
    it.each(['0f8fad5b', 'not-a-guid', '0f8fad5b-d9cb-469f-a165-70867728950', 'g0000000000000000000000000000000'])(
      'rejects %j with INVALID_GUID', (text) => {
        failsWith('INVALID_GUID', () => member(guid(), text));
      });
    it.each([[D], ['0F8FAD5BD9CB469FA16570867728950E'], ['{0f8fad5b-d9cb-469f-a165-70867728950e}']])(
      'encode accepts %s and writes the 32-digit N form', (v) => {
        expect(enc(guid(), v)).toBe('0f8fad5bd9cb469fa16570867728950e');
      });
  });

  describe('bytes', () => {
    it('reads and writes standard base64', () => {
      expect(member(bytes(), 'AEFh/w==')).toEqual(new Uint8Array([0, 65, 97, 255]));
      expect(enc(bytes(), new Uint8Array([0, 65, 97, 255]))).toBe('AEFh/w==');
    });
    it('an empty byte array is written "" and read back empty', () => {
      expect(enc(bytes(), new Uint8Array(0))).toBe('""');
      expect(member(bytes(), '""')).toEqual(new Uint8Array(0));
    });
    it('decodes to a Uint8Array', () => {
      expect(root(bytes(), 'AQID')).toBeInstanceOf(Uint8Array);
    });
    it('rejects text that is not base64 with INVALID_BYTES', () => {
      failsWith('INVALID_BYTES', () => root(bytes(), 'A!'));
    });
  });

  describe('string', () => {
    it('keeps everything of a plain token verbatim (spaces, ":" and quotes inside)', () => {
      expect(member(string(), ' a:b"c ')).toBe(' a:b"c ');
    });
    it('unescapes a quoted token', () => {
      expect(member(string(), '"a,""b"""')).toBe('a,"b"');
      expect(member(string(), '""')).toBe('');
    });
    it('a {…} block where a string is expected is its raw text', () => {
      expect(member(string(), '{x:1,y:[1,2]}')).toBe('{x:1,y:[1,2]}');
    });
    it('a {…} block that is not JSV is still one raw token where a string is expected (as ServiceStack reads it)', () => {
      expect(member(string(), '{not jsv, really}')).toBe('{not jsv, really}');
      expect(member(string(), '{a:"}"}')).toBe('{a:"}"}');
    });
    it('an unclosed block where a string is expected is a syntax error', () => {
      expect(() => member(string(), '{x:1')).toThrow(expect.objectContaining({ name: 'JsvSyntaxError' }));
    });
    it('a […] block where a string is expected is its raw text', () => {
      expect(member(string(), '[a,"b,c"]')).toBe('[a,"b,c"]');
    });
    it('a root string is the whole text, or the unescaped quoted token', () => {
      expect(root(string(), 'a,b')).toBe('a,b');
      expect(root(string(), '"a,b"')).toBe('a,b');
      expect(root(string(), '{x:1}')).toBe('{x:1}');
    });
    it('a root string starting with U+FEFF is quoted, so the reader does not skip it as a byte order mark', () => {
      expect(enc(string(), '\uFEFFx')).toBe('"\uFEFFx"');
      expect(root(string(), enc(string(), '\uFEFFx'))).toBe('\uFEFFx');
    });
    it('a leading byte order mark before JSV text is skipped', () => {
      expect(root(int(), '\uFEFF42')).toBe(42);
    });
    it('a U+FEFF inside a member or list item round-trips', () => {
      expect(root(array(string()), enc(array(string()), ['\uFEFFx']))).toEqual(['\uFEFFx']);
    });
    it.each([['a', 'a'], ['a,b', '"a,b"'], ['', '""'], ['q"', '"q"""'], ['"q"', '"""q"""'], ['x:y', '"x:y"'], ['line\nbreak', '"line\nbreak"'], ['null', 'null']])(
      'writes %j as %s', (v, want) => {
        expect(enc(string(), v)).toBe(want);
      });
  });

  describe('empty values', () => {
    it.each([
      ['number', number(), 'INVALID_NUMBER'], ['int', int(), 'INVALID_NUMBER'], ['bigint', bigint(), 'INVALID_NUMBER'],
      ['boolean', boolean(), 'INVALID_BOOLEAN'], ['enum', enumOf(['A'] as const), 'INVALID_ENUM'],
      ['guid', guid(), 'INVALID_GUID'], ['date', date(), 'INVALID_DATE'], ['timeSpan', timeSpan(), 'INVALID_TIMESPAN'],
    ] as const)('an empty %s member is an error (%s), not a default', (_n, s, code) => {
      failsWith(code, () => member(s, ''));
    });
    it.each([
      ['number', number()], ['int', int()], ['boolean', boolean()], ['guid', guid()], ['date', date()], ['string', string()],
      ['object', object({})],
    ] as const)('empty text at the root is an error for %s', (_n, s) => {
      expect(() => root(s, '')).toThrow(JsvDecodeError);
    });
    it('empty text at the root is undefined for optional()', () => {
      expect(root(optional(int()), '')).toBeUndefined();
      expect(root(optional(object({ a: int() })), '')).toBeUndefined();
      expect(root(optional(string()), '')).toBeUndefined();
    });
  });
});
