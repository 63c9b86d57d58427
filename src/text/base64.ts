/**
 * Standard base64 (RFC 4648 §4 alphabet, `=` padding), as ServiceStack writes `byte[]`. No Node built-ins, so it runs
 * in browsers. Pure functions: the decoder returns `undefined` on invalid text and never throws.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// The tables are built by functions marked free of side effects, so a bundle that never touches base64 drops them.

/** Char codes of the alphabet, by 6-bit value. */
const ENCODE = encodeTable();
/** 6-bit value by char code (0..127), or 255 for a char outside the alphabet. */
const DECODE = decodeTable();
/** The two output chars for every 12-bit value, packed as the `Uint16Array` element that stores them in order. */
const PAIRS = pairTable(ENCODE);

/* @__NO_SIDE_EFFECTS__ */
function encodeTable(): Uint8Array {
  const table = new Uint8Array(64);
  for (let k = 0; k < 64; k++) table[k] = ALPHABET.charCodeAt(k);
  return table;
}

/* @__NO_SIDE_EFFECTS__ */
function decodeTable(): Uint8Array {
  const table = new Uint8Array(128).fill(255);
  for (let k = 0; k < 64; k++) table[ALPHABET.charCodeAt(k)] = k;
  return table;
}

/* @__NO_SIDE_EFFECTS__ */
function pairTable(encode: Uint8Array): Uint16Array {
  // Whether typed arrays are little-endian here (every mainstream engine) picks the byte order of the pairs.
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const table = new Uint16Array(4096);
  for (let k = 0; k < 4096; k++) {
    const hi = encode[k >>> 6] as number;
    const lo = encode[k & 63] as number;
    table[k] = littleEndian ? hi | (lo << 8) : (hi << 8) | lo;
  }
  return table;
}

/** Output chars per `String.fromCharCode` call where there is no `TextDecoder` (well below argument limits). */
const CHUNK = 0x2000;

/** Inputs shorter than this are encoded through a plain array and one `String.fromCharCode` call. */
const SMALL = 96;

/**
 * A shared UTF-8 `TextDecoder` where the platform has one (browsers, Node, Deno, Bun): base64 output is ASCII, which
 * decodes identically as UTF-8, and engines turn large ASCII buffers into strings fastest this way.
 */
const ascii: { decode(input: Uint8Array): string } | undefined = asciiDecoder();

/* @__NO_SIDE_EFFECTS__ */
function asciiDecoder(): { decode(input: Uint8Array): string } | undefined {
  return typeof TextDecoder === 'function' ? new TextDecoder() : undefined;
}

/** Writes bytes as standard base64 with `=` padding (`AEFh/w==`); empty input gives an empty string. */
export function encodeBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n === 0) return '';
  const rem = n % 3;
  const whole = n - rem;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0x3d; // '='
  if (rem > 0) {
    const b0 = bytes[whole] as number;
    const b1 = rem === 2 ? (bytes[whole + 1] as number) : 0;
    t0 = ENCODE[b0 >>> 2] as number;
    t1 = ENCODE[((b0 & 3) << 4) | (b1 >>> 4)] as number;
    if (rem === 2) t2 = ENCODE[(b1 & 15) << 2] as number;
  }
  if (n < SMALL) {
    const codes: number[] = [];
    for (let i = 0; i < whole; i += 3) {
      const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
      codes.push(
        ENCODE[v >>> 18] as number,
        ENCODE[(v >>> 12) & 63] as number,
        ENCODE[(v >>> 6) & 63] as number,
        ENCODE[v & 63] as number,
      );
    }
    if (rem > 0) codes.push(t0, t1, t2, 0x3d);
    return String.fromCharCode.apply(null, codes);
  }
  const out = new Uint8Array(((whole / 3) | 0) * 4 + (rem > 0 ? 4 : 0));
  const pairs = new Uint16Array(out.buffer);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    pairs[o++] = PAIRS[v >>> 12] as number;
    pairs[o++] = PAIRS[v & 4095] as number;
  }
  if (rem > 0) {
    const p = o * 2;
    out[p] = t0;
    out[p + 1] = t1;
    out[p + 2] = t2;
    out[p + 3] = 0x3d;
  }
  if (ascii !== undefined) return ascii.decode(out);
  let s = '';
  for (let k = 0; k < out.length; k += CHUNK) {
    s += String.fromCharCode.apply(null, out.subarray(k, k + CHUNK) as unknown as number[]);
  }
  return s;
}

/**
 * Reads standard base64 (`A-Z a-z 0-9 + /`). Padding may be present (then the length must be a multiple of 4) or
 * left off. Whitespace, line breaks and the URL-safe alphabet are not accepted. Unused low bits of the last char are
 * ignored, as .NET ignores them. Invalid text is `undefined`; empty text is an empty array.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  let len = text.length;
  if (len > 0 && text.charCodeAt(len - 1) === 0x3d) {
    if (len % 4 !== 0) return undefined;
    len--;
    if (text.charCodeAt(len - 1) === 0x3d) len--;
  }
  const rem = len % 4;
  if (rem === 1) return undefined;
  const out = new Uint8Array(((len - rem) / 4) * 3 + (rem === 0 ? 0 : rem - 1));
  const whole = len - rem;
  let o = 0;
  let i = 0;
  for (; i < whole; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 127) return undefined;
    const d0 = DECODE[c0] as number;
    const d1 = DECODE[c1] as number;
    const d2 = DECODE[c2] as number;
    const d3 = DECODE[c3] as number;
    if ((d0 | d1 | d2 | d3) > 63) return undefined;
    const v = (d0 << 18) | (d1 << 12) | (d2 << 6) | d3;
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 255;
    out[o++] = v & 255;
  }
  if (rem > 0) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = rem === 3 ? text.charCodeAt(i + 2) : 0x41; // 'A' = 0
    if ((c0 | c1 | c2) > 127) return undefined;
    const d0 = DECODE[c0] as number;
    const d1 = DECODE[c1] as number;
    const d2 = DECODE[c2] as number;
    if ((d0 | d1 | d2) > 63) return undefined;
    const v = (d0 << 18) | (d1 << 12) | (d2 << 6);
    out[o++] = v >>> 16;
    if (rem === 3) out[o++] = (v >>> 8) & 255;
  }
  return out;
}
