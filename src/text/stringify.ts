/**
 * The untyped writer: JS values to the JSV ServiceStack would write for the equivalent .NET value (spec §1.2, §2, §3).
 * No whitespace; strings by the quoting rule; `null`/`undefined` members omitted and `null` list items as empty slots
 * (a list whose only item is `null` is refused: JSV has no text for it).
 *
 * Lists and objects are written by recursion down to {@link RECURSION_DEPTH} levels, and below that by the stack-based
 * walker in write-deep.ts, so no depth overflows the JS stack; a cycle is `CIRCULAR` at any depth. The path of a
 * failure is collected only while an error unwinds, so the happy path does no bookkeeping.
 */
import { JsvEncodeError, type PathSegment, type SafeResult } from '../errors.js';
import { toJsvError } from './to-jsv-error.js';
import { checkLimit } from './check-limit.js';
import { memberPrefix } from './quote.js';
import { flatString } from './flat-string.js';
import { DEFAULT_MAX_DEPTH } from './scanner.js';
import { RECURSION_DEPTH, writeDeep } from './write-deep.js';
import { NEAR, WriteFault, checkOpen, keyText, loneEmptyItem, textOf, type WriteContext } from './write-value.js';

/** Options for {@link stringify}. */
export interface StringifyOptions {
  /**
   * The deepest nesting of lists and objects written (default 512; `Infinity` for no bound); deeper values throw
   * `MAX_DEPTH`. Anything but a number >= 0 throws `INVALID_ARGUMENT`, as in `parse`.
   */
  readonly maxDepth?: number;
}

/**
 * Writes `value` as JSV: strings (quoted only when needed), numbers as .NET writes doubles, `bigint` as digits,
 * booleans `True`/`False`, `Date` in ServiceStack's UTC form, `Uint8Array` as base64, `TimeSpan` as an XSD duration,
 * arrays/`Set`s as lists, plain objects and `Map`s as `{k:v}`; boxed primitives as the primitive they hold; `toJSON`
 * is called once per value, as `JSON.stringify` does. `null`/`undefined` at the root give the empty text.
 * Functions, symbols, a list whose only item is `null` and cycles (at any depth) throw a {@link JsvEncodeError}
 * (`UNSUPPORTED_VALUE`, `CIRCULAR`); nesting deeper than `maxDepth` throws `MAX_DEPTH`.
 */
export function stringify(value: unknown, options?: StringifyOptions): string {
  const maxDepth = checkLimit('maxDepth', options?.maxDepth) ?? DEFAULT_MAX_DEPTH;
  if (value === null || value === undefined) return '';
  let out: string;
  try {
    out = write(value, { stack: [], deep: undefined, maxDepth });
  } catch (e) {
    if (e instanceof WriteFault) throw new JsvEncodeError(e.code, e.message, e.path.reverse());
    throw e;
  }
  // Whatever the root was (a string, a boxed string, a toJSON result), a root text starting with U+FEFF is quoted.
  return protectLeadingBom(out);
}

/** Like {@link stringify}, but returns `{ ok: false, error }` instead of throwing; never throws. */
export function safeStringify(value: unknown, options?: StringifyOptions): SafeResult<string> {
  try {
    return { ok: true, value: stringify(value, options) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}

/**
 * A root text starting with U+FEFF would lose it (readers skip a leading byte order mark), so such a root string is
 * quoted. Only a bare string can start with it; lists, objects and quoted strings start with `[`, `{`, `"`.
 */
export function protectLeadingBom(out: string): string {
  return out.charCodeAt(0) === 0xfeff ? `"${out.replaceAll('"', '""')}"` : out;
}

function write(v: unknown, ctx: WriteContext): string {
  const t = textOf(v);
  return typeof t === 'string' ? t : writeContainer(t, ctx);
}

function writeContainer(v: object, ctx: WriteContext): string {
  const stack = ctx.stack;
  const depth = stack.length;
  if (depth >= RECURSION_DEPTH) return writeDeep(v, ctx);
  checkOpen(v, depth, ctx);
  stack.push(v);
  if (depth >= NEAR) (ctx.deep ??= new Set()).add(v);
  let segment: PathSegment | undefined;
  let out: string;
  try {
    if (Array.isArray(v)) {
      // Items are concatenated, and every 8 of them flattened as soon as they are written (see flat-string.ts).
      const n = v.length;
      let chunk = '';
      out = '[';
      for (let i = 0; i < n; i++) {
        segment = i;
        chunk += (i > 0 ? ',' : '') + write(v[i], ctx);
        if ((i & 7) === 7) {
          out += flatString(chunk);
          chunk = '';
        }
      }
      if (n === 1 && chunk === '') throw loneEmptyItem();
      out += chunk + ']';
    } else if (v instanceof Set) {
      const parts: string[] = [];
      let i = 0;
      for (const item of v) {
        segment = i++;
        parts.push(write(item, ctx));
      }
      if (parts.length === 1 && parts[0] === '') throw loneEmptyItem();
      out = '[' + parts.join(',') + ']';
    } else if (v instanceof Map) {
      out = '{';
      for (const [k, item] of v) {
        if (item === null || item === undefined) continue;
        const key = keyText(k);
        segment = key;
        out += (out.length > 1 ? ',' : '') + memberPrefix(key) + write(item, ctx);
      }
      out += '}';
    } else {
      out = '{';
      for (const key in v) {
        if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
        const item = (v as Record<string, unknown>)[key];
        if (item === null || item === undefined) continue;
        segment = key;
        out += (out.length > 1 ? ',' : '') + memberPrefix(key) + write(item, ctx);
      }
      out += '}';
    }
  } catch (e) {
    if (e instanceof WriteFault && segment !== undefined) e.path.push(segment);
    throw e;
  }
  stack.pop();
  if (depth >= NEAR) ctx.deep!.delete(v);
  return out;
}
