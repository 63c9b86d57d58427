/**
 * fast-check arbitraries of untyped JSV values, shared by the property tests.
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

/** The nine characters that force a JSV string to be quoted (spec §2.1). */
export const SPECIAL_CHARS = ['"', ':', ',', '{', '}', '[', ']', '\r', '\n'] as const;

/** Whitespace that lenient reading skips around structure (space, tab, LF, VT, FF, CR). */
export const LENIENT_SPACE = /^[ \t\n\v\f\r]|[ \t\n\v\f\r]$/;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Short chunks that are glued together into a string. */
const chunk: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<string>(...SPECIAL_CHARS) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\t', '  ', '""', '\r\n', ': ', ', ') },
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 4 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: fc.constantFrom('é', '😀', '\u200b', '\ufeff', '\u2028', '\0', '\\', "'") },
);

const pad = fc.constantFrom('', '', ' ', '  ', '\t', ' \t');

/** Strings for JSV values and keys: full Unicode, every special character, padded with spaces, or empty. */
export const jsvString: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 8, arbitrary: fc.array(chunk, { maxLength: 6 }).map((parts) => parts.join('')) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(pad, fc.array(chunk, { minLength: 1, maxLength: 3 }), pad)
      .map(([a, parts, b]) => a + parts.join('') + b),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'null', 'True', '123', '"', '""', '"q"', ' lead', 'trail ', ' ', '{A:1}', '[a,b]', 'a:b', '__proto__',
      'constructor', 'toString', '\u200b',
    ),
  },
);

/** Builds a plain object whose members are all own data properties (so `__proto__` is a key, not a prototype). */
export function objectOf(entries: readonly (readonly [string, JsvNode])[]): { [key: string]: JsvNode } {
  const obj: { [key: string]: JsvNode } = {};
  for (const [k, v] of entries) Object.defineProperty(obj, k, { value: v, writable: true, enumerable: true, configurable: true });
  return obj;
}

function isSingleNull(list: readonly unknown[]): boolean {
  return list.length === 1 && list[0] === null;
}

/** Trees of lists and objects over `leaf` strings, at most `maxDepth` levels of containers deep. */
export function jsvTreeOf(leaf: fc.Arbitrary<string>, options: { maxDepth?: number; key?: fc.Arbitrary<string> } = {}): fc.Arbitrary<JsvNode> {
  const key = options.key ?? leaf;
  const { tree } = fc.letrec<{ tree: JsvNode; list: JsvNode[]; object: { [key: string]: JsvNode } }>((tie) => ({
    tree: fc.oneof({ maxDepth: options.maxDepth ?? 4, depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('object')),
    list: fc
      .array(fc.option(tie('tree'), { nil: null, freq: 4 }), { maxLength: 5 })
      .filter((items) => !isSingleNull(items)),
    object: fc
      .uniqueArray(fc.tuple(key, tie('tree')), { maxLength: 5, selector: ([k]) => k })
      .map((entries) => objectOf(entries)),
  }));
  return tree;
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
