/**
 * The untyped parser: JSV text to a tree of strings, `null`, arrays and objects. JSV is not self-describing, so every
 * scalar stays the text it was (`{A:1}` gives `{ A: '1' }`); a schema (`decode`) gives it a type.
 */
import { JsvSyntaxError, type JsvError } from '../errors.js';
import { toJsvError } from './to-jsv-error.js';
import { COMMA, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET, isSpace } from './chars.js';
import { PlainObject } from './plain-object.js';
import { Scanner, type ScanOptions } from './scanner.js';

/** An untyped JSV value: text, `null` (an empty value), a list or an object. */
export type JsvNode = string | null | JsvNode[] | { [key: string]: JsvNode };

/** Options for {@link parse}. */
export interface ParseOptions extends ScanOptions {}

/** The result of a `safe…` function. */
export type SafeParseResult<T> = { ok: true; value: T } | { ok: false; error: JsvError };

/**
 * Parses JSV text into an untyped tree. Quoted tokens are unescaped; unquoted tokens are kept verbatim (spaces are data);
 * an empty value is `null`; a root scalar is the whole text. Throws {@link JsvSyntaxError} on malformed text.
 */
export function parse(text: string, options?: ParseOptions): JsvNode {
  const s = new Scanner(text, options);
  try {
    return parseRoot(s);
  } catch (e) {
    return s.rethrowOverflow(e);
  }
}

function parseRoot(s: Scanner): JsvNode {
  const text = s.text;
  s.skipSpace();
  const c = s.peek();
  let value: JsvNode;
  if (c === LBRACE) value = parseObject(s);
  else if (c === LBRACKET) value = parseList(s);
  else if (c === QUOTE) value = s.readQuoted();
  else {
    // A root scalar is the whole (remaining) text; nothing at all is null.
    if (s.pos >= s.len) return null;
    const start = s.pos;
    let end = s.len;
    if (s.lenient) while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    s.pos = s.len;
    return text.slice(start, end);
  }
  s.expectEnd();
  return value;
}

/** Like {@link parse}, but returns `{ ok: false, error }` instead of throwing. */
export function safeParse(text: string, options?: ParseOptions): SafeParseResult<JsvNode> {
  try {
    return { ok: true, value: parse(text, options) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}

function parseValue(s: Scanner, close: number): JsvNode {
  const c = s.peek();
  if (c === LBRACE) return parseObject(s);
  if (c === LBRACKET) return parseList(s);
  if (c === QUOTE) return s.readQuoted();
  if (c === COMMA || c === close || s.pos >= s.len) return null;
  return s.readPlain(close);
}


function parseObject(s: Scanner): { [key: string]: JsvNode } {
  const open = s.pos;
  s.enter();
  const obj = new PlainObject() as { [key: string]: JsvNode }; // not `{}`: see plain-object.ts
  if (s.emptyObject()) return obj;
  do {
    const key = s.readKey();
    const value = parseValue(s, RBRACE);
    if (key === '__proto__') {
      // An ordinary own data property, never a prototype change.
      Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = value;
    }
  } while (s.nextMember(open));
  return obj;
}

function parseList(s: Scanner): JsvNode[] {
  const open = s.pos;
  s.enter();
  const list: JsvNode[] = new Array<JsvNode>(); // not `[]`: see plain-object.ts
  if (s.emptyList()) return list;
  do list.push(parseValue(s, RBRACKET));
  while (s.nextItem(open));
  return list;
}
