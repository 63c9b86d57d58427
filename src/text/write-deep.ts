/**
 * The untyped writer's walker for deep values: lists and objects walked with an explicit stack of frames instead of
 * recursion, so no nesting (`maxDepth: Infinity` included) can overflow the JS stack. `stringify` recurses for
 * ordinary depths (faster) and hands a subtree to {@link writeDeep} once it is {@link RECURSION_DEPTH} levels down.
 * Each rule (separators, omitted members, the lone empty item) is the same as in stringify.ts.
 */
import type { PathSegment } from '../errors.js';
import { flatString } from './flat-string.js';
import { memberPrefix } from './quote.js';
import { NEAR, WriteFault, checkOpen, keyText, loneEmptyItem, textOf, type WriteContext } from './write-value.js';

/** How deep `stringify` recurses before it continues with {@link writeDeep}; well within any engine's stack. */
export const RECURSION_DEPTH = 256;

const LIST = 0;
const ENTRIES = 1;
const MEMBERS = 2;

/** A list or object being written: its items, the next one, and the text so far. */
class Frame {
  /** The next item to write. */
  i = 0;
  /** How many members have been written, for the separators. */
  written = 0;
  /** The text so far; list items gather in `chunk` first and are flattened eight at a time (see flat-string.ts). */
  out: string;
  chunk = '';
  /** What to write before the text of the child container being written (separator and member name). */
  prefix = '';
  /** The index or key of the item being written, for the error path. */
  segment: PathSegment | undefined = undefined;
  readonly n: number;

  constructor(
    /** The container as given (for cycle checks). */
    readonly src: object,
    readonly kind: number,
    /** List items, Map entries, or member names. */
    readonly items: readonly unknown[],
  ) {
    this.out = kind === LIST ? '[' : '{';
    this.n = items.length;
  }
}

/**
 * Writes the list or object `root`, `ctx.stack.length` levels deep, and everything under it. A failure is rethrown
 * with the path from `root` down added to it.
 */
export function writeDeep(root: object, ctx: WriteContext): string {
  const frames: Frame[] = [];
  const base = ctx.stack.length;
  const deep = (ctx.deep ??= new Set());
  const open = (v: object): void => {
    checkOpen(v, base + frames.length, ctx);
    let f: Frame;
    if (Array.isArray(v)) f = new Frame(v, LIST, v);
    else if (v instanceof Set) f = new Frame(v, LIST, Array.from(v));
    else if (v instanceof Map) f = new Frame(v, ENTRIES, Array.from(v));
    else f = new Frame(v, MEMBERS, Object.keys(v));
    deep.add(v);
    frames.push(f);
  };
  try {
    open(root);
    for (;;) {
      const f = frames[frames.length - 1]!;
      if (f.i < f.n) {
        const i = f.i++;
        let prefix: string;
        let item: unknown;
        if (f.kind === LIST) {
          f.segment = i;
          prefix = i > 0 ? ',' : '';
          const t = textOf(f.items[i]);
          if (typeof t === 'string') {
            f.chunk += prefix + t;
            if ((i & 7) === 7) {
              f.out += flatString(f.chunk);
              f.chunk = '';
            }
          } else {
            f.prefix = prefix;
            open(t);
          }
          continue;
        }
        let key: string;
        if (f.kind === ENTRIES) {
          const entry = f.items[i] as [unknown, unknown];
          item = entry[1];
          if (item === null || item === undefined) continue;
          key = keyText(entry[0]);
        } else {
          key = f.items[i] as string;
          item = (f.src as Record<string, unknown>)[key];
          if (item === null || item === undefined) continue;
        }
        f.segment = key;
        prefix = (f.written++ > 0 ? ',' : '') + memberPrefix(key);
        const t = textOf(item);
        if (typeof t === 'string') {
          f.out += prefix + t;
        } else {
          f.prefix = prefix;
          open(t);
        }
        continue;
      }
      // The container is complete: close it and hand its text to its parent.
      let text: string;
      if (f.kind === LIST) {
        if (f.n === 1 && f.chunk === '') throw loneEmptyItem();
        text = f.out + f.chunk + ']';
      } else {
        text = f.out + '}';
      }
      frames.pop();
      deep.delete(f.src);
      const parent = frames[frames.length - 1];
      if (parent === undefined) return text;
      if (parent.kind === LIST) {
        parent.chunk += parent.prefix + text;
        if (((parent.i - 1) & 7) === 7) {
          parent.out += flatString(parent.chunk);
          parent.chunk = '';
        }
      } else {
        parent.out += parent.prefix + text;
      }
    }
  } catch (e) {
    if (e instanceof WriteFault) {
      for (let j = frames.length - 1; j >= 0; j--) {
        const seg = frames[j]!.segment;
        if (seg !== undefined) e.path.push(seg);
      }
    }
    throw e;
  }
}
