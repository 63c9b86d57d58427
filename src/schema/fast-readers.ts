/**
 * Scalar readers used by generated decoders: the common forms read directly at the cursor, anything else through the
 * interpreter's reader (which raises the positioned error).
 */
import type { Scanner } from '../text/scanner.js';
import { decodeScalar } from './interpret-decode.js';
import type { AnySchema } from './types.js';

/** A string value at the cursor (`undefined` when empty): the fast path of the interpreter's string rule. */
export function readString(s: Scanner, close: number): string | undefined {
  const t = s.text;
  const p = s.pos;
  const c = t.charCodeAt(p);
  if (c === 34) return s.readQuoted();
  if (c === 44 || c === close || p >= s.len) return undefined;
  if (c === 123 || c === 91) {
    s.pos = s.blockEnd();
    return t.slice(p, s.pos);
  }
  const e = s.plainEnd(close);
  s.pos = e;
  return t.slice(p, e);
}

/** A boolean at the cursor: `True`/`False` directly, anything else through the interpreter's reader. */
export function readBoolean(s: Scanner, close: number, schema: AnySchema): unknown {
  const t = s.text;
  const p = s.pos;
  const c = t.charCodeAt(p);
  // Character comparisons rather than startsWith, which V8 calls as a builtin (several times slower here).
  if (c === 84 && t.charCodeAt(p + 1) === 114 && t.charCodeAt(p + 2) === 117 && t.charCodeAt(p + 3) === 101) {
    const d = t.charCodeAt(p + 4);
    if (d === 44 || d === close || p + 4 >= s.len) {
      s.pos = p + 4;
      return true;
    }
  } else if (c === 70 && t.charCodeAt(p + 1) === 97 && t.charCodeAt(p + 2) === 108 && t.charCodeAt(p + 3) === 115 && t.charCodeAt(p + 4) === 101) {
    const d = t.charCodeAt(p + 5);
    if (d === 44 || d === close || p + 5 >= s.len) {
      s.pos = p + 5;
      return false;
    }
  }
  return decodeScalar(schema, s, close);
}

/** An Int32 at the cursor: plain digits directly, anything else through the interpreter's reader. */
export function readInt(s: Scanner, close: number, schema: AnySchema): unknown {
  const t = s.text;
  const n = s.len;
  let p = s.pos;
  let c = t.charCodeAt(p);
  const neg = c === 45;
  if (neg) c = t.charCodeAt(++p);
  const start = p;
  let v = 0;
  while (c >= 48 && c <= 57 && p - start < 10) {
    v = v * 10 + (c - 48);
    c = t.charCodeAt(++p);
  }
  if (p > start && (c === 44 || c === close || p >= n) && v <= (neg ? 2147483648 : 2147483647)) {
    s.pos = p;
    return neg ? 0 - v : v;
  }
  return decodeScalar(schema, s, close);
}
