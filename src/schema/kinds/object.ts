/**
 * The `object` kind: a .NET class (POCO). Members are read in any order and any case, unknown members are skipped
 * unbuilt, missing value-type members get their .NET defaults; members are written in declared order, absent ones
 * omitted. The generated code for it is in object-codegen.ts.
 */
import { LBRACE, RBRACE } from '../../text/chars.js';
import type { Scanner } from '../../text/scanner.js';
import { addPath } from '../decode-fault.js';
import { fromJsonAt } from '../from-json.js';
import { decodeAt } from '../interpret-decode.js';
import { encodeAt, encodeFault, readMember } from '../interpret-encode.js';
import { createInstance, jsonMemberIndex, layoutOf, memberIndex, setOwn, type ObjectLayout } from '../layout.js';
import type { ObjectSchema, RequiredSchema } from '../types.js';
import { missingMember } from './required.js';
import { kindOf } from './index.js';
import type { Kind } from './kind.js';
import { objectDecoderSource, objectEncoderSource } from './object-codegen.js';
import { atEmpty, decodeFault, jsonFault } from './shared.js';

/** Decodes `{…}` at the cursor into an instance of an object schema; unknown members are skipped unbuilt. */
export function decodeObject(schema: ObjectSchema, s: Scanner): Record<string, unknown> {
  const layout = layoutOf(schema);
  const open = s.pos;
  s.enter();
  const obj = createInstance(layout);
  if (s.emptyObject()) return checkRequired(layout, obj, s.pos);
  let name = '';
  let next = 0;
  try {
    do {
      // The members usually come in schema order: try the spellings of the next ones at the cursor first.
      let i = s.lenient ? -1 : expectedMember(layout, s, next);
      if (i < 0) i = memberIndex(layout, s.readKey());
      next = i + 1;
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
  return checkRequired(layout, obj, s.pos);
}

/**
 * The index of the member whose plain spelling and `:` are at the cursor, trying members `from` onwards (then moving
 * the cursor past the `:`), or -1. Only spellings that `exact` maps to the member are tried, so the result is what
 * reading the key and looking it up would give.
 */
function expectedMember(layout: ObjectLayout, s: Scanner, from: number): number {
  const t = s.text;
  const p = s.pos;
  const c = t.charCodeAt(p);
  const keys = layout.plainKeys;
  for (let j = from; j < keys.length; j++) {
    const spellings = keys[j]!;
    for (let k = 0; k < spellings.length; k++) {
      const w = spellings[k]!;
      if (w.charCodeAt(0) === c && t.startsWith(w, p)) {
        s.pos = p + w.length;
        return j;
      }
    }
  }
  return -1;
}

/** Fails with `MISSING_MEMBER` when a `required` member is absent from a decoded instance (`end`: after its `}`). */
export function checkRequired<T extends Record<string, unknown>>(layout: ObjectLayout, obj: T, end: number): T {
  for (const i of layout.required) {
    const m = layout.members[i]!;
    if (obj[m.name] === undefined) throw missingMember(m.schema as RequiredSchema, m.name, end - 1);
  }
  return obj;
}

/** Everything about `object({...})`. */
export const objectKind: Kind<ObjectSchema> = {
  kind: 'object',
  code: 'EXPECTED_OBJECT',
  expected: (schema) => (schema.name ? `an object {...} (${schema.name})` : 'an object {...}'),
  defaultOf: () => undefined,
  mayBeAbsent: true,
  nullableItem: false,
  mayStartWithBom: () => false,
  generatedRoot: true,
  concatenateInLists: true,

  decode(schema, s, close) {
    if (s.peek() === LBRACE) return decodeObject(schema, s);
    if (atEmpty(s, close)) return undefined;
    return decodeFault(objectKind, schema, s, s.pos, s.plainEnd(close));
  },
  decodeRoot(schema, s) {
    if (s.peek() !== LBRACE) decodeFault(objectKind, schema, s, s.pos, s.len);
    const value = decodeObject(schema, s);
    s.expectEnd();
    return value;
  },
  encode(schema, v, keyCase, path) {
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
        if (x === undefined) {
          // A required member has no default and may not be omitted.
          if (layout.required.includes(i)) {
            path.push(m.name);
            encodeAt(m.schema, x, keyCase, path);
          }
          continue;
        }
      }
      path.push(m.name);
      const text = encodeAt(m.schema, x, keyCase, path);
      path.pop();
      if (text === '') continue;
      out += (first ? '' : ',') + names[i]! + ':' + text;
      first = false;
    }
    return out + '}';
  },
  fromJson(schema, v, path) {
    if (typeof v !== 'object' || Array.isArray(v)) return jsonFault(objectKind, schema, v, path);
    const layout = layoutOf(schema);
    const out = createInstance(layout);
    for (const [k, x] of Object.entries(v as object)) {
      const i = jsonMemberIndex(layout, k);
      if (i < 0) continue;
      const m = layout.members[i]!;
      if (x === null || x === undefined) {
        // JSON null means absent: the member keeps its .NET default, as when it is missing.
        setOwn(out, m.name, layout.defaults[i]);
        continue;
      }
      path.push(m.name);
      const y = fromJsonAt(m.schema, x, path);
      path.pop();
      setOwn(out, m.name, y === undefined ? layout.defaults[i] : y);
    }
    for (const i of layout.required) {
      const m = layout.members[i]!;
      if (out[m.name] === undefined) {
        path.push(m.name);
        jsonFault(kindOf(m.schema), m.schema, undefined, path);
      }
    }
    return out;
  },

  generateDecoder: (g, name, schema, hint) => objectDecoderSource(g, name, schema, hint),
  generateEncoder: (g, name, schema, hint) => objectEncoderSource(g, name, schema, hint),
};
