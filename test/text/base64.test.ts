import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../src/text/base64.js';

const bytes = (...b: number[]) => new Uint8Array(b);
// Node's Buffer is only the oracle in these tests; the library itself must not use it.
const nodeB64 = (u8: Uint8Array) => Buffer.from(u8).toString('base64');

describe('encodeBase64', () => {
  it.each([
    ['sstest-13', bytes(0, 65, 97, 255), 'AEFh/w=='],
    ['zoo-91', bytes(0, 1, 2, 255), 'AAEC/w=='],
    ['zoo-92', new TextEncoder().encode('hello, world'), 'aGVsbG8sIHdvcmxk'],
    ['zoo-234 (AQID)', bytes(1, 2, 3), 'AQID'],
  ])('vector %s: is written %s', (_id, input, text) => {
    expect(encodeBase64(input)).toBe(text);
  });

  it('pads to a multiple of 4 with =', () => {
    expect(encodeBase64(bytes())).toBe('');
    expect(encodeBase64(bytes(0xff))).toBe('/w==');
    expect(encodeBase64(bytes(0xff, 0xfe))).toBe('//4=');
    expect(encodeBase64(bytes(0xfb, 0xff, 0xbf))).toBe('+/+/');
  });

  it('encodes large inputs (above the chunk size) correctly', () => {
    const big = new Uint8Array(1_000_003).map((_, k) => (k * 31 + 7) & 255);
    expect(encodeBase64(big)).toBe(nodeB64(big));
  });

  it('encodes large inputs correctly where the platform has no TextDecoder', async () => {
    vi.resetModules();
    vi.stubGlobal('TextDecoder', undefined);
    try {
      const { encodeBase64: encode } = await import('../../src/text/base64.js');
      const big = new Uint8Array(50_000).map((_, k) => (k * 13 + 5) & 255);
      expect(encode(big)).toBe(nodeB64(big));
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('property: matches Node Buffer base64 for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => encodeBase64(b) === nodeB64(b)), {
      numRuns: 500,
    });
  });

  it('property: decodeBase64(encodeBase64(b)) is b, padded or not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const t = encodeBase64(b);
        const a = decodeBase64(t);
        const u = decodeBase64(t.replace(/=+$/, ''));
        return a !== undefined && u !== undefined && nodeB64(a) === t && nodeB64(u) === t;
      }),
      { numRuns: 500 },
    );
  });
});

describe('decodeBase64', () => {
  it.each([
    ['sstest-13', 'AEFh/w==', bytes(0, 65, 97, 255)],
    ['zoo-91', 'AAEC/w==', bytes(0, 1, 2, 255)],
    ['unpadded', 'AEFh/w', bytes(0, 65, 97, 255)],
    ['one pad char', '//4=', bytes(0xff, 0xfe)],
    ['empty', '', bytes()],
  ])('reads %s', (_name, text, want) => {
    expect(decodeBase64(text)).toEqual(want);
  });

  it('ignores unused low bits of the last char, as .NET does', () => {
    expect(decodeBase64('/x==')).toEqual(bytes(0xff));
  });

  it.each([
    ['a char outside the alphabet', 'AEF*/w=='],
    ['URL-safe chars', 'AEFh_w=='],
    ['whitespace', 'AEFh /w=='],
    ['a line break', 'AEFh\n/w=='],
    ['a non-ASCII char', 'AEFé/w=='],
    ['a lone = ', '='],
    ['three pad chars', 'A==='],
    ['padding on a length not a multiple of 4', 'AEFh/w='],
    ['pad chars inside', 'AE==AEFh'],
    ['a length of 4n+1', 'AEFhA'],
    ['only padding', '===='],
  ])('rejects %s', (_name, text) => {
    expect(decodeBase64(text)).toBeUndefined();
  });
});
