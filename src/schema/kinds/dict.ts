/** The `dict` kind: a .NET `Dictionary<string, T>`, as a plain object in text order; empty and `null` values are left out. */
import { LBRACE, RBRACE } from '../../text/chars.js';
import { PlainObject } from '../../text/plain-object.js';
import { memberPrefix } from '../../text/quote.js';
import type { Scanner } from '../../text/scanner.js';
import { childHint } from '../code-builder.js';
import { addPath } from '../decode-fault.js';
import { fromJsonAt } from '../from-json.js';
import { decoderOf } from '../generate-decoder.js';
import { encoderOf } from '../generate-encoder.js';
import { decodeAt } from '../interpret-decode.js';
import { encodeAt, encodeFault } from '../interpret-encode.js';
import { setOwn } from '../layout.js';
import type { DictSchema } from '../types.js';
import type { Kind } from './kind.js';
import { atEmpty, decodeFault, jsonFault } from './shared.js';

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

/** Everything about `dict(value)`. */
export const dictKind: Kind<DictSchema> = {
  kind: 'dict',
  code: 'EXPECTED_OBJECT',
  expected: () => 'a dictionary {...}',
  defaultOf: () => undefined,
  mayBeAbsent: true,
  nullableItem: false,
  mayStartWithBom: () => false,
  generatedRoot: true,

  decode(schema, s, close) {
    if (s.peek() === LBRACE) return decodeDict(schema, s);
    if (atEmpty(s, close)) return undefined;
    return decodeFault(dictKind, schema, s, s.pos, s.plainEnd(close));
  },
  decodeRoot(schema, s) {
    if (s.peek() !== LBRACE) decodeFault(dictKind, schema, s, s.pos, s.len);
    const value = decodeDict(schema, s);
    s.expectEnd();
    return value;
  },
  encode(schema, v, keyCase, path) {
    if (typeof v !== 'object' || Array.isArray(v)) return encodeFault(schema, v, path);
    const entries: Iterable<[unknown, unknown]> = v instanceof Map ? v : Object.entries(v as object);
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
  },
  fromJson(schema, v, path) {
    if (typeof v !== 'object' || Array.isArray(v)) return jsonFault(dictKind, schema, v, path);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as object)) {
      path.push(k);
      const y = fromJsonAt(schema.value, x, path);
      path.pop();
      if (y !== undefined) setOwn(out, k, y);
    }
    return out;
  },

  generateDecoder(g, name, schema, hint) {
    const value = decoderOf(g, schema.value, childHint(schema.value, hint, 'value'));
    g.lines.push(`function ${name}(s, c) {
  const t = s.text, x = t.charCodeAt(s.pos);
  if (x !== 123) { if (x === 44 || x === c || s.pos >= s.len) return undefined; throw H.BAIL; }
  if (++s.depth > s.maxDepth) throw H.BAIL;
  s.pos++;
  const o = new H.PlainObject();
  if (t.charCodeAt(s.pos) === 125) { s.pos++; s.depth--; return o; }
  for (;;) {
    const k = s.readKey();
    const v = ${value}(s, 125);
    if (v !== undefined) { if (k === "__proto__") H.setOwn(o, k, v); else o[k] = v; }
    const y = t.charCodeAt(s.pos);
    if (y === 44) { s.pos++; if (t.charCodeAt(s.pos) === 125) throw H.BAIL; continue; }
    if (y === 125) { s.pos++; s.depth--; return o; }
    throw H.BAIL;
  }
}`);
  },
  generateEncoder(g, name, schema, hint) {
    const value = encoderOf(g, schema.value, childHint(schema.value, hint, 'value'));
    g.lines.push(`function ${name}(v, N) {
  if (typeof v !== 'object' || H.isArray(v) || v instanceof Map) throw H.BAIL;
  let out = '{', sep = '';
  for (const key in v) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
    const x = v[key];
    if (x === undefined || x === null) continue;
    out += sep + H.memberPrefix(key) + ${value}(x, N);
    sep = ',';
  }
  return out + '}';
}`);
  },
};
