/**
 * Strings that break JSV codecs: every special character, whitespace at the ends, the empty string, lone surrogates,
 * astral code points, U+FEFF and U+200B, and look-alikes of other values (`null`, `True`, `{A:1}`, `__proto__`).
 */
import fc from 'fast-check';

/** The nine characters that make JSV quote a string (spec §2.1). */
export const JSV_SPECIAL_CHARS: readonly string[] = Object.freeze(['"', ':', ',', '{', '}', '[', ']', '\r', '\n']);

/** Whitespace that lenient reading skips around structure (space, tab, LF, VT, FF, CR). */
export const LENIENT_SPACE_CHARS: readonly string[] = Object.freeze([' ', '\t', '\n', '\v', '\f', '\r']);

/** Strings with a meaning elsewhere: other kinds' texts, prototype keys, quoting look-alikes. */
export const EDGE_STRINGS: readonly string[] = Object.freeze([
  '', ' ', '  ', '\t', 'null', 'True', 'False', '0', '-0', '123', '1E+15', 'NaN', '"', '""', '"q"', ' lead', 'trail ',
  ' both ', '{}', '[]', '{A:1}', '[a,b]', 'a:b', 'a,b', 'a b', '__proto__', 'constructor', 'prototype', 'toString',
  'hasOwnProperty', '\u200b', '\ufeff', '\ufeffbom', '\u2028', '\0', '\\', "'", '\ud800', '\udfff', '\ud83c\udfa7',
]);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Short pieces glued together into a string. */
const chunk: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...JSV_SPECIAL_CHARS) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\t', '  ', '""', '\r\n', ': ', ', ') },
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.constantFrom('é', '李', '😀', '\u200b', '\ufeff', '\u2028', '\0', '\\', "'") },
);

const pad = fc.constantFrom('', '', ' ', '  ', '\t', ' \t');

/**
 * An arbitrary of strings for JSV values and keys: any UTF-16 (lone surrogates included), every JSV special character,
 * leading and trailing spaces and tabs, the empty string and {@link EDGE_STRINGS}.
 */
export function edgeString(options: { readonly maxLength?: number } = {}): fc.Arbitrary<string> {
  const maxParts = Math.max(1, Math.ceil((options.maxLength ?? 12) / 2));
  const arb = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
    { weight: 8, arbitrary: fc.array(chunk, { maxLength: maxParts }).map((parts) => parts.join('')) },
    {
      weight: 3,
      arbitrary: fc.tuple(pad, fc.array(chunk, { minLength: 1, maxLength: maxParts }), pad).map(([a, parts, b]) => a + parts.join('') + b),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: options.maxLength ?? 12 }) },
  );
  return options.maxLength === undefined ? arb : arb.map((s) => s.slice(0, options.maxLength));
}
