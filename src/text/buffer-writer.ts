/**
 * A growable UTF-16 buffer for writing large JSV texts. Concatenating many small strings builds a deep rope that
 * costs as much to flatten as to build; writing code units into one buffer and decoding it once gives a flat string
 * in a single pass. The JSV string rule is fused into the copy ({@link BufferWriter.str}).
 */

/** 1 for the nine characters that force quoting (the same set as `quote.ts`). */
const SPECIAL = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (const ch of '":,{}[]\r\n') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** Decodes little-endian UTF-16 where the platform is little-endian and `TextDecoder` knows UTF-16; else null. */
const UTF16: TextDecoder | null = /* @__PURE__ */ (() => {
  try {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) return null;
    // ignoreBOM: a leading U+FEFF is data here, not a byte order mark.
    return new TextDecoder('utf-16le', { ignoreBOM: true });
  } catch {
    return null;
  }
})();

const CHUNK = 8192;

/** Whether the surrogate `c` at `i` is half of a well-formed pair (high then low). */
function isPairAt(s: string, i: number, c: number): boolean {
  if (c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff;
  }
  const d = s.charCodeAt(i - 1);
  return d >= 0xd800 && d <= 0xdbff;
}

/** Writes code units into a growing buffer; `finish()` returns the text. */
export class BufferWriter {
  /** The code units written so far are `buf[0..n)`. */
  buf: Uint16Array;
  /** How many code units have been written. */
  n = 0;
  /** Whether a lone surrogate was written (it would not survive `TextDecoder`, so such text is decoded by hand). */
  lone = false;

  constructor(capacity = 1024) {
    this.buf = new Uint16Array(capacity);
  }

  /** Makes room for `more` code units. */
  grow(more: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.n + more) cap *= 2;
    const next = new Uint16Array(cap);
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }

  /** Writes one code unit. */
  char(c: number): void {
    if (this.n >= this.buf.length) this.grow(1);
    this.buf[this.n++] = c;
  }

  /** Writes text as it is (names, numbers, already-quoted text). */
  raw(s: string): void {
    const len = s.length;
    if (this.n + len > this.buf.length) this.grow(len);
    const b = this.buf;
    let j = this.n;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff && !isPairAt(s, i, c)) this.lone = true;
      b[j++] = c;
    }
    this.n = j;
  }

  /** Writes a string by the JSV rule: raw, or quoted with `"` doubled when it is empty or holds a special character. */
  str(s: string): void {
    const len = s.length;
    if (len === 0) {
      this.raw('""');
      return;
    }
    if (this.n + len > this.buf.length) this.grow(len);
    const b = this.buf;
    const start = this.n;
    let j = start;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c < 128) {
        if (SPECIAL[c] === 1) {
          this.n = start;
          this.quoted(s);
          return;
        }
      } else if (c >= 0xd800 && c <= 0xdfff && !isPairAt(s, i, c)) this.lone = true;
      b[j++] = c;
    }
    this.n = j;
  }

  /** Writes `"` + s with every `"` doubled + `"`. */
  private quoted(s: string): void {
    const len = s.length;
    if (this.n + 2 * len + 2 > this.buf.length) this.grow(2 * len + 2);
    const b = this.buf;
    let j = this.n;
    b[j++] = 34;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c === 34) b[j++] = 34;
      else if (c >= 0xd800 && c <= 0xdfff && !isPairAt(s, i, c)) this.lone = true;
      b[j++] = c;
    }
    b[j++] = 34;
    this.n = j;
  }

  /** The text written, as one flat string. */
  finish(): string {
    const view = this.buf.subarray(0, this.n);
    if (UTF16 !== null && !this.lone) return UTF16.decode(view);
    let out = '';
    for (let i = 0; i < this.n; i += CHUNK) {
      out += String.fromCharCode.apply(null, view.subarray(i, i + CHUNK) as unknown as number[]);
    }
    return out;
  }
}

let spare: BufferWriter | null = null;

/**
 * A writer to use for one call (a reused one when free, so small calls allocate nothing), with room for `expected`
 * code units (e.g. the length of the previous output of the same encoder) so a large output is not regrown many times.
 */
export function takeWriter(expected = 0): BufferWriter {
  let w = spare;
  if (w === null) w = new BufferWriter(Math.max(1024, expected));
  else {
    spare = null;
    w.n = 0;
    w.lone = false;
    if (w.buf.length < expected) w.grow(expected);
  }
  return w;
}

/** Gives a writer back after `finish()`; a very large buffer is dropped rather than kept alive. */
export function releaseWriter(w: BufferWriter): void {
  if (w.buf.length <= 1 << 20) spare = w;
}
