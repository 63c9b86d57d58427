/**
 * The interpreted decoder (the `jitless` path): walks the schema at run time and reads the text directly with the
 * scanner, building only the final values (never the untyped tree). The generated decoders follow the same rules.
 */
import { COMMA, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET, isSpace } from '../text/chars.js';
import { PlainObject } from '../text/plain-object.js';
import type { Scanner } from '../text/scanner.js';
import { DecodeFault, addPath } from './decode-fault.js';
import { createInstance, layoutOf, memberIndex, setOwn } from './layout.js';
import { FAIL, codeOf, describeSchema, readScalar } from './scalars.js';
import type { AnySchema, ArraySchema, DictSchema, ObjectSchema } from './types.js';

/** A closing character that never occurs: a root list without brackets runs to the end of the text. */
export const NO_CLOSE = -1;

/** Fails: the value at `start` (already read up to `s.pos`) does not fit `schema`. */
export function fault(schema: AnySchema, s: Scanner, start: number, end: number = s.pos): never {
  throw new DecodeFault(codeOf(schema), describeSchema(schema), s.text.slice(start, end), start);
}

/** Whether the cursor is at an empty value (the next thing is `,`, the container's close, or the end). */
export function atEmpty(s: Scanner, close: number): boolean {
  const c = s.peek();
  return c === COMMA || c === close || s.pos >= s.len;
}

/**
 * Decodes the value at the cursor inside a container closed by `close`. Returns `undefined` for an empty value of a
 * kind that may be absent (strings, bytes, lists, dictionaries, objects, optional); other kinds fail on it.
 */
export function decodeAt(schema: AnySchema, s: Scanner, close: number): unknown {
  switch (schema.kind) {
    case 'object':
      if (s.peek() === LBRACE) return decodeObject(schema, s);
      if (atEmpty(s, close)) return undefined;
      return fault(schema, s, s.pos, s.plainEnd(close));
    case 'array':
      if (s.peek() === LBRACKET) return decodeList(schema, s);
      if (atEmpty(s, close)) return undefined;
      return fault(schema, s, s.pos, s.plainEnd(close));
    case 'dict':
      if (s.peek() === LBRACE) return decodeDict(schema, s);
      if (atEmpty(s, close)) return undefined;
      return fault(schema, s, s.pos, s.plainEnd(close));
    case 'optional':
      return atEmpty(s, close) ? undefined : decodeAt(schema.inner, s, close);
    default:
      return decodeScalar(schema, s, close);
  }
}

/** Reads one scalar token at the cursor and converts it. */
export function decodeScalar(schema: AnySchema, s: Scanner, close: number): unknown {
  const start = s.pos;
  const c = s.peek();
  let text: string;
  if (c === QUOTE) {
    text = s.readQuoted();
    if (schema.kind === 'bytes' && text === '') return new Uint8Array(0);
  } else if (c === COMMA || c === close || start >= s.len) {
    if (schema.kind === 'string' || schema.kind === 'bytes') return undefined;
    return fault(schema, s, start);
  } else if (c === LBRACE || c === LBRACKET) {
    // A block where a scalar is expected is one raw token (as ServiceStack reads it): a string keeps its text, a guid
    // may be in B form `{…}`, other kinds fail on it.
    s.pos = s.blockEnd();
    text = s.text.slice(start, s.pos);
  } else {
    text = s.readPlain(close);
  }
  if (schema.kind === 'string') return text;
  const v = readScalar(schema, text);
  if (v === FAIL) fault(schema, s, start);
  return v;
}

/** Decodes `{…}` at the cursor into an instance of an object schema; unknown members are skipped unbuilt. */
export function decodeObject(schema: ObjectSchema, s: Scanner): Record<string, unknown> {
  const layout = layoutOf(schema);
  const open = s.pos;
  s.enter();
  const obj = createInstance(layout);
  if (s.emptyObject()) return obj;
  let name = '';
  try {
    do {
      const key = s.readKey();
      const i = memberIndex(layout, key);
      if (i < 0) {
        s.skipValue(RBRACE);
        continue;
      }
      const m = layout.members[i]!;
      name = m.name;
      setOwn(obj, name, decodeAt(m.schema, s, RBRACE));
      name = '';
    } while (s.nextMember(open));
  } catch (e) {
    if (name !== '') addPath(e, name);
    throw e;
  }
  return obj;
}

/** Decodes `{…}` at the cursor into a plain object of a dictionary schema, in text order; empty values are omitted. */
export function decodeDict(schema: DictSchema, s: Scanner): Record<string, unknown> {
  const open = s.pos;
  s.enter();
  const obj = new PlainObject(); // not `{}`: see plain-object.ts
  if (s.emptyObject()) return obj;
  let key = '';
  let inValue = false;
  try {
    do {
      key = s.readKey();
      inValue = true;
      const v = decodeAt(schema.value, s, RBRACE);
      inValue = false;
      if (v !== undefined) setOwn(obj, key, v);
    } while (s.nextMember(open));
  } catch (e) {
    if (inValue) addPath(e, key);
    throw e;
  }
  return obj;
}

/** Decodes the items of a list whose `[` is at the cursor. */
export function decodeList(schema: ArraySchema, s: Scanner): unknown[] {
  const open = s.pos;
  s.enter();
  const list: unknown[] = new Array<unknown>(); // not `[]`: see plain-object.ts
  if (s.emptyList()) return list;
  decodeItems(schema.item, s, RBRACKET, list, open);
  return list;
}

/** Reads list items up to `close` (or the end of the text for a root list without brackets). */
export function decodeItems(item: AnySchema, s: Scanner, close: number, list: unknown[], open: number): void {
  const nullable = item.kind === 'string' || item.kind === 'bytes' || item.kind === 'optional';
  let i = 0;
  try {
    for (;;) {
      s.skipSpace();
      const start = s.pos;
      const v = decodeAt(item, s, close);
      if (v === undefined) {
        if (!nullable) fault(item, s, start);
        list.push(null);
      } else list.push(v);
      if (close === NO_CLOSE) {
        s.skipSpace();
        if (s.pos >= s.len) return;
        if (s.peek() !== COMMA) s.fail('UNEXPECTED_CHARACTER', 'Expected "," after the list item');
        s.pos++;
      } else if (!s.nextItem(open)) return;
      i++;
    }
  } catch (e) {
    return addPath(e, i);
  }
}

/** Decodes a whole text as a value of `schema` (the root rules: a root scalar is the whole text; a root list may lack brackets). */
export function decodeRoot(schema: AnySchema, s: Scanner): unknown {
  s.skipSpace();
  if (schema.kind === 'optional') {
    if (s.pos >= s.len) return undefined;
    return decodeRoot(schema.inner, s);
  }
  const start = s.pos;
  const c = s.peek();
  let value: unknown;
  switch (schema.kind) {
    case 'object':
      if (c !== LBRACE) fault(schema, s, start, s.len);
      value = decodeObject(schema, s);
      break;
    case 'dict':
      if (c !== LBRACE) fault(schema, s, start, s.len);
      value = decodeDict(schema, s);
      break;
    case 'array':
      if (c === LBRACKET) value = decodeList(schema, s);
      else {
        // An object where a list is expected is an error (ServiceStack quietly makes a one-item list).
        if (start >= s.len || c === LBRACE) fault(schema, s, start, c === LBRACE ? s.len : start);
        // A root list without brackets (as in query strings): `a,b,c`.
        const list: unknown[] = [];
        decodeItems(schema.item, s, NO_CLOSE, list, start);
        value = list;
      }
      break;
    default: {
      if (c === QUOTE) {
        value = decodeScalar(schema, s, NO_CLOSE);
        break;
      }
      // A root scalar is the whole text.
      let end = s.len;
      if (s.lenient) while (end > start && isSpace(s.text.charCodeAt(end - 1))) end--;
      s.pos = s.len;
      const text = s.text.slice(start, end);
      if (text === '') fault(schema, s, start);
      if (schema.kind === 'string') return text;
      value = readScalar(schema, text);
      if (value === FAIL) fault(schema, s, start, end);
      return value;
    }
  }
  s.expectEnd();
  return value;
}
