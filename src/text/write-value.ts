/**
 * The pieces of the untyped writer shared by its two walkers (the recursive one in stringify.ts for ordinary depths,
 * the stack-based one in write-deep.ts for deep values): scalar and leaf texts, `Map` keys, the refusals, and the
 * ancestor chain used for cycle and depth checks.
 */
import type { JsvErrorCode, PathSegment } from '../errors.js';
import { encodeBase64 } from './base64.js';
import { quoteString } from './quote.js';
import { formatDate } from './dotnet-date.js';
import { formatDouble } from './dotnet-number.js';
import { TimeSpan } from './time-span-value.js';

/** A failure on its way up; containers add their segment (innermost first). */
export class WriteFault {
  readonly path: PathSegment[] = [];
  constructor(
    readonly code: JsvErrorCode,
    readonly message: string,
  ) {}
}

/** The containers being written (outermost first) and the limits. */
export interface WriteContext {
  /** Ancestors written by recursion (the stack-based walker keeps its own frames on top). */
  readonly stack: object[];
  /** The ancestors at depth {@link NEAR} and below, once there are any: a cycle is found at any depth in O(1). */
  deep: Set<object> | undefined;
  readonly maxDepth: number;
}

/** Ancestors above this depth are checked for a cycle by scanning `stack`; deeper ones are also kept in `deep`. */
export const NEAR = 32;

/**
 * Checks that `v` may be opened as a container at `depth`: not one of its own ancestors (`CIRCULAR`, whatever the
 * depth) and not deeper than `maxDepth` (`MAX_DEPTH`).
 */
export function checkOpen(v: object, depth: number, ctx: WriteContext): void {
  const stack = ctx.stack;
  for (let j = 0, n = stack.length < NEAR ? stack.length : NEAR; j < n; j++) {
    if (stack[j] === v) throw circular();
  }
  if (ctx.deep !== undefined && ctx.deep.has(v)) throw circular();
  if (depth >= ctx.maxDepth) throw new WriteFault('MAX_DEPTH', `Nesting is deeper than maxDepth (${ctx.maxDepth})`);
}

function circular(): WriteFault {
  return new WriteFault('CIRCULAR', 'Cannot write a circular structure as JSV');
}

/** The text of a scalar, or the list/object (array, `Set`, `Map`, other object) to walk. */
export function textOf(v: unknown): string | object {
  switch (typeof v) {
    case 'string':
      return quoteString(v);
    case 'number':
      return formatDouble(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'True' : 'False';
    case 'object':
      return v === null ? '' : objectText(v, true);
    case 'undefined':
      return '';
    default:
      throw new WriteFault('UNSUPPORTED_VALUE', `Cannot write a ${typeof v} as JSV`);
  }
}

/**
 * The text of a boxed primitive (`String`, `Number`, `Boolean`, `BigInt`; a boxed `Symbol` is refused like a symbol),
 * a date, bytes or a time span; otherwise the container to walk, after `toJSON` when `useToJSON`.
 */
export function objectText(v: object, useToJSON: boolean): string | object {
  if (v instanceof String) return quoteString(v.valueOf());
  if (v instanceof Number) return formatDouble(v.valueOf());
  if (v instanceof Boolean) return v.valueOf() ? 'True' : 'False';
  if (v instanceof BigInt) return v.valueOf().toString();
  if (v instanceof Symbol) throw new WriteFault('UNSUPPORTED_VALUE', 'Cannot write a symbol as JSV');
  if (v instanceof Date) {
    const text = formatDate(v.getTime());
    if (text === undefined) throw new WriteFault('INVALID_VALUE', `Cannot write the date ${String(v)}: JSV dates are years 1 to 9999`);
    return text;
  }
  if (v instanceof Uint8Array) return encodeBase64(v);
  if (v instanceof TimeSpan) return v.toString();
  if (useToJSON && !Array.isArray(v) && !(v instanceof Set) && !(v instanceof Map) && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    const r = (v as { toJSON(): unknown }).toJSON();
    if (r === v) throw new WriteFault('CIRCULAR', 'Cannot write an object whose toJSON() returns the object itself');
    // The result is written as it is: its own toJSON is not called (as in JSON.stringify), so a chain cannot loop.
    return typeof r === 'object' && r !== null ? objectText(r, false) : textOf(r);
  }
  return v;
}

/** The text of a `Map` key: written by its own type's writer (`True`, `1E+21`, a date), then quoted by the string rule. */
export function keyText(k: unknown): string {
  if (typeof k === 'string') return k;
  if (k instanceof String) return k.valueOf();
  if (typeof k === 'object' && k !== null) {
    const t = objectText(k, false);
    if (typeof t === 'string') return t;
  } else if (k !== null && k !== undefined && typeof k !== 'symbol' && typeof k !== 'function') {
    return textOf(k) as string;
  }
  throw new WriteFault('UNSUPPORTED_VALUE', `Cannot write a ${k === null ? 'null' : typeof k} Map key as JSV`);
}

/**
 * A list whose only item is written as nothing (`null`, `undefined`, empty bytes) would be `[]`, which reads back as
 * an empty list: the item would be lost, so it is refused (ServiceStack writes `[]`). With two or more items the empty
 * slots are kept by the commas (`[1,]`, `[,]`).
 */
export function loneEmptyItem(): WriteFault {
  return new WriteFault('UNSUPPORTED_VALUE', 'Cannot write a list whose only item is null or empty as JSV: it would be written [] and read back as an empty list');
}
