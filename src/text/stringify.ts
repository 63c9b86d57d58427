/**
 * The untyped writer: JS values to the JSV ServiceStack would write for the equivalent .NET value (spec §1.2, §2, §3).
 * No whitespace; strings by the quoting rule; `null`/`undefined` members omitted and `null` list items as empty slots.
 */
import { JsvEncodeError, type PathSegment } from '../errors.js';
import { encodeBase64 } from './base64.js';
import { formatDate } from './dotnet-date.js';
import { formatDouble } from './dotnet-number.js';
import { quoteString } from './quote.js';
import { TimeSpan } from './time-span-value.js';
import { DEFAULT_MAX_DEPTH } from './scanner.js';

/** Options for {@link stringify}. */
export interface StringifyOptions {
  /** The deepest nesting of lists and objects written (default 512); deeper values throw `MAX_DEPTH`. */
  readonly maxDepth?: number;
}

interface WriteContext {
  readonly seen: Set<object>;
  readonly maxDepth: number;
}

/**
 * Writes `value` as JSV: strings (quoted only when needed), numbers as .NET writes doubles, `bigint` as digits,
 * booleans `True`/`False`, `Date` in ServiceStack's UTC form, `Uint8Array` as base64, `TimeSpan` as an XSD duration,
 * arrays/`Set`s as lists, plain objects and `Map`s as `{k:v}`. `null`/`undefined` at the root give the empty text.
 * Functions, symbols and cycles throw a {@link JsvEncodeError} (`UNSUPPORTED_VALUE`, `CIRCULAR`).
 */
export function stringify(value: unknown, options?: StringifyOptions): string {
  if (value === null || value === undefined) return '';
  const out = write(value, { seen: new Set(), maxDepth: options?.maxDepth ?? DEFAULT_MAX_DEPTH }, []);
  return protectLeadingBom(out);
}

/**
 * A root text starting with U+FEFF would lose it (readers skip a leading byte order mark), so such a root string is
 * quoted. Only a bare string can start with it; lists, objects and quoted strings start with `[`, `{`, `"`.
 */
export function protectLeadingBom(out: string): string {
  return out.charCodeAt(0) === 0xfeff ? `"${out.replaceAll('"', '""')}"` : out;
}

function write(v: unknown, ctx: WriteContext, path: PathSegment[]): string {
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
      if (v === null) return '';
      return writeObject(v, ctx, path);
    case 'undefined':
      return '';
    default:
      throw new JsvEncodeError('UNSUPPORTED_VALUE', `Cannot write a ${typeof v} as JSV`, path.slice());
  }
}

/** The text of a `Map` key: written by its own type's writer (`True`, `1E+21`, a date), then quoted by the string rule. */
function writeKey(k: unknown, ctx: WriteContext, path: PathSegment[]): string {
  if (typeof k === 'string') return k;
  if (k === null || k === undefined || typeof k === 'symbol' || typeof k === 'function' ||
    (typeof k === 'object' && !(k instanceof Date) && !(k instanceof TimeSpan) && !(k instanceof Uint8Array) && !isBoxed(k))) {
    throw new JsvEncodeError('UNSUPPORTED_VALUE', `Cannot write a ${k === null ? 'null' : typeof k} Map key as JSV`, path.slice());
  }
  if (k instanceof String) return k.valueOf();
  return write(typeof k === 'object' && isBoxed(k) ? k.valueOf() : k, ctx, path);
}

function isBoxed(v: object): boolean {
  return v instanceof String || v instanceof Number || v instanceof Boolean;
}

function writeObject(v: object, ctx: WriteContext, path: PathSegment[]): string {
  const seen = ctx.seen;
  // Boxed primitives are written as the primitive they hold.
  if (isBoxed(v)) return write(v.valueOf(), ctx, path);
  if (v instanceof Date) {
    const text = formatDate(v.getTime());
    if (text === undefined) throw new JsvEncodeError('INVALID_VALUE', `Cannot write the date ${String(v)}: JSV dates are years 1 to 9999`, path.slice());
    return text;
  }
  if (v instanceof Uint8Array) return encodeBase64(v);
  if (v instanceof TimeSpan) return v.toString();
  if (seen.has(v)) throw new JsvEncodeError('CIRCULAR', 'Cannot write a circular structure as JSV', path.slice());
  seen.add(v);
  if (seen.size > ctx.maxDepth) throw new JsvEncodeError('MAX_DEPTH', `Nesting is deeper than maxDepth (${ctx.maxDepth})`, path.slice());
  let out: string;
  if (Array.isArray(v) || v instanceof Set) {
    out = '[';
    let i = 0;
    for (const item of v as Iterable<unknown>) {
      if (i > 0) out += ',';
      path.push(i);
      out += write(item, ctx, path);
      path.pop();
      i++;
    }
    out += ']';
  } else if (v instanceof Map) {
    out = '{';
    let first = true;
    for (const [k, item] of v) {
      if (item === null || item === undefined) continue;
      const key = writeKey(k, ctx, path);
      path.push(key);
      const text = write(item, ctx, path);
      path.pop();
      out += (first ? '' : ',') + quoteString(key) + ':' + text;
      first = false;
    }
    out += '}';
  } else {
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      seen.delete(v);
      return write((v as { toJSON(): unknown }).toJSON(), ctx, path);
    }
    out = '{';
    let first = true;
    for (const key of Object.keys(v)) {
      const item = (v as Record<string, unknown>)[key];
      if (item === null || item === undefined) continue;
      path.push(key);
      const text = write(item, ctx, path);
      path.pop();
      out += (first ? '' : ',') + quoteString(key) + ':' + text;
      first = false;
    }
    out += '}';
  }
  seen.delete(v);
  return out;
}
