import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferWriter, releaseWriter, takeWriter } from '../../src/text/buffer-writer.js';
import { quoteString } from '../../src/text/quote.js';

describe('BufferWriter', () => {
  it('str applies the JSV string rule exactly like quoteString, for any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (parts) => {
        const w = new BufferWriter(4);
        for (const p of parts) w.str(p);
        expect(w.finish()).toBe(parts.map(quoteString).join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a leading U+FEFF and lone surrogates as data (no BOM stripping, no U+FFFD replacement)', () => {
    const w = new BufferWriter(2);
    w.raw('\ufeffa');
    w.str('\ud800x');
    w.str('\udc00');
    expect(w.finish()).toBe('\ufeffa\ud800x\udc00');
  });

  it('keeps well-formed surrogate pairs and grows past its initial capacity', () => {
    const w = new BufferWriter(1);
    const big = '😀,'.repeat(50_000);
    w.str(big);
    expect(w.finish()).toBe(quoteString(big));
  });

  it('reuses a released writer from an empty state', () => {
    const a = takeWriter();
    a.raw('abc');
    expect(a.finish()).toBe('abc');
    releaseWriter(a);
    const b = takeWriter();
    b.raw('x');
    expect(b.finish()).toBe('x');
  });
});
