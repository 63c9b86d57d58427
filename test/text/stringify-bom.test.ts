/**
 * A root text starting with U+FEFF keeps it: readers skip a leading byte order mark, so the writer quotes such a root
 * string, whatever gave it (a string, a boxed `String`, a string returned by `toJSON`), and `parse` reads it back whole.
 */
import { describe, expect, it } from 'vitest';
import { format, parse, stringify } from '../../src/index.js';

const BOM = '\ufeff';

describe('a root text starting with U+FEFF keeps it', () => {
  it.each([
    ['a string', `${BOM}x`],
    ['a boxed String', new String(`${BOM}x`)],
    ['a toJSON result', { toJSON: () => `${BOM}x` }],
    ['a boxed String from toJSON', { toJSON: () => new String(`${BOM}x`) }],
  ])('%s is quoted and read back with its U+FEFF', (_, value) => {
    const text = stringify(value);
    expect(text).toBe(`"${BOM}x"`);
    expect(parse(text)).toBe(`${BOM}x`);
  });

  it('quotes by the string rule (quotes doubled) and reads back', () => {
    for (const s of [BOM, `${BOM}"q"`, `${BOM}a,b`]) {
      expect(parse(stringify(new String(s)))).toBe(s);
      expect(parse(stringify({ toJSON: () => s }))).toBe(s);
    }
  });

  it('agrees with format and leaves U+FEFF inside lists and members unquoted', () => {
    expect(format(stringify(`${BOM}x`))).toBe(stringify(new String(`${BOM}x`)));
    expect(stringify([new String(`${BOM}x`)])).toBe(`[${BOM}x]`);
    expect(stringify({ a: { toJSON: () => `${BOM}x` } })).toBe(`{a:${BOM}x}`);
  });
});
