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

/** Options for {@link stringify} (none yet; reserved). */
export interface StringifyOptions {}

/**
 * Writes `value` as JSV: strings (quoted only when needed), numbers as .NET writes doubles, `bigint` as digits,
 * booleans `True`/`False`, `Date` in ServiceStack's UTC form, `Uint8Array` as base64, `TimeSpan` as an XSD duration,
 * arrays/`Set`s as lists, plain objects and `Map`s as `{k:v}`. `null`/`undefined` at the root give the empty text.
 * Functions, symbols and cycles throw a {@link JsvEncodeError} (`UNSUPPORTED_VALUE`, `CIRCULAR`).
 */
export function stringify(value: unknown, _options?: StringifyOptions): string {
  if (value === null || value === undefined) return '';
  return write(value, new Set(), []);
}

function write(v: unknown, seen: Set<object>, path: PathSegment[]): string {
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
      return writeObject(v, seen, path);
    case 'undefined':
      return '';
    default:
      throw new JsvEncodeError('UNSUPPORTED_VALUE', `Cannot write a ${typeof v} as JSV`, path.slice());
  }
}

function writeObject(v: object, seen: Set<object>, path: PathSegment[]): string {
  if (v instanceof Date) {
    const text = formatDate(v.getTime());
    if (text === undefined) throw new JsvEncodeError('INVALID_VALUE', `Cannot write the date ${String(v)}: JSV dates are years 1 to 9999`, path.slice());
    return text;
  }
  if (v instanceof Uint8Array) return encodeBase64(v);
  if (v instanceof TimeSpan) return v.toString();
  if (seen.has(v)) throw new JsvEncodeError('CIRCULAR', 'Cannot write a circular structure as JSV', path.slice());
  seen.add(v);
  let out: string;
  if (Array.isArray(v) || v instanceof Set) {
    out = '[';
    let i = 0;
    for (const item of v as Iterable<unknown>) {
      if (i > 0) out += ',';
      path.push(i);
      out += write(item, seen, path);
      path.pop();
      i++;
    }
    out += ']';
  } else if (v instanceof Map) {
    out = '{';
    let first = true;
    for (const [k, item] of v) {
      if (item === null || item === undefined) continue;
      const key = String(k);
      path.push(key);
      const text = write(item, seen, path);
      path.pop();
      out += (first ? '' : ',') + quoteString(key) + ':' + text;
      first = false;
    }
    out += '}';
  } else {
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      seen.delete(v);
      return write((v as { toJSON(): unknown }).toJSON(), seen, path);
    }
    out = '{';
    let first = true;
    for (const key of Object.keys(v)) {
      const item = (v as Record<string, unknown>)[key];
      if (item === null || item === undefined) continue;
      path.push(key);
      const text = write(item, seen, path);
      path.pop();
      out += (first ? '' : ',') + quoteString(key) + ':' + text;
      first = false;
    }
    out += '}';
  }
  seen.delete(v);
  return out;
}
