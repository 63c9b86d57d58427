/**
 * The untyped writer: JS values to the JSV ServiceStack would write for the equivalent .NET value (spec §1.2, §2, §3).
 * No whitespace; strings by the quoting rule; `null`/`undefined` members omitted and `null` list items as empty slots
 * (a list whose only item is `null` is refused: JSV has no text for it).
 * The path of a failure is collected only while an error unwinds, so the happy path does no bookkeeping.
 */
import { JsvEncodeError, type JsvErrorCode, type PathSegment } from '../errors.js';
import { encodeBase64 } from './base64.js';
import { memberPrefix, quoteString } from './quote.js';
import { formatDate } from './dotnet-date.js';
import { formatDouble } from './dotnet-number.js';
import { flatString } from './flat-string.js';
import { DEFAULT_MAX_DEPTH } from './scanner.js';
import { TimeSpan } from './time-span-value.js';

/** Options for {@link stringify}. */
export interface StringifyOptions {
  /** The deepest nesting of lists and objects written (default 512); deeper values throw `MAX_DEPTH`. */
  readonly maxDepth?: number;
}

/** A failure on its way up; containers add their segment (innermost first). */
class WriteFault {
  readonly path: PathSegment[] = [];
  constructor(
    readonly code: JsvErrorCode,
    readonly message: string,
  ) {}
}

interface WriteContext {
  /** The containers being written, outermost first (for cycle detection). */
  readonly stack: object[];
  readonly maxDepth: number;
}

/**
 * Writes `value` as JSV: strings (quoted only when needed), numbers as .NET writes doubles, `bigint` as digits,
 * booleans `True`/`False`, `Date` in ServiceStack's UTC form, `Uint8Array` as base64, `TimeSpan` as an XSD duration,
 * arrays/`Set`s as lists, plain objects and `Map`s as `{k:v}`. `null`/`undefined` at the root give the empty text.
 * Functions, symbols, a list whose only item is `null` and cycles throw a {@link JsvEncodeError} (`UNSUPPORTED_VALUE`,
 * `CIRCULAR`).
 */
export function stringify(value: unknown, options?: StringifyOptions): string {
  if (value === null || value === undefined) return '';
  let out: string;
  const isString = typeof value === 'string';
  try {
    out = write(value, { stack: [], maxDepth: options?.maxDepth ?? DEFAULT_MAX_DEPTH });
  } catch (e) {
    if (e instanceof WriteFault) throw new JsvEncodeError(e.code, e.message, e.path.reverse());
    throw e;
  }
  return isString ? protectLeadingBom(out) : out;
}

/**
 * A root text starting with U+FEFF would lose it (readers skip a leading byte order mark), so such a root string is
 * quoted. Only a bare string can start with it; lists, objects and quoted strings start with `[`, `{`, `"`.
 */
export function protectLeadingBom(out: string): string {
  return out.charCodeAt(0) === 0xfeff ? `"${out.replaceAll('"', '""')}"` : out;
}

function write(v: unknown, ctx: WriteContext): string {
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
      return v === null ? '' : writeObject(v, ctx);
    case 'undefined':
      return '';
    default:
      throw new WriteFault('UNSUPPORTED_VALUE', `Cannot write a ${typeof v} as JSV`);
  }
}

function isBoxed(v: object): v is String | Number | Boolean {
  return v instanceof String || v instanceof Number || v instanceof Boolean;
}

/** The text of a `Map` key: written by its own type's writer (`True`, `1E+21`, a date), then quoted by the string rule. */
function keyText(k: unknown, ctx: WriteContext): string {
  if (typeof k === 'string') return k;
  if (k instanceof String) return k.valueOf();
  if (k === null || k === undefined || typeof k === 'symbol' || typeof k === 'function' ||
    (typeof k === 'object' && !(k instanceof Date) && !(k instanceof TimeSpan) && !(k instanceof Uint8Array) && !isBoxed(k))) {
    throw new WriteFault('UNSUPPORTED_VALUE', `Cannot write a ${k === null ? 'null' : typeof k} Map key as JSV`);
  }
  return write(typeof k === 'object' && isBoxed(k) ? k.valueOf() : k, ctx);
}

/**
 * A list whose only item is written as nothing (`null`, `undefined`, empty bytes) would be `[]`, which reads back as
 * an empty list: the item would be lost, so it is refused (ServiceStack writes `[]`). With two or more items the empty
 * slots are kept by the commas (`[1,]`, `[,]`).
 */
function loneEmptyItem(): WriteFault {
  return new WriteFault('UNSUPPORTED_VALUE', 'Cannot write a list whose only item is null or empty as JSV: it would be written [] and read back as an empty list');
}

function writeObject(v: object, ctx: WriteContext): string {
  // Boxed primitives are written as the primitive they hold.
  if (isBoxed(v)) return write(v.valueOf(), ctx);
  if (v instanceof Date) {
    const text = formatDate(v.getTime());
    if (text === undefined) throw new WriteFault('INVALID_VALUE', `Cannot write the date ${String(v)}: JSV dates are years 1 to 9999`);
    return text;
  }
  if (v instanceof Uint8Array) return encodeBase64(v);
  if (v instanceof TimeSpan) return v.toString();
  if (!Array.isArray(v) && !(v instanceof Set) && !(v instanceof Map) && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    return write((v as { toJSON(): unknown }).toJSON(), ctx);
  }
  const stack = ctx.stack;
  if (stack.length >= ctx.maxDepth) {
    // Only now look for a cycle: a value on its own ancestor chain is CIRCULAR; a long chain is MAX_DEPTH.
    throw new WriteFault(stack.includes(v) ? 'CIRCULAR' : 'MAX_DEPTH', stack.includes(v) ? 'Cannot write a circular structure as JSV' : `Nesting is deeper than maxDepth (${ctx.maxDepth})`);
  }
  // Near the root, look for a cycle at once (short error paths); deeper down a cycle is found at maxDepth above.
  if (stack.length > 0 && stack.length < 32 && stack.includes(v)) throw new WriteFault('CIRCULAR', 'Cannot write a circular structure as JSV');
  stack.push(v);
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
        const key = keyText(k, ctx);
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
  return out;
}
