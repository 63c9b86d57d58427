/**
 * The interpreted encoder (the `jitless` path): walks the schema and writes what ServiceStack writes: members in
 * declared order, `undefined`/`null` members omitted, value-type defaults written, no whitespace.
 */
import { JsvEncodeError, type PathSegment } from '../errors.js';
import { memberPrefix, quoteString } from '../text/quote.js';
import { layoutOf } from './layout.js';
import { describeSchema, writeScalar } from './scalars.js';
import type { AnySchema, EncodeOptions } from './types.js';

/** Which written names an encoder uses. */
export type KeyCase = 'declared' | 'camel' | 'pascal';

/** The key case an options object asks for. */
export function keyCaseOf(options: EncodeOptions | undefined): KeyCase {
  const k = options?.keyCase;
  if (k === undefined) return 'declared';
  if (k === 'camel' || k === 'pascal') return k;
  throw new JsvEncodeError('INVALID_ARGUMENT', `keyCase must be 'camel' or 'pascal', received ${JSON.stringify(k)}`);
}

/** Fails: `v` does not fit `schema` at `path`. */
export function encodeFault(schema: AnySchema, v: unknown, path: readonly PathSegment[]): never {
  let shown: string;
  try {
    shown = typeof v === 'bigint' ? `${v}n` : v instanceof Date ? `Date(${String(v)})` : (JSON.stringify(v) ?? String(v));
  } catch {
    shown = Object.prototype.toString.call(v);
  }
  if (shown.length > 60) shown = `${shown.slice(0, 57)}...`;
  throw new JsvEncodeError('INVALID_VALUE', `expected ${describeSchema(schema)}, received ${shown}`, path);
}

/**
 * Fails: a list whose only item is absent (`[null]`) has no JSV text. It would be written `[]` (as ServiceStack does)
 * and read back as an empty list, losing the item.
 */
export function soleEmptyItem(item: unknown, path: PathSegment[]): never {
  throw new JsvEncodeError('UNSUPPORTED_VALUE', `a list whose only item is ${item === null ? 'null' : 'undefined'} has no JSV text ([] reads back as an empty list)`, [...path, 0]);
}

/** Reads a member for writing: the value's own enumerable properties only, as `JSON.stringify` reads them. */
export function readMember(rec: Record<string, unknown>, name: string): unknown {
  return Object.prototype.propertyIsEnumerable.call(rec, name) ? rec[name] : undefined;
}

/** Writes `v` as `schema`; `''` for an absent value (the container omits it). `path` is only read on failure. */
export function encodeAt(schema: AnySchema, v: unknown, keyCase: KeyCase, path: PathSegment[]): string {
  if (v === undefined || v === null) {
    if (schema.kind === 'optional' || schema.kind === 'string' || schema.kind === 'bytes' || schema.kind === 'array' ||
      schema.kind === 'dict' || schema.kind === 'object' || schema.kind === 'date' || schema.kind === 'guid' || schema.kind === 'timeSpan') return '';
    return encodeFault(schema, v, path);
  }
  switch (schema.kind) {
    case 'optional':
      return encodeAt(schema.inner, v, keyCase, path);
    case 'array': {
      if (!Array.isArray(v)) return encodeFault(schema, v, path);
      const item = schema.item;
      const nullable = item.kind === 'string' || item.kind === 'bytes' || item.kind === 'optional';
      let out = '[';
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        path.push(i);
        if (x === null || x === undefined) {
          if (!nullable) encodeFault(item, x, path);
        } else out += encodeAt(item, x, keyCase, path);
        path.pop();
        if (i < v.length - 1) out += ',';
      }
      if (out === '[' && v.length === 1) soleEmptyItem(v[0], path);
      return out + ']';
    }
    case 'dict': {
      if (typeof v !== 'object' || Array.isArray(v)) return encodeFault(schema, v, path);
      const entries: Iterable<[unknown, unknown]> = v instanceof Map ? v : Object.entries(v);
      let out = '{';
      let first = true;
      for (const [k, x] of entries) {
        if (x === null || x === undefined) continue;
        const key = String(k);
        path.push(key);
        const text = encodeAt(schema.value, x, keyCase, path);
        path.pop();
        out += (first ? '' : ',') + memberPrefix(key) + text;
        first = false;
      }
      return out + '}';
    }
    case 'object': {
      if (typeof v !== 'object' || Array.isArray(v)) return encodeFault(schema, v, path);
      const layout = layoutOf(schema);
      const names = layout.written[keyCase];
      const members = layout.members;
      const rec = v as Record<string, unknown>;
      let out = '{';
      let first = true;
      for (let i = 0; i < members.length; i++) {
        const m = members[i]!;
        let x = readMember(rec, m.name);
        if (x === undefined || x === null) {
          // Value types are always written (ServiceStack writes their defaults); the rest are omitted.
          x = layout.defaults[i];
          if (x === undefined) continue;
        }
        path.push(m.name);
        const text = encodeAt(m.schema, x, keyCase, path);
        path.pop();
        if (text === '') continue;
        out += (first ? '' : ',') + names[i]! + ':' + text;
        first = false;
      }
      return out + '}';
    }
    default: {
      const text = writeScalar(schema, v);
      if (text === undefined) return encodeFault(schema, v, path);
      return text;
    }
  }
}
