/**
 * .NET `bool` text: ServiceStack writes `True`/`False`; the reader takes those in any case plus `1`/`0`. Pure
 * functions: the reader returns `undefined` on invalid text and never throws.
 */

/** Whether `c` is whitespace trimmed around a boolean: space or U+0009..U+000D. */
function isWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * Reads a boolean: `True`/`False` in any case, `1` or `0`, with surrounding whitespace allowed. Anything else
 * (`yes`, `t`, `on`, empty text) is `undefined`.
 */
export function parseBoolean(text: string): boolean | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  switch (end - i) {
    case 1: {
      const c = text.charCodeAt(i);
      return c === 0x31 ? true : c === 0x30 ? false : undefined;
    }
    case 4:
      return text.slice(i, end).toLowerCase() === 'true' ? true : undefined;
    case 5:
      return text.slice(i, end).toLowerCase() === 'false' ? false : undefined;
    default:
      return undefined;
  }
}

/** Writes a boolean as .NET does: `True` or `False`. */
export function formatBoolean(b: boolean): 'True' | 'False' {
  return b ? 'True' : 'False';
}
