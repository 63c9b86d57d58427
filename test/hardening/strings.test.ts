/**
 * Strings: lone surrogates, NUL, U+2028/U+2029, CRLF and LF inside quoted values round-trip exactly through
 * stringify/parse and encode/decode; a byte order mark at the start of the text is accepted and skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GetActiveSessionsResponse } from '../../src/evovoice/dto.js';
import { array, dict, object, string } from '../../src/schema/builders.js';
import { decode } from '../../src/schema/decode.js';
import { encode } from '../../src/schema/encode.js';
import { format } from '../../src/text/format.js';
import { parse } from '../../src/text/parse.js';
import { stringify } from '../../src/text/stringify.js';
import { MODES, anyString, jsvishString } from './support.js';

const AWKWARD: Array<[string, string]> = [
  ['a lone high surrogate', '\uD800'],
  ['a lone low surrogate', '\uDFFF'],
  ['surrogates in the wrong order', 'x\uDC00\uD800y'],
  ['a valid pair', '🎧'],
  ['NUL', '\0'],
  ['NUL between text', 'a\0b'],
  ['U+2028', '\u2028'],
  ['U+2029 between text', 'a\u2029b'],
  ['LF', 'line\nbreak'],
  ['CRLF', 'line\r\nbreak'],
  ['a lone CR', 'a\rb'],
  ['LF and CRLF mixed', '\r\n\n\r'],
  ['a BOM in the middle', 'a\uFEFFb'],
  ['quotes and CRLF', '"q"\r\n""'],
  ['zero-width space', '\u200B'],
];

const Doc = object({ s: string(), list: array(string()), map: dict(string()) });

describe('stringify/parse round-trips awkward strings exactly', () => {
  it.each(AWKWARD)('%s as a value, a key and a list item', (_, s) => {
    expect(parse(stringify({ v: s }))).toEqual({ v: s });
    expect(parse(stringify({ [s]: 'v' }))).toEqual({ [s]: 'v' });
    expect(parse(stringify(['x', s, 'y']))).toEqual(['x', s, 'y']);
    expect(parse(stringify(s))).toBe(s);
  });
  it('CRLF and LF inside quoted values stay distinct', () => {
    const v = parse(stringify({ a: 'x\r\ny', b: 'x\ny' })) as Record<string, string>;
    expect(v.a).toBe('x\r\ny');
    expect(v.b).toBe('x\ny');
    expect(parse('{a:"1\r\n2",b:"1\n2"}')).toEqual({ a: '1\r\n2', b: '1\n2' });
  });
  it('lenient reading keeps CRLF inside quoted values (only whitespace around structure is skipped)', () => {
    expect(parse('{ a : "\r\n x \r\n" }', { lenient: true })).toEqual({ a: '\r\n x \r\n' });
  });
  it('format keeps awkward strings: parse(format(t), lenient) equals parse(t)', () => {
    const t = stringify(Object.fromEntries(AWKWARD.map(([name, s]) => [name, [s, { [s]: s }]])));
    expect(parse(format(t), { lenient: true })).toEqual(parse(t));
  });
  it('property: any UTF-16 string round-trips as a value, key and list item', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, jsvishString), (s) => {
        expect(parse(stringify({ v: s, [s]: [s] }))).toEqual({ v: s, [s]: [s] });
      }),
      { numRuns: 400 },
    );
  });
  it('property: any string round-trips at the root (a leading BOM included)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, jsvishString, jsvishString.map((x) => `\uFEFF${x}`)), (s) => {
        const back = parse(stringify(s));
        expect(back).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
  // Was a bug (written raw, so the reader skipped the BOM); fixed in e2c810a by quoting such root strings.
  it('a root string starting with a BOM round-trips through stringify/parse', () => {
    expect(parse(stringify('\uFEFFabc'))).toBe('\uFEFFabc');
  });
});

describe('a byte order mark at the start is accepted and skipped', () => {
  it('parse skips one leading BOM', () => {
    expect(parse('\uFEFF{a:1}')).toEqual({ a: '1' });
    expect(parse('\uFEFF[a]')).toEqual(['a']);
    expect(parse('\uFEFFabc')).toBe('abc');
    expect(parse('\uFEFF')).toBeNull();
    expect(parse('\uFEFF { a : 1 } ', { lenient: true })).toEqual({ a: '1' });
  });
  it('only one BOM, only at the start: a second one is data', () => {
    expect(parse('\uFEFF\uFEFFabc')).toBe('\uFEFFabc');
    expect(parse('{a:\uFEFF}')).toEqual({ a: '\uFEFF' });
  });
  it('error positions count the BOM as offset 0', () => {
    expect(() => parse('\uFEFF{a:1')).toThrow(expect.objectContaining({ code: 'UNTERMINATED_OBJECT', offset: 1 }));
  });
  it('format skips a leading BOM', () => {
    expect(format('\uFEFF{a:1}')).toBe('{\n\ta: 1\n}');
  });
  it.each(MODES)('decode ($name) skips a leading BOM', ({ jitless }) => {
    expect(decode(Doc, '\uFEFF{s:x}', { jitless })).toEqual({ s: 'x' });
    expect(decode(GetActiveSessionsResponse, '\uFEFF{sessions:[]}', { jitless })).toEqual({ sessions: [] });
    expect(decode(array(string()), '\uFEFFa,b', { jitless })).toEqual(['a', 'b']);
    expect(decode(string(), '\uFEFFabc', { jitless })).toBe('abc');
  });
});

describe.each(MODES)('encode/decode ($name) round-trips awkward strings exactly', ({ jitless }) => {
  it.each(AWKWARD)('%s in a member, a list item, a dictionary key and value', (_, s) => {
    const v = { s, list: ['x', s], map: { [s]: s } };
    expect(decode(Doc, encode(Doc, v, { jitless }), { jitless })).toEqual(v);
  });
  it('property: any UTF-16 string round-trips through the EvoVoice schema', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, jsvishString), fc.oneof(anyString, jsvishString), (name, key) => {
        const value = { sessions: [{ displayName: name, members: [{ displayName: name, applicationData: { [key]: name } }] }] };
        const back = decode(GetActiveSessionsResponse, encode(GetActiveSessionsResponse, value as never, { jitless }), { jitless });
        expect(back.sessions![0]!.displayName).toBe(name);
        expect(back.sessions![0]!.members![0]!.displayName).toBe(name);
        expect({ ...back.sessions![0]!.members![0]!.applicationData }).toEqual({ [key]: name });
      }),
      { numRuns: 300 },
    );
  });
  // Was a bug (same as stringify); fixed in e2c810a.
  it('a root string starting with a BOM round-trips through encode/decode', () => {
    expect(decode(string(), encode(string(), '\uFEFFx', { jitless }), { jitless })).toBe('\uFEFFx');
  });
});
