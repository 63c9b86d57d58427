import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGuid, parseGuid } from '../../src/text/guid.js';

const D = '0f8fad5b-d9cb-469f-a165-70867728950e';
const N = '0f8fad5bd9cb469fa16570867728950e';

describe('parseGuid', () => {
  it.each([
    ['parse-408 (B form)', '{0f8fad5b-d9cb-469f-a165-70867728950e}', D],
    ['parse-410 (D form)', '0f8fad5b-d9cb-469f-a165-70867728950e', D],
    ['parse-411 (upper case)', '0F8FAD5B-D9CB-469F-A165-70867728950E', D],
    ['zoo-87 (empty guid, N form)', '00000000000000000000000000000000', '00000000-0000-0000-0000-000000000000'],
    ['zoo-88 (N form)', N, D],
    ['sstest-79 (mixed case)', '40DFA5A2-8054-4b3e-B7F5-06E61FF387EF', '40dfa5a2-8054-4b3e-b7f5-06e61ff387ef'],
  ])('vector %s: %s reads as %s', (_id, text, want) => {
    expect(parseGuid(text)).toBe(want);
  });

  it('reads the P form and allows surrounding whitespace', () => {
    expect(parseGuid('(0F8FAD5B-D9CB-469F-A165-70867728950E)')).toBe(D);
    expect(parseGuid(` \t${N}\r\n`)).toBe(D);
  });

  it.each([
    ['parse-412', 'bad'],
    ['parse-413 (empty)', ''],
    ['31 digits', N.slice(1)],
    ['33 digits', N + '0'],
    ['a non-hex digit', 'g' + N.slice(1)],
    ['a control char that folds onto a digit', '\u0010' + N.slice(1)],
    ['misplaced dashes', '0f8fad5bd-9cb-469f-a165-70867728950e'],
    ['dashes in the N length', '0f8fad5b-d9cb-469f-a165-708677289'],
    ['mismatched braces', '{0f8fad5b-d9cb-469f-a165-70867728950e)'],
    ['braces around the N form', `{${N}}`],
    ['the X form', '{0x0f8fad5b,0xd9cb,0x469f,{0xa1,0x65,0x70,0x86,0x77,0x28,0x95,0x0e}}'],
    ['inner whitespace', '0f8fad5b-d9cb-469f-a165 70867728950e'],
  ])('rejects %s', (_name, text) => {
    expect(parseGuid(text)).toBeUndefined();
  });

  it('property: every form of any guid reads as the same lowercase D form', () => {
    const hex32 = fc.stringMatching(/^[0-9a-fA-F]{32}$/);
    fc.assert(
      fc.property(hex32, (h) => {
        const d = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
        const want = d.toLowerCase();
        return [h, d, `{${d}}`, `(${d})`, d.toUpperCase()].every((t) => parseGuid(t) === want);
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatGuid', () => {
  it.each([
    ['sstest-37 (N form)', 'ADFA988B-01F6-490D-B65B-63750F869496', 'adfa988b01f6490db65b63750f869496'],
    ['sstest-77', '7da74353-a40c-468e-93aa-7ff51f4f0e84', '7da74353a40c468e93aa7ff51f4f0e84'],
    ['zoo-87', '00000000-0000-0000-0000-000000000000', '00000000000000000000000000000000'],
    ['zoo-88 (already N)', N, N],
  ])('vector %s: %s is written %s', (_id, value, text) => {
    expect(formatGuid(value)).toBe(text);
  });

  it('accepts the B and P forms and refuses non-guids', () => {
    expect(formatGuid(`{${D}}`)).toBe(N);
    expect(formatGuid(`(${D})`)).toBe(N);
    expect(formatGuid('nope')).toBeUndefined();
  });

  it('property: parseGuid(formatGuid(g)) gives back the D form', () => {
    fc.assert(
      fc.property(fc.uuid(), (g) => parseGuid(formatGuid(g) as string) === g.toLowerCase()),
      { numRuns: 500 },
    );
  });
});
