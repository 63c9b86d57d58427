/**
 * `jsvNode()`: untyped JSV trees (what `parse` gives and `stringify` writes), for testing the text layer and for the
 * values of unknown members in {@link jsvText}.
 */
import fc from 'fast-check';
import type { JsvNode } from '../text/parse.js';
import { setData } from './kinds.js';
import { edgeString } from './strings.js';

/** Options for {@link jsvNode}. */
export interface JsvNodeOptions {
  /** Levels of lists and objects (default 4). */
  readonly maxDepth?: number;
  /** The most items of a list or members of an object (default 5). */
  readonly maxItems?: number;
  /** The leaf strings (default {@link edgeString}()). */
  readonly strings?: fc.Arbitrary<string>;
  /** The object keys (default: `strings`). */
  readonly keys?: fc.Arbitrary<string>;
}

/**
 * An arbitrary of untyped JSV trees that `parse(stringify(t))` gives back deep-equal: strings, lists with `null`
 * items (never a list whose only item is `null`: that is written `[]`), and objects whose members are own data
 * properties (`__proto__` included) and never `null` (the writer omits those).
 */
export function jsvNode(options: JsvNodeOptions = {}): fc.Arbitrary<JsvNode> {
  const leaf = options.strings ?? edgeString();
  const key = options.keys ?? leaf;
  const maxLength = options.maxItems ?? 5;
  const { tree } = fc.letrec<{ tree: JsvNode; list: JsvNode[]; object: { [key: string]: JsvNode } }>((tie) => ({
    tree: fc.oneof({ maxDepth: options.maxDepth ?? 4, depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('object')),
    list: fc
      .array(fc.option(tie('tree'), { nil: null, freq: 4 }), { maxLength })
      .map((items) => (items.length === 1 && items[0] === null ? [] : items)),
    object: fc.uniqueArray(fc.tuple(key, tie('tree')), { maxLength, selector: ([k]) => k }).map((entries) => {
      const obj: { [key: string]: JsvNode } = {};
      for (const [k, v] of entries) setData(obj, k, v);
      return obj;
    }),
  }));
  return tree;
}
