/**
 * The `array` kind: a .NET list or array, `[a,b,c]`. An empty value is absent; an empty slot is `null` for item kinds
 * that allow it and an error otherwise. A root list may lack its brackets (`a,b,c`, as in query strings).
 */
import { COMMA, LBRACE, LBRACKET, RBRACKET } from '../../text/chars.js';
import type { Scanner } from '../../text/scanner.js';
import { addPath } from '../decode-fault.js';
import { childHint } from '../code-builder.js';
import { encoderOf } from '../generate-encoder.js';
import { decoderOf } from '../generate-decoder.js';
import { decodeAt } from '../interpret-decode.js';
import { encodeAt, encodeFault, soleEmptyItem } from '../interpret-encode.js';
import { fromJsonAt } from '../from-json.js';
import type { AnySchema, ArraySchema } from '../types.js';
import { kindOf } from './index.js';
import type { Kind } from './kind.js';
import { NO_CLOSE, atEmpty, decodeFault, jsonFault } from './shared.js';

/** Reads list items up to `close` (or the end of the text for a root list without brackets). */
export function decodeItems(item: AnySchema, s: Scanner, close: number, list: unknown[], open: number): void {
  const nullable = kindOf(item).nullableItem;
  let i = 0;
  try {
    for (;;) {
      s.skipSpace();
      const start = s.pos;
      const v = decodeAt(item, s, close);
      if (v === undefined) {
        if (!nullable) decodeFault(kindOf(item), item, s, start);
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

/** Decodes the items of a list whose `[` is at the cursor. */
export function decodeList(schema: ArraySchema, s: Scanner): unknown[] {
  const open = s.pos;
  s.enter();
  const list: unknown[] = new Array<unknown>(); // not `[]`: see plain-object.ts
  if (s.emptyList()) return list;
  decodeItems(schema.item, s, RBRACKET, list, open);
  return list;
}

/** Everything about `array(item)`. */
export const arrayKind: Kind<ArraySchema> = {
  kind: 'array',
  code: 'EXPECTED_ARRAY',
  expected: () => 'a list [...]',
  defaultOf: () => undefined,
  mayBeAbsent: true,
  nullableItem: false,
  mayStartWithBom: () => false,
  generatedRoot: true,

  decode(schema, s, close) {
    if (s.peek() === LBRACKET) return decodeList(schema, s);
    if (atEmpty(s, close)) return undefined;
    return decodeFault(arrayKind, schema, s, s.pos, s.plainEnd(close));
  },
  decodeRoot(schema, s) {
    const start = s.pos;
    const c = s.peek();
    let value: unknown[];
    if (c === LBRACKET) value = decodeList(schema, s);
    else {
      // An object where a list is expected is an error (ServiceStack quietly makes a one-item list).
      if (start >= s.len || c === LBRACE) decodeFault(arrayKind, schema, s, start, c === LBRACE ? s.len : start);
      // A root list without brackets (as in query strings): `a,b,c`.
      value = [];
      decodeItems(schema.item, s, NO_CLOSE, value, start);
    }
    s.expectEnd();
    return value;
  },
  encode(schema, v, keyCase, path) {
    if (!Array.isArray(v)) return encodeFault(schema, v, path);
    const item = schema.item;
    const nullable = kindOf(item).nullableItem;
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
  },
  fromJson(schema, v, path) {
    if (!Array.isArray(v)) return jsonFault(arrayKind, schema, v, path);
    const nullable = kindOf(schema.item).nullableItem;
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      const x = fromJsonAt(schema.item, v[i], path);
      if (x === undefined && !nullable) jsonFault(kindOf(schema.item), schema.item, v[i], path);
      path.pop();
      out.push(x === undefined ? null : x);
    }
    return out;
  },

  generateDecoder(g, name, schema, hint) {
    const item = decoderOf(g, schema.item, childHint(schema.item, hint, 'item'));
    const nullable = kindOf(schema.item).nullableItem;
    g.lines.push(`function ${name}(s, c) {
  const t = s.text, x = t.charCodeAt(s.pos);
  if (x !== 91) { if (x === 44 || x === c || s.pos >= s.len) return undefined; throw H.BAIL; }
  if (++s.depth > s.maxDepth) throw H.BAIL;
  s.pos++;
  const a = new Array();
  if (t.charCodeAt(s.pos) === 93) { s.pos++; s.depth--; return a; }
  for (;;) {
    const v = ${item}(s, 93);
    ${nullable ? 'a.push(v === undefined ? null : v);' : 'if (v === undefined) throw H.BAIL; a.push(v);'}
    const y = t.charCodeAt(s.pos);
    if (y === 44) { s.pos++; continue; }
    if (y === 93) { s.pos++; s.depth--; return a; }
    throw H.BAIL;
  }
}`);
  },
  generateEncoder(g, name, schema, hint) {
    const item = encoderOf(g, schema.item, childHint(schema.item, hint, 'item'));
    const itemKind = kindOf(schema.item);
    const nullable = itemKind.nullableItem;
    // Large items (objects) are concatenated, and every 8 of them flattened as soon as they are written (see
    // flat-string.ts); other items are joined.
    const body =
      itemKind.concatenateInLists === true
        ? `let out = '[', chunk = '';
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x === undefined || x === null) throw H.BAIL;
    chunk += (i > 0 ? ',' : '') + ${item}(x, N);
    if ((i & 7) === 7) { out += H.flatString(chunk); chunk = ''; }
  }
  return out + chunk + ']';`
        : `const parts = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x === undefined || x === null) { ${nullable ? "parts[i] = '';" : 'throw H.BAIL;'} }
    else parts[i] = ${item}(x, N);
  }
  ${nullable ? "if (n === 1 && parts[0] === '') throw H.BAIL; // [null] has no JSV text: the interpreter raises the error" : ''}
  return '[' + parts.join(',') + ']';`;
    g.lines.push(`function ${name}(v, N) {
  if (!H.isArray(v)) throw H.BAIL;
  const n = v.length;
  if (n === 0) return '[]';
  ${body}
}`);
  },
};
