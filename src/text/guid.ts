/**
 * .NET `Guid` text. ServiceStack writes the 32-digit lowercase `N` form and reads the `N`, `D`, `B` and `P` forms.
 * Pure functions: they return `undefined` on invalid text and never throw.
 */

/** Whether `c` is whitespace trimmed around a guid: space or U+0009..U+000D. */
function isWhite(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Whether `text[i, end)` is all ASCII hex digits. */
function isHex(text: string, i: number, end: number): boolean {
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) continue;
    const l = c | 0x20; // fold A-F to a-f
    if (l < 0x61 || l > 0x66) return false;
  }
  return true;
}

/** The 32 hex digits of a guid text in any accepted form, lowercase, or `undefined`. */
function hexDigits(text: string): string | undefined {
  let i = 0;
  let end = text.length;
  while (i < end && isWhite(text.charCodeAt(i))) i++;
  while (end > i && isWhite(text.charCodeAt(end - 1))) end--;
  const len = end - i;
  if (len === 32) return isHex(text, i, end) ? text.slice(i, end).toLowerCase() : undefined;
  if (len === 38) {
    const open = text.charCodeAt(i);
    const close = text.charCodeAt(end - 1);
    if (!((open === 0x7b && close === 0x7d) /* {} */ || (open === 0x28 && close === 0x29) /* () */)) return undefined;
    i++;
    end--;
  } else if (len !== 36) {
    return undefined;
  }
  // D form: 8-4-4-4-12
  if (
    text.charCodeAt(i + 8) !== 0x2d ||
    text.charCodeAt(i + 13) !== 0x2d ||
    text.charCodeAt(i + 18) !== 0x2d ||
    text.charCodeAt(i + 23) !== 0x2d ||
    !isHex(text, i, i + 8) ||
    !isHex(text, i + 9, i + 13) ||
    !isHex(text, i + 14, i + 18) ||
    !isHex(text, i + 19, i + 23) ||
    !isHex(text, i + 24, end)
  ) {
    return undefined;
  }
  return (
    text.slice(i, i + 8) +
    text.slice(i + 9, i + 13) +
    text.slice(i + 14, i + 18) +
    text.slice(i + 19, i + 23) +
    text.slice(i + 24, end)
  ).toLowerCase();
}

/**
 * Reads a guid in the `N` (32 hex digits), `D` (`8-4-4-4-12`), `B` (`{D}`) or `P` (`(D)`) form, in any case, with
 * surrounding whitespace allowed, and returns the lowercase dashed `D` form; `undefined` for anything else.
 */
export function parseGuid(text: string): string | undefined {
  const h = hexDigits(text);
  if (h === undefined) return undefined;
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

/**
 * Writes a guid the way ServiceStack does: the 32-digit lowercase `N` form. Takes any text {@link parseGuid} accepts;
 * `undefined` if it is not a guid.
 */
export function formatGuid(value: string): string | undefined {
  return hexDigits(value);
}
