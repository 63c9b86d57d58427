/**
 * fast-check arbitraries of untyped JSV values, shared by the property tests: thin names over the library's own
 * generators in `jsv-codec/fast-check` (`edgeString`, `jsvNode`), plus filters and a text fuzzer.
 *
 * - `jsvString`: strings that stress the JSV string rule: full Unicode (astral code points, lone surrogates), every one
 *   of the nine special characters `" : , { } [ ] \r \n`, leading and trailing spaces/tabs, the empty string, and
 *   look-alikes (`null`, `True`, `""`, `{A:1}`, U+200B, U+FEFF).
 * - `jsvTree`: nested lists and objects of such strings, with `null` list items, but never a list holding a single
 *   `null` (JSV writes that as `[]`, as ServiceStack does) and never a `null` member (the writer omits those).
 *   Object keys are `jsvString`s too, `__proto__` and `constructor` included, stored as own data properties.
 */
import fc from 'fast-check';
import type { JsvNode } from '../../src/index.js';
import { edgeString, jsvNode } from '../../src/fast-check/index.js';

/** Whitespace that lenient reading skips around structure (space, tab, LF, VT, FF, CR). */
export const LENIENT_SPACE = /^[ \t\n\v\f\r]|[ \t\n\v\f\r]$/;

/** Strings for JSV values and keys: full Unicode, every special character, padded with spaces, or empty. */
export const jsvString: fc.Arbitrary<string> = edgeString();

/** Trees of lists and objects over `leaf` strings, at most `maxDepth` levels of containers deep. */
export function jsvTreeOf(leaf: fc.Arbitrary<string>, options: { maxDepth?: number; key?: fc.Arbitrary<string> } = {}): fc.Arbitrary<JsvNode> {
  return jsvNode({ strings: leaf, keys: options.key ?? leaf, ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }) });
}

/** Arbitrary JSV trees of {@link jsvString}s (depth-limited); see the module comment. */
export const jsvTree: fc.Arbitrary<JsvNode> = jsvTreeOf(jsvString);

/** Strings with no leading or trailing whitespace (lenient reading keeps them unchanged even when written raw). */
export const jsvTrimmedString: fc.Arbitrary<string> = jsvString.filter((s) => !LENIENT_SPACE.test(s));

/** Trees whose strings and keys have no leading or trailing whitespace. */
export const jsvTrimmedTree: fc.Arbitrary<JsvNode> = jsvTreeOf(jsvTrimmedString);

/** Whether a tree contains a string (value or key) satisfying `pred`. */
export function someString(node: JsvNode, pred: (s: string) => boolean): boolean {
  if (node === null) return false;
  if (typeof node === 'string') return pred(node);
  if (Array.isArray(node)) return node.some((n) => someString(n, pred));
  return Object.keys(node).some((k) => pred(k) || someString(node[k] ?? null, pred));
}

/** Text with characters JSV treats specially, for fuzzing the reader. */
export const jsvishText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', ':', ',', '"', ' ', '\n', '\r', '\t', 'a', 'b', '\ufeff'), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);
