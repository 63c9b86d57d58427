import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChar, isChar, parseChar } from '../../src/text/dotnet-char.js';
import { parse } from '../../src/text/parse.js';
import { arbChar } from '../support/dotnet-value-arbitraries.js';
import { scalarVectors } from './oracle-types-vectors.js';

describe('char: the oracle-types vectors', () => {
  const { ok, errors } = scalarVectors('char');
  it.each(ok.map((v) => [v.id, v.jsv, v.dir] as const))('vector %s: %j reads as that char', (_id, jsv, dir) => {
    expect(parseChar(jsv)).toBe(jsv);
    if (dir === 'both') expect(formatChar(jsv)).toBe(jsv);
  });
  it.each(errors.map((v) => [v.id, v.jsv] as const))('vector %s: %j is refused', (_id, jsv) => {
    expect(parseChar(jsv)).toBeUndefined();
  });
});

describe('parseChar', () => {
  it('takes exactly one UTF-16 code unit', () => {
    expect(parseChar('é')).toBe('é');
    expect(parseChar('\ud83d')).toBe('\ud83d');
    expect(parseChar('')).toBeUndefined();
    expect(parseChar('😀')).toBeUndefined(); // two code units
    expect(parseChar('ab')).toBeUndefined();
  });
});

describe('formatChar', () => {
  it('writes plain chars raw, as ServiceStack does', () => {
    for (const c of ['a', ' ', '\\', '\0', '\t', "'", 'é']) expect(formatChar(c)).toBe(c);
  });

  it('quotes the JSV special characters, so that they read back', () => {
    expect(formatChar(',')).toBe('","');
    expect(formatChar(':')).toBe('":"');
    expect(formatChar('{')).toBe('"{"');
    expect(formatChar('"')).toBe('""""');
    expect(formatChar('\n')).toBe('"\n"');
  });

  it('refuses anything but one code unit', () => {
    expect(formatChar('')).toBeUndefined();
    expect(formatChar('ab')).toBeUndefined();
    expect(isChar('a')).toBe(true);
    expect(isChar('ab')).toBe(false);
    expect(isChar(97)).toBe(false);
  });

  it('writes text that reads back as the same char, at the root and in a list (property)', () => {
    fc.assert(
      fc.property(arbChar, (c) => {
        const text = formatChar(c)!;
        expect(parse(text)).toBe(c);
        expect(parse(`[${text},${text}]`)).toEqual([c, c]);
      }),
    );
  });
});
