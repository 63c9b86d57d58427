import { describe, expect, it } from 'vitest';
import { flatString } from '../../src/text/flat-string.js';
import { memberPrefix, quoteString } from '../../src/text/quote.js';

describe('memberPrefix', () => {
  it('writes a name by the string rule followed by a colon', () => {
    expect(memberPrefix('name')).toBe('name:');
    expect(memberPrefix('a:b')).toBe('"a:b":');
    expect(memberPrefix('say "hi"')).toBe('"say ""hi""":');
    expect(memberPrefix('{x}')).toBe('"{x}":');
    expect(memberPrefix('')).toBe('"":');
  });

  it('gives the same text from its cache, for long names, and after more than 1,024 distinct names', () => {
    const long = 'k'.repeat(65) + ',';
    expect(memberPrefix(long)).toBe(`"${long}":`);
    expect(memberPrefix(long)).toBe(`"${long}":`);
    for (let i = 0; i < 3000; i++) {
      const name = i % 3 === 0 ? `n${i}` : i % 3 === 1 ? `n,${i}` : `n"${i}`;
      expect(memberPrefix(name)).toBe(quoteString(name) + ':');
      expect(memberPrefix(name)).toBe(quoteString(name) + ':');
    }
  });
});

describe('flatString', () => {
  it('returns a string equal to its argument, whether built by concatenation or starting with whitespace', () => {
    let rope = '';
    for (let i = 0; i < 500; i++) rope += `{k${i}:v${i}},`;
    const copy = rope.split('').join('');
    expect(flatString(rope)).toBe(copy);
    expect(flatString(' x' + rope)).toBe(' x' + copy);
    expect(flatString('')).toBe('');
    expect(flatString('\u00a0{a:b}')).toBe('\u00a0{a:b}');
  });
});
