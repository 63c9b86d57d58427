/**
 * The rules every kind shares, given the kind explicitly (so this module needs no registry): failing with the kind's
 * code and message, reading one scalar token at the cursor, the root rule of a scalar, and whether the cursor is at
 * an empty value.
 */
import { JsvDecodeError, JsvEncodeError, type PathSegment } from '../../errors.js';
import { COMMA, LBRACE, LBRACKET, QUOTE, isSpace } from '../../text/chars.js';
import type { Scanner } from '../../text/scanner.js';
import { DecodeFault } from '../decode-fault.js';
import { FAIL } from '../fail.js';
import type { AnySchema } from '../types.js';
import type { Kind, ScalarDefinition } from './kind.js';

/** A closing character that never occurs: a root list without brackets runs to the end of the text. */
export const NO_CLOSE = -1;

/** Fails: the text from `start` to `end` does not fit `schema` (of kind `kind`). */
export function decodeFault<S extends AnySchema>(kind: Kind<S>, schema: S, s: Scanner, start: number, end: number = s.pos): never {
  throw new DecodeFault(kind.code, kind.expected(schema), s.text.slice(start, end), start);
}

/** Fails: the value `v` does not fit `schema` at `path` when writing. */
export function encodeFault<S extends AnySchema>(kind: Kind<S>, schema: S, v: unknown, path: readonly PathSegment[]): never {
  let shown: string;
  try {
    shown = typeof v === 'bigint' ? `${v}n` : v instanceof Date ? `Date(${String(v)})` : (JSON.stringify(v) ?? String(v));
  } catch {
    shown = Object.prototype.toString.call(v);
  }
  if (shown.length > 60) shown = `${shown.slice(0, 57)}...`;
  throw new JsvEncodeError('INVALID_VALUE', `expected ${kind.expected(schema)}, received ${shown}`, path);
}

/** Fails: the JSON value `v` does not fit `schema` at `path` (no position: JSON has been parsed already). */
export function jsonFault<S extends AnySchema>(kind: Kind<S>, schema: S, v: unknown, path: readonly PathSegment[]): never {
  let shown: string;
  try {
    shown = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    // Too deep (RangeError) or not serializable: name the shape; `String(v)` would recurse just as deep.
    shown = Array.isArray(v) ? '[…]' : typeof v === 'object' && v !== null ? '{…}' : typeof v;
  }
  throw new JsvDecodeError(kind.code, { path: path.slice(), expected: kind.expected(schema), received: shown });
}

/** Whether the cursor is at an empty value (the next thing is `,`, the container's close, or the end). */
export function atEmpty(s: Scanner, close: number): boolean {
  const c = s.peek();
  return c === COMMA || c === close || s.pos >= s.len;
}

type ScalarKind<S extends AnySchema> = Kind<S> & { readonly scalar: ScalarDefinition<S> };

/**
 * Reads one scalar token at the cursor and converts it: quoted, plain, or a `{…}`/`[…]` block taken as one raw token
 * (as ServiceStack reads it: a string keeps its text, a guid may be in B form `{…}`, other kinds fail on it). An empty
 * token is `undefined` where the kind allows it (`emptyIsAbsent`), else a failure.
 */
export function decodeToken<S extends AnySchema>(kind: ScalarKind<S>, schema: S, s: Scanner, close: number, emptyIsAbsent: boolean): unknown {
  const start = s.pos;
  const c = s.peek();
  let text: string;
  if (c === QUOTE) {
    text = s.readQuoted();
  } else if (c === COMMA || c === close || start >= s.len) {
    if (emptyIsAbsent) return undefined;
    return decodeFault(kind, schema, s, start);
  } else if (c === LBRACE || c === LBRACKET) {
    s.pos = s.blockEnd();
    text = s.text.slice(start, s.pos);
  } else {
    text = s.readPlain(close);
  }
  const v = kind.scalar.read(schema, text);
  if (v === FAIL) decodeFault(kind, schema, s, start);
  return v;
}

/** The root rule of a scalar: a quoted token, or else the whole text (trailing space dropped in lenient mode). */
export function decodeRootScalar<S extends AnySchema>(kind: ScalarKind<S>, schema: S, s: Scanner): unknown {
  const start = s.pos;
  if (s.peek() === QUOTE) {
    const value = decodeToken(kind, schema, s, NO_CLOSE, false);
    s.expectEnd();
    return value;
  }
  let end = s.len;
  if (s.lenient) while (end > start && isSpace(s.text.charCodeAt(end - 1))) end--;
  s.pos = s.len;
  const text = s.text.slice(start, end);
  if (text === '') decodeFault(kind, schema, s, start);
  const value = kind.scalar.read(schema, text);
  if (value === FAIL) decodeFault(kind, schema, s, start, end);
  return value;
}
