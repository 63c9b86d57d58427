import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBoolean, parseBoolean } from '../../src/text/dotnet-boolean.js';

describe('parseBoolean', () => {
  it.each([
    ['parse-350 (lowercase)', 'true', true],
    ['parse-351 (uppercase)', 'TRUE', true],
    ['parse-352', 'True', true],
    ['parse-353 (1)', '1', true],
    ['parse-359 (trailing space)', 'False ', false],
    ['zoo-76', 'False', false],
    ['sstest-81', 'True', true],
    ['0', '0', false],
    ['mixed case false', 'fAlSe', false],
    ['surrounding whitespace', '\t true\r\n', true],
  ])('vector %s: %s reads as %s', (_id, text, want) => {
    expect(parseBoolean(text)).toBe(want);
  });

  it.each([
    ['parse-355 (yes)', 'yes'],
    ['parse-356 (empty)', ''],
    ['t', 't'],
    ['f', 'f'],
    ['y', 'y'],
    ['on', 'on'],
    ['off', 'off'],
    ['2', '2'],
    ['truex', 'truex'],
    ['inner space', 'tr ue'],
    ['10', '10'],
  ])('rejects %s', (_name, text) => {
    expect(parseBoolean(text)).toBeUndefined();
  });

  it('property: reads back what formatBoolean writes, in any case', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (b, upper) => {
        const t = formatBoolean(b);
        return parseBoolean(upper ? t.toUpperCase() : t.toLowerCase()) === b && parseBoolean(t) === b;
      }),
      { numRuns: 100 },
    );
  });
});

describe('formatBoolean', () => {
  it('vectors zoo-75, zoo-76, sstest-74: writes True and False capitalised', () => {
    expect(formatBoolean(true)).toBe('True');
    expect(formatBoolean(false)).toBe('False');
  });
});
